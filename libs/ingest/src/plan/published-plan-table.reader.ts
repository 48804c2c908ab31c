import type { Province, ProvinceNameMatcher } from '@scorecard/domain';
import type { PlanImportProblem, PlanImportProblemKind } from './plan-import.errors';
import { parsePublishedNumber } from './published-number';
import type { PublishedCell, PublishedMetricTable, PublishedRow } from './published-plan';
import {
  foldText,
  isHeaderStart,
  readTableHeader,
  sameLayout,
  type HeaderLine,
  type TableLayout,
} from './published-table-header';

// Reads one appendix table as published (tab-separated text copied from the document): caption lines, a
// header, the national row, 63 province rows, and at each page break the header and national row again.
// Numbers are kept as printed; structural problems are collected, never skipped, and reported together.

export type PublishedTableSource = {
  /** Path relative to the repository root. */
  file: string;
  text: string;
  appendix: string;
  /** Metric keys of the table's blocks, left to right. */
  metrics: readonly string[];
};

export type PublishedTableContext = {
  /** Months of the plan period, YYYY-MM. */
  periodMonths: readonly string[];
  provinces: readonly Province[];
  matcher: ProvinceNameMatcher;
};

export type PublishedTableResult = { tables: PublishedMetricTable[]; problems: PlanImportProblem[] };

type DataRow = { line: number; code: string | null; name: string; cells: string[]; values: (PublishedCell | null)[] };

const NATIONAL_NAMES = new Set(['toan quoc', 'ca nuoc']);

function nationalName(cells: readonly string[]): string | null {
  for (const cell of cells.slice(0, 2)) if (NATIONAL_NAMES.has(foldText(cell))) return cell.trim();
  return null;
}

function looksNumeric(cells: readonly string[]): boolean {
  return cells.slice(2).some((cell) => parsePublishedNumber(cell).ok);
}

export function readPublishedPlanTable(
  source: PublishedTableSource,
  context: PublishedTableContext,
): PublishedTableResult {
  const { file } = source;
  const problems: PlanImportProblem[] = [];
  const report = (
    kind: PlanImportProblemKind,
    line: number | null,
    column: number | null,
    value: string | null,
    message: string,
    fix: string,
  ) => problems.push({ kind, file, line, column, value, message, fix });

  // Held in one object so the closures below and the code after the loop see the same, unnarrowed state.
  const state: { layout: TableLayout | null; headerBroken: boolean; national: DataRow | null } = {
    layout: null,
    headerBroken: false,
    national: null,
  };
  let headerLines: HeaderLine[] = [];
  const provinceRows = new Map<string, DataRow>();

  const closeHeader = (): void => {
    if (headerLines.length === 0) return;
    const header = readTableHeader(headerLines, {
      file,
      periodMonths: context.periodMonths,
      blockCount: source.metrics.length,
    });
    const firstLine = headerLines[0]?.line ?? null;
    headerLines = [];
    if (!header.layout) {
      if (!state.headerBroken) problems.push(...header.problems);
      state.headerBroken = true;
    } else if (!state.layout) {
      state.layout = header.layout;
    } else if (!sameLayout(state.layout, header.layout)) {
      report(
        'UNEXPECTED_HEADER',
        firstLine,
        null,
        null,
        'this repeated header has different columns from the first header of the table',
        'Make every page-break header repeat the first header exactly.',
      );
    }
  };

  const readCells = (line: number, cells: string[], current: TableLayout): (PublishedCell | null)[] | null => {
    const extra = cells.slice(current.cellCount).filter((cell) => cell.trim() !== '');
    if (cells.length < current.cellCount || extra.length > 0) {
      report(
        'CELL_COUNT',
        line,
        null,
        `${cells.length} cells`,
        `the row has ${cells.length} cells, the table has ${current.cellCount} (row number, name, then each block's total and months)`,
        'Restore the missing or remove the extra cells (tab-separated) of this row.',
      );
      return null;
    }
    return cells.slice(0, current.cellCount).map((text, index) => {
      if (index < 2) return null;
      const parsed = parsePublishedNumber(text);
      if (parsed.ok) return { value: parsed.value, text, line, column: index + 1 };
      const fix =
        parsed.reason === 'NEGATIVE_NUMBER'
          ? 'A target cannot be negative: write the published number without a sign.'
          : 'Write a whole number, digits with optional "," or "." thousands separators (e.g. 2,350,507); write 0 for no target.';
      report(parsed.reason, line, index + 1, text, parsed.message, fix);
      return null;
    });
  };

  source.text.split('\n').forEach((raw, index) => {
    const lineNumber = index + 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const cells = text.split('\t');
    if (text.trim() === '') return closeHeader();
    if (isHeaderStart(cells)) {
      closeHeader();
      headerLines = [{ line: lineNumber, cells }];
      return;
    }
    const nationalLabel = nationalName(cells);
    if (headerLines.length > 0) {
      if (!nationalLabel && !looksNumeric(cells)) {
        headerLines.push({ line: lineNumber, cells });
        return;
      }
      closeHeader();
    }
    // A line without cells outside a header is a caption or a note.
    if (cells.length < 2) return;
    if (!state.layout) {
      if (!state.headerBroken && (nationalLabel || looksNumeric(cells))) {
        report(
          'MISSING_HEADER',
          lineNumber,
          null,
          null,
          'this row comes before any table header',
          'Put the header lines ("TT"/"STT", captions) above the rows.',
        );
      }
      return;
    }

    const values = readCells(lineNumber, cells, state.layout);
    if (nationalLabel) {
      const row: DataRow = { line: lineNumber, code: null, name: nationalLabel, cells, values: values ?? [] };
      if (!state.national) state.national = row;
      else if (values) compareNational(state.national, row);
      return;
    }
    const nameColumn = cells[1]?.trim() ? 2 : 1;
    const name = (cells[nameColumn - 1] ?? '').trim();
    const match = context.matcher.match(name);
    if (match.code === null) {
      const hint = match.suggestions.length > 0 ? ` (nearest official names: ${match.suggestions.join(', ')})` : '';
      report(
        'UNKNOWN_PROVINCE',
        lineNumber,
        nameColumn,
        name,
        'the province name is not recognised',
        `Write the official province name${hint}, or add this spelling to the known aliases of the province name matcher.`,
      );
      return;
    }
    const first = provinceRows.get(match.code);
    if (first) {
      report(
        'DUPLICATE_PROVINCE',
        lineNumber,
        nameColumn,
        name,
        `province ${match.code} already has a row on line ${first.line} ("${first.name}")`,
        'Remove one of the two rows, or correct the name if this row belongs to another province.',
      );
      return;
    }
    provinceRows.set(match.code, { line: lineNumber, code: match.code, name, cells, values: values ?? [] });
  });
  closeHeader();

  function compareNational(firstRow: DataRow, repeated: DataRow): void {
    repeated.values.forEach((cell, index) => {
      const original = firstRow.values[index];
      if (cell && original && cell.value !== original.value) {
        report(
          'NATIONAL_ROW_MISMATCH',
          repeated.line,
          cell.column,
          cell.text,
          `the repeated national row differs from the national row on line ${firstRow.line} ("${original.text}")`,
          'Make the national row repeated after a page break equal to the first one.',
        );
      }
    });
  }

  const { layout, national } = state;
  if (!layout) {
    if (!state.headerBroken && problems.length === 0)
      report(
        'MISSING_HEADER',
        null,
        null,
        null,
        'no table header (a line starting with "TT" or "STT") was found',
        'Copy the table with its header lines.',
      );
    return { tables: [], problems };
  }
  if (!national)
    report(
      'MISSING_NATIONAL_ROW',
      null,
      null,
      null,
      'the table has no national row ("Toàn quốc")',
      'Copy the national row of the table.',
    );
  for (const province of context.provinces) {
    if (!provinceRows.has(province.code)) {
      report(
        'MISSING_PROVINCE',
        null,
        null,
        null,
        `${province.nameVi} (code ${province.code}) has no row`,
        `Add the row of ${province.nameVi} to the table.`,
      );
    }
  }
  if (problems.length > 0 || !national) return { tables: [], problems };

  const ordered = [...provinceRows.values()].sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));
  const tables = source.metrics.map((metric, blockIndex): PublishedMetricTable => {
    const block = layout.blocks[blockIndex];
    if (!block) throw new Error(`layout has no block ${blockIndex}`); // readTableHeader checked the count
    const toRow = (row: DataRow): PublishedRow => ({
      code: row.code,
      publishedName: row.name,
      line: row.line,
      total: cellAt(row, block.totalColumn),
      months: block.monthColumns.map(({ month, column }) => ({ month, cell: cellAt(row, column) })),
    });
    return {
      metric,
      appendix: source.appendix,
      file,
      months: block.monthColumns.map((column) => column.month),
      national: toRow(national),
      provinces: ordered.map(toRow),
    };
  });
  return { tables, problems };
}

function cellAt(row: DataRow, column: number): PublishedCell {
  const cell = row.values[column - 1];
  if (!cell) throw new Error(`line ${row.line} has no number in column ${column}`); // only reached when no problem was found
  return cell;
}
