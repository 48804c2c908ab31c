import {
  checkStoredNumber,
  formerUnitRefusal,
  parseNumberText,
  type ParsedNumber,
  type ProblemText,
  type Province,
  type ProvinceNameMatcher,
} from '@scorecard/domain';
import type { PlanImportProblem, PlanImportProblemKind } from './plan-import.errors';
import { rowsOfText, type SourceCell, type SourceRow } from './plan-source-text';
import { numberFix } from './published-number';
import type { PublishedCell, PublishedMetricTable, PublishedRow } from './published-plan';
import {
  foldText,
  isCaptionLine,
  isHeaderStart,
  isTotalLabel,
  parseMonthLabel,
  readTableHeader,
  sameLayout,
  type HeaderLine,
  type TableLayout,
} from './published-table-header';

// Reads one appendix table as published, from rows of cells (a text file's tab-separated lines, or a sheet's
// rows): caption lines, a header, the national row, 63 province rows, and at each page break the header and
// national row again. Numbers are kept as printed; structural problems are collected, never skipped, and
// reported together. Which metric each block holds is decided afterwards (given, or identified from the text).

export type PlanTableSource = {
  /** Label used in every problem: the file name, or "book.xlsx › Sheet name". */
  file: string;
  rows: readonly SourceRow[];
  /** Added to every column reported: a sheet whose table starts in column C has offset 2. */
  columnOffset?: number;
};

export type PublishedTableContext = {
  /** Months of the plan period, YYYY-MM. */
  periodMonths: readonly string[];
  provinces: readonly Province[];
  matcher: ProvinceNameMatcher;
};

type DataRow = { line: number; code: string | null; name: string; values: (PublishedCell | null)[] };

export type ParsedPlanTable = {
  file: string;
  /** Added to the layout's columns when reporting them. */
  columnOffset: number;
  /** null when the table has no usable header (a problem says why). */
  layout: TableLayout | null;
  /** The lines above the first header: the table's title, which may name its metric. */
  captions: { line: number; text: string }[];
  national: DataRow | null;
  /** Ordered by code. */
  provinces: DataRow[];
  /** Every problem of the table; the table can be built only when there is none. */
  problems: PlanImportProblem[];
};

const NATIONAL_NAMES = new Set(['toan quoc', 'ca nuoc', 'tong cong', 'toan nganh']);

function nationalName(cells: readonly string[]): string | null {
  for (const cell of cells.slice(0, 2)) if (NATIONAL_NAMES.has(foldText(cell))) return cell.trim();
  return null;
}

/** A cell of a published table: plan tables hold whole numbers only. */
export function readSourceNumber(cell: SourceCell): ParsedNumber {
  return cell.stored === null ? parseNumberText(cell.text, 'whole') : checkStoredNumber(cell.stored, 'whole');
}

function looksNumeric(cells: readonly SourceCell[]): boolean {
  return cells.slice(2).some((cell) => readSourceNumber(cell).ok);
}

export function parsePlanTable(source: PlanTableSource, context: PublishedTableContext): ParsedPlanTable {
  const { file } = source;
  const offset = source.columnOffset ?? 0;
  const problems: PlanImportProblem[] = [];
  /** `column` is the 1-based cell index in the table, before the sheet's offset. */
  const report = (
    kind: PlanImportProblemKind,
    line: number | null,
    column: number | null,
    value: string | null,
    text: ProblemText,
  ) => {
    const columnNumber = column === null ? null : column + offset;
    problems.push({ kind, file, row: line, column: null, columnNumber, value, ...text });
  };

  // Held in one object so the closures below and the code after the loop see the same, unnarrowed state.
  const state: { layout: TableLayout | null; headerBroken: boolean; national: DataRow | null; content: boolean } = {
    layout: null,
    headerBroken: false,
    national: null,
    content: false,
  };
  let headerLines: HeaderLine[] = [];
  const captions: { line: number; text: string }[] = [];
  const provinceRows = new Map<string, DataRow>();

  const closeHeader = (): void => {
    if (headerLines.length === 0) return;
    const lines = headerLines;
    const header = readTableHeader(lines, { file, periodMonths: context.periodMonths, columnOffset: offset });
    const firstLine = lines[0]?.line ?? null;
    headerLines = [];
    // A page break may repeat only the line of month captions: it must agree with the columns of the table.
    if (state.layout && !isHeaderStart(lines[0]?.cells ?? []) && repeatsColumns(lines, state.layout)) return;
    if (!header.layout) {
      if (!state.headerBroken) for (const problem of header.problems) problems.push(problem);
      state.headerBroken = true;
    } else if (!state.layout) {
      state.layout = header.layout;
    } else if (!sameLayout(state.layout, header.layout)) {
      report('UNEXPECTED_HEADER', firstLine, null, null, {
        message: 'this repeated header has different columns from the first header of the table',
        messageVi: 'dòng tiêu đề lặp lại này có các cột khác với dòng tiêu đề đầu tiên của bảng',
        fix: 'Make every page-break header repeat the first header exactly.',
        fixVi: 'Dòng tiêu đề lặp lại sau mỗi chỗ ngắt trang phải giống hệt dòng tiêu đề đầu tiên.',
      });
    }
  };

  const repeatsColumns = (lines: readonly HeaderLine[], layout: TableLayout): boolean => {
    const expected = new Map<number, string | null>();
    for (const block of layout.blocks) {
      expected.set(block.totalColumn, null);
      for (const { month, column } of block.monthColumns) expected.set(column, month);
    }
    return lines.every(({ cells }) =>
      cells.every((text, index) => {
        if (index < 2 || text.trim() === '') return true;
        const month = parseMonthLabel(text, context.periodMonths);
        const wanted = expected.get(index + 1);
        if (wanted === undefined) return false;
        return wanted === null ? isTotalLabel(text) : month !== null && 'month' in month && month.month === wanted;
      }),
    );
  };

  const readCells = (
    line: number,
    cells: readonly SourceCell[],
    current: TableLayout,
  ): (PublishedCell | null)[] | null => {
    const extra = cells.slice(current.cellCount).filter((cell) => cell.text.trim() !== '');
    if (cells.length < current.cellCount || extra.length > 0) {
      report('CELL_COUNT', line, null, `${cells.length} cells`, {
        message: `the row has ${cells.length} cells, the table has ${current.cellCount} (row number, name, then each block's total and months)`,
        messageVi: `dòng có ${cells.length} ô, bảng có ${current.cellCount} ô (số thứ tự, tên đơn vị, rồi tổng số và các tháng của từng khối chỉ tiêu)`,
        fix: 'Restore the missing or remove the extra cells (tab-separated) of this row.',
        fixVi: 'Bổ sung các ô còn thiếu hoặc xóa các ô thừa (phân cách bằng tab) của dòng này.',
      });
      return null;
    }
    return cells.slice(0, current.cellCount).map((cell, index) => {
      if (index < 2) return null;
      const parsed = readSourceNumber(cell);
      if (parsed.ok) return { value: parsed.value, text: cell.text, line, column: index + 1 + offset };
      const { message, messageVi } = parsed;
      report(parsed.reason, line, index + 1, cell.text, { message, messageVi, ...numberFix(parsed.reason) });
      return null;
    });
  };

  for (const { line: lineNumber, cells } of source.rows) {
    const texts = cells.map((cell) => cell.text);
    const filled = texts.filter((text) => text.trim() !== '').length;
    // A blank line is spacing, even inside a header (a header ends at the first row of numbers).
    if (filled === 0) continue;
    state.content = true;
    if (isHeaderStart(texts) || (headerLines.length === 0 && isCaptionLine(texts, context.periodMonths))) {
      closeHeader();
      headerLines = [{ line: lineNumber, cells: texts }];
      continue;
    }
    const nationalLabel = nationalName(texts);
    if (headerLines.length > 0) {
      if (!nationalLabel && !looksNumeric(cells)) {
        headerLines.push({ line: lineNumber, cells: texts });
        continue;
      }
      closeHeader();
    }
    // A line with a single cell outside a header is a caption or a note.
    if (filled < 2) {
      if (!state.layout && !state.headerBroken) captions.push({ line: lineNumber, text: texts.join(' ').trim() });
      continue;
    }
    if (!state.layout) {
      if (state.headerBroken) continue;
      if (nationalLabel || looksNumeric(cells)) {
        report('MISSING_HEADER', lineNumber, null, null, {
          message: 'this row comes before any table header',
          messageVi: 'dòng này nằm trước mọi dòng tiêu đề của bảng',
          fix: 'Put the header lines ("TT"/"STT", captions) above the rows.',
          fixVi: 'Đặt các dòng tiêu đề ("TT"/"STT" và tiêu đề các cột) lên trên các dòng số liệu.',
        });
      } else {
        captions.push({ line: lineNumber, text: texts.join(' ').trim() });
      }
      continue;
    }

    const values = readCells(lineNumber, cells, state.layout);
    if (nationalLabel) {
      const row: DataRow = { line: lineNumber, code: null, name: nationalLabel, values: values ?? [] };
      if (!state.national) state.national = row;
      else if (values) compareNational(state.national, row);
      continue;
    }
    const nameColumn = texts[1]?.trim() ? 2 : 1;
    const name = (texts[nameColumn - 1] ?? '').trim();
    const match = context.matcher.match(name);
    if (match.code === null && match.former) {
      report('UNKNOWN_PROVINCE', lineNumber, nameColumn, name, formerUnitRefusal(match.former));
      continue;
    }
    if (match.code === null) {
      const nearest = match.suggestions.join(', ');
      const hint = nearest ? ` (nearest official names: ${nearest})` : '';
      const hintVi = nearest ? ` (tên chính thức gần nhất: ${nearest})` : '';
      report('UNKNOWN_PROVINCE', lineNumber, nameColumn, name, {
        message: 'the province name is not recognised',
        messageVi: 'không nhận ra tên tỉnh',
        fix: `Write the official province name${hint}, or add this spelling to the known aliases of the province name matcher.`,
        fixVi: `Ghi đúng tên chính thức của tỉnh${hintVi}, hoặc bổ sung cách viết này vào danh sách tên gọi khác của tỉnh.`,
      });
      continue;
    }
    const first = provinceRows.get(match.code);
    if (first) {
      report('DUPLICATE_PROVINCE', lineNumber, nameColumn, name, {
        message: `province ${match.code} already has a row on line ${first.line} ("${first.name}")`,
        messageVi: `tỉnh mã ${match.code} đã có ở dòng ${first.line} ("${first.name}")`,
        fix: 'Remove one of the two rows, or correct the name if this row belongs to another province.',
        fixVi: 'Xóa một trong hai dòng, hoặc sửa lại tên nếu dòng này là của tỉnh khác.',
      });
      continue;
    }
    provinceRows.set(match.code, { line: lineNumber, code: match.code, name, values: values ?? [] });
  }
  closeHeader();

  function compareNational(firstRow: DataRow, repeated: DataRow): void {
    repeated.values.forEach((cell, index) => {
      const original = firstRow.values[index];
      if (cell && original && cell.value !== original.value) {
        problems.push({
          kind: 'NATIONAL_ROW_MISMATCH',
          file,
          row: repeated.line,
          column: null,
          columnNumber: cell.column,
          value: cell.text,
          message: `the repeated national row differs from the national row on line ${firstRow.line} ("${original.text}")`,
          messageVi: `dòng Toàn quốc lặp lại khác với dòng Toàn quốc ở dòng ${firstRow.line} ("${original.text}")`,
          fix: 'Make the national row repeated after a page break equal to the first one.',
          fixVi: 'Dòng Toàn quốc lặp lại sau chỗ ngắt trang phải giống hệt dòng Toàn quốc đầu tiên.',
        });
      }
    });
  }

  const parsed = (layout: TableLayout | null): ParsedPlanTable => ({
    file,
    columnOffset: offset,
    layout,
    captions,
    national: state.national,
    provinces: [...provinceRows.values()].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '')),
    problems,
  });
  const { layout } = state;
  if (!layout) {
    if (!state.content) {
      report('EMPTY_TABLE', null, null, null, {
        message: 'the table is empty',
        messageVi: 'bảng không có nội dung',
        fix: 'Give the file with the table in it.',
        fixVi: 'Gửi tệp có chứa bảng chỉ tiêu.',
      });
    } else if (!state.headerBroken && problems.length === 0) {
      report('MISSING_HEADER', null, null, null, {
        message: 'no table header (a line starting with "TT" or "STT") was found',
        messageVi: 'không tìm thấy dòng tiêu đề của bảng (dòng bắt đầu bằng "TT" hoặc "STT")',
        fix: 'Copy the table with its header lines.',
        fixVi: 'Sao chép bảng cùng với các dòng tiêu đề.',
      });
    }
    return parsed(null);
  }
  if (!state.national)
    report('MISSING_NATIONAL_ROW', null, null, null, {
      message: 'the table has no national row ("Toàn quốc")',
      messageVi: 'bảng không có dòng "Toàn quốc"',
      fix: 'Copy the national row of the table.',
      fixVi: 'Sao chép cả dòng Toàn quốc của bảng.',
    });
  for (const province of context.provinces) {
    if (!provinceRows.has(province.code)) {
      report('MISSING_PROVINCE', null, null, null, {
        message: `${province.nameVi} (code ${province.code}) has no row`,
        messageVi: `${province.nameVi} (mã ${province.code}) không có dòng nào`,
        fix: `Add the row of ${province.nameVi} to the table.`,
        fixVi: `Bổ sung dòng của ${province.nameVi} vào bảng.`,
      });
    }
  }
  return parsed(layout);
}

/**
 * The metric tables of a parsed table, one per block, left to right. Only for a table without problems: a
 * missing cell then is a programming error.
 */
export function tablesOfParsed(
  parsed: ParsedPlanTable,
  metrics: readonly string[],
  appendix: string,
): PublishedMetricTable[] {
  const { layout, national } = parsed;
  if (!layout || !national || parsed.problems.length > 0) throw new Error(`${parsed.file}: table has problems`);
  if (metrics.length !== layout.blocks.length) throw new Error(`${parsed.file}: one metric per block expected`);
  return metrics.map((metric, blockIndex): PublishedMetricTable => {
    const block = layout.blocks[blockIndex];
    if (!block) throw new Error(`layout has no block ${blockIndex}`);
    const toRow = (row: DataRow): PublishedRow => ({
      code: row.code,
      publishedName: row.name,
      line: row.line,
      total: cellAt(row, block.totalColumn),
      months: block.monthColumns.map(({ month, column }) => ({ month, cell: cellAt(row, column) })),
    });
    return {
      metric,
      appendix,
      file: parsed.file,
      months: block.monthColumns.map((column) => column.month),
      national: toRow(national),
      provinces: parsed.provinces.map(toRow),
    };
  });
}

function cellAt(row: DataRow, column: number): PublishedCell {
  const cell = row.values[column - 1];
  if (!cell) throw new Error(`line ${row.line} has no number in column ${column}`); // only reached when no problem was found
  return cell;
}

// The reader of one text table whose metrics a manifest names, as used for the shipped plan directories.

export type PublishedTableSource = {
  /** Path relative to the repository root. */
  file: string;
  text: string;
  appendix: string;
  /** Metric keys of the table's blocks, left to right. */
  metrics: readonly string[];
};

export type PublishedTableResult = { tables: PublishedMetricTable[]; problems: PlanImportProblem[] };

export function readPublishedPlanTable(
  source: PublishedTableSource,
  context: PublishedTableContext,
): PublishedTableResult {
  const parsed = parsePlanTable({ file: source.file, rows: rowsOfText(source.text) }, context);
  const { layout } = parsed;
  if (layout && layout.blocks.length !== source.metrics.length) {
    parsed.problems.unshift(blockCountProblem(parsed.file, layout, source.metrics.length));
  }
  if (parsed.problems.length > 0) return { tables: [], problems: parsed.problems };
  return { tables: tablesOfParsed(parsed, source.metrics, source.appendix), problems: [] };
}

export function blockCountProblem(file: string, layout: TableLayout, metricCount: number): PlanImportProblem {
  return {
    kind: 'UNEXPECTED_HEADER',
    file,
    row: layout.blocks[0]?.headerLine ?? null,
    column: null,
    columnNumber: null,
    value: null,
    message: `the table has ${layout.blocks.length} metric block(s) ("Tổng số" followed by months) but the manifest lists ${metricCount} metric(s) for it`,
    messageVi: `bảng có ${layout.blocks.length} khối chỉ tiêu (cột "Tổng số" và các cột tháng) nhưng manifest.json khai báo ${metricCount} chỉ tiêu cho bảng này`,
    fix: 'Make the manifest list one metric per block of the table, left to right.',
    fixVi: 'Trong manifest.json, khai báo cho mỗi khối của bảng một chỉ tiêu, theo thứ tự từ trái sang phải.',
  };
}
