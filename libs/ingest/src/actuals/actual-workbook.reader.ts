import ExcelJS from 'exceljs';
import { SHEET_SEPARATOR, workbookSizeProblem } from '../plan/plan-workbook.reader.ts';
import { SOURCE_LIMITS, formatCount } from '../source-limits.ts';
import { fieldOfHeader, headerKey } from './actual-columns.ts';
import type { ActualImportProblem } from './actual-import.errors';
import {
  EMPTY_CELL,
  cellText,
  overLimit,
  textCell,
  unreadable,
  unreadableFix,
  type SourceCell,
  type SourceReadResult,
  type SourceRecord,
  type SourceTable,
} from './actual-source-table.ts';
import { wallClockOfEpochMs } from './actual-wall-clock.ts';

// An Excel workbook of actuals. Every visible sheet whose header row names at least two of the columns is read
// (one sheet per month, per province or per metric all work); the header is the first such row among the first
// rows of the sheet, so title lines above it are allowed. Hidden sheets (lookup lists) and sheets without such a
// header (instructions, charts) are left alone; when no sheet has one, the first visible sheet with content is
// read so that its missing columns are reported. A sheet with a header but no row (a month still to come) is
// skipped when another sheet has rows. A merged cell reads as its value in every row it spans.
// A workbook that unzips to more than SOURCE_LIMITS allows is refused before it is expanded; one of more rows or
// header columns than allowed, before its cells are read.
// Runs in a reader process (../worker/source-reader.worker.ts): value imports name their .ts file.

/** How far down a sheet the header may be, below title lines. */
const HEADER_SEARCH_ROWS = 10;

function sourceCell(cell: ExcelJS.Cell): SourceCell {
  let value = cell.value;
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    value = value.result ?? null;
  }
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'number') return { kind: 'number', value, text: String(value) };
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'boolean') {
    const text = String(value).toUpperCase();
    return { kind: 'invalid', text, reason: 'TRUE/FALSE', reasonVi: 'giá trị đúng/sai (TRUE/FALSE)' };
  }
  if (value instanceof Date) {
    // exceljs reads a date cell as the UTC instant of its wall-clock time.
    const wallClock = wallClockOfEpochMs(value.getTime(), false);
    return wallClock
      ? { kind: 'datetime', wallClock }
      : {
          kind: 'invalid',
          text: cell.text,
          reason: 'a date out of range',
          reasonVi: 'một ngày nằm ngoài phạm vi đọc được',
        };
  }
  if ('error' in value) {
    const error = String(value.error);
    return { kind: 'invalid', text: error, reason: `the error ${error}`, reasonVi: `giá trị lỗi ${error}` };
  }
  return textCell(cell.text);
}

type SheetCells = Map<number, Map<number, SourceCell>>;

function cellsOf(sheet: ExcelJS.Worksheet): SheetCells {
  const rows: SheetCells = new Map();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const source = sourceCell(cell);
      if (source.kind === 'empty') return;
      const cells = rows.get(rowNumber) ?? new Map<number, SourceCell>();
      cells.set(columnNumber, source);
      rows.set(rowNumber, cells);
    });
  });
  return rows;
}

const headerName = (cell: SourceCell) => (cellText(cell) ?? '').trim();

/**
 * The first of the top rows that names at least two columns: of a report, or of `headerKeys` (names folded by
 * headerKey) for another kind of file read the same way; null when none does.
 */
function findHeader(cells: SheetCells, headerKeys?: ReadonlySet<string>): number | null {
  const isColumn = headerKeys
    ? (name: string) => headerKeys.has(headerKey(name))
    : (name: string) => fieldOfHeader(name) !== null;
  const rowNumbers = [...cells.keys()].sort((a, b) => a - b).slice(0, HEADER_SEARCH_ROWS);
  return (
    rowNumbers.find((rowNumber) => {
      const names = [...(cells.get(rowNumber)?.values() ?? [])].map(headerName);
      return names.filter(isColumn).length >= 2;
    }) ?? null
  );
}

function tableOfSheet(
  file: string,
  sheet: ExcelJS.Worksheet,
  cells: SheetCells,
  headerRow: number,
  problems: ActualImportProblem[],
): SourceTable {
  const label = `${file}${SHEET_SEPARATOR}${sheet.name}`;
  const header = [...(cells.get(headerRow) ?? new Map<number, SourceCell>()).entries()].sort(([a], [b]) => a - b);
  const columnNumbers = header.map(([columnNumber]) => columnNumber);
  const columns = header.map(([, cell]) => headerName(cell));
  const records: SourceRecord[] = [];
  const dataRows = [...cells.keys()].filter((rowNumber) => rowNumber > headerRow).sort((a, b) => a - b);
  for (const rowNumber of dataRows) {
    const row = cells.get(rowNumber) ?? new Map<number, SourceCell>();
    const stray = [...row.entries()].filter(([columnNumber]) => !columnNumbers.includes(columnNumber));
    if (stray.length > 0) {
      const [columnNumber, cell] = stray[0] ?? [0, EMPTY_CELL];
      const address = `${sheet.getColumn(columnNumber).letter}${rowNumber}`;
      problems.push({
        kind: 'MALFORMED_ROW',
        file: label,
        row: rowNumber,
        column: null,
        columnNumber,
        value: cellText(cell),
        message: `cell ${address} holds a value, but its column has no header`,
        messageVi: `ô ${address} có giá trị nhưng cột của ô không có tiêu đề`,
        fix: `Clear cell ${address}, or give its column a header (row ${headerRow}).`,
        fixVi: `Xóa nội dung ô ${address}, hoặc đặt tiêu đề cho cột của ô (ở dòng ${headerRow}).`,
      });
      continue;
    }
    records.push({ row: rowNumber, cells: columnNumbers.map((columnNumber) => row.get(columnNumber) ?? EMPTY_CELL) });
  }
  return { file, label, headerRow, columns, columnNumbers, records, rowCount: dataRows.length };
}

/** The problem of a header row over the column limit; null when within it. */
function tooWide(
  file: string,
  sheet: ExcelJS.Worksheet,
  cells: SheetCells,
  headerRow: number,
): ActualImportProblem | null {
  const count = cells.get(headerRow)?.size ?? 0;
  if (count <= SOURCE_LIMITS.maxColumns) return null;
  return overLimit('TOO_MANY_COLUMNS', `${file}${SHEET_SEPARATOR}${sheet.name}`, `${formatCount(count)} columns`, {
    message: `the header row (${headerRow}) has ${formatCount(count)} columns; a report has five (at most ${SOURCE_LIMITS.maxColumns} are read)`,
    messageVi: `dòng tiêu đề (dòng ${headerRow}) có ${formatCount(count)} cột; một báo cáo chỉ có năm cột (chỉ đọc tối đa ${SOURCE_LIMITS.maxColumns} cột)`,
    fix: 'Give the columns province, metric, report_date, value and optionally submitted_at; check that the sheet is a report of actuals.',
    fixVi:
      'Chỉ ghi các cột province, metric, report_date, value và, nếu cần, submitted_at; kiểm tra xem trang tính có đúng là báo cáo số liệu thực hiện không.',
  });
}

/** `headerKeys`: the folded names (headerKey) that find the header row of a file other than a report of actuals. */
export async function readActualWorkbook(
  file: string,
  bytes: Uint8Array,
  headerKeys?: readonly string[],
): Promise<SourceReadResult> {
  const keys = headerKeys ? new Set(headerKeys) : undefined;
  const tooLarge = workbookSizeProblem(bytes);
  if (tooLarge) {
    const { value, ...text } = tooLarge;
    return { tables: [], problems: [overLimit('FILE_TOO_LARGE', file, value, text)] };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer as an ArrayBuffer; JSZip reads an ArrayBuffer as well.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    // exceljs's own error, in both languages.
    const reason = error instanceof Error ? error.message : String(error);
    const fix = {
      fix: 'Save the workbook again from Excel as "Excel Workbook (.xlsx)".',
      fixVi: 'Mở tệp bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)".',
    };
    const message = {
      message: `the file cannot be opened as an Excel workbook (.xlsx): ${reason}`,
      messageVi: `không mở được tệp dưới dạng tệp Excel (.xlsx): ${reason}`,
    };
    return { tables: [], problems: [unreadable(file, message, unreadableFix(bytes, 'xlsx', fix))] };
  }
  const problems: ActualImportProblem[] = [];
  const tables: SourceTable[] = [];
  let firstWithContent: { sheet: ExcelJS.Worksheet; cells: SheetCells } | null = null;
  let wide: ActualImportProblem | null = null;
  const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible');
  const rowCount = visible.reduce((sum, sheet) => sum + sheet.actualRowCount, 0);
  if (rowCount > SOURCE_LIMITS.maxRows) {
    const [rows, max] = [formatCount(rowCount), formatCount(SOURCE_LIMITS.maxRows)];
    const problem = overLimit('TOO_MANY_ROWS', file, `${rows} rows`, {
      message: `the workbook's visible sheets have ${rows} rows; at most ${max} are read from one file`,
      messageVi: `các trang tính đang hiện của tệp Excel có ${rows} dòng; mỗi tệp chỉ đọc tối đa ${max} dòng`,
      fix: `Split the workbook into files of at most ${max} rows (by year or by report date) and import them one after the other.`,
      fixVi: `Tách thành các tệp Excel không quá ${max} dòng (theo năm hoặc theo ngày báo cáo) rồi nhập lần lượt từng tệp.`,
    });
    return { tables: [], problems: [problem] };
  }
  for (const sheet of visible) {
    const cells = cellsOf(sheet);
    if (cells.size === 0) continue;
    firstWithContent ??= { sheet, cells };
    const headerRow = findHeader(cells, keys);
    if (headerRow === null) continue;
    wide ??= tooWide(file, sheet, cells, headerRow);
    if (!wide) tables.push(tableOfSheet(file, sheet, cells, headerRow, problems));
  }
  if (tables.length === 0 && firstWithContent) {
    const { sheet, cells } = firstWithContent;
    let firstRow = Number.POSITIVE_INFINITY;
    for (const rowNumber of cells.keys()) firstRow = Math.min(firstRow, rowNumber);
    wide ??= tooWide(file, sheet, cells, firstRow);
    if (!wide) tables.push(tableOfSheet(file, sheet, cells, firstRow, problems));
  }
  if (wide) return { tables: [], problems: [wide] };
  // A sheet with a header and no row yet (next month's, say) is left alone unless no sheet has a row.
  const withRows = tables.filter((table) => table.rowCount > 0);
  if (withRows.length > 0) return { tables: withRows, problems };
  if (!firstWithContent) {
    problems.push({
      kind: 'EMPTY_FILE',
      file,
      row: null,
      column: null,
      columnNumber: null,
      value: null,
      message: 'the workbook has no visible sheet with content',
      messageVi: 'tệp Excel không có trang tính nào vừa đang hiện vừa có nội dung',
      fix: 'Put the report on a visible sheet: a header row (province, metric, report_date, value) and one row per figure.',
      fixVi:
        'Đặt báo cáo trên một trang tính đang hiện: một dòng tiêu đề (province, metric, report_date, value) và mỗi số liệu một dòng.',
    });
  }
  return { tables, problems };
}
