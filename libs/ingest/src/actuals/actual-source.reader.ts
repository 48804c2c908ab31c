import { createProvinceNameMatcher, isIsoDate, type MetricDefinition, type Province } from '@scorecard/domain';
import { readActualArrow } from './actual-arrow.reader';
import { readActualCsv } from './actual-csv.reader';
import type { ActualImportProblem } from './actual-import.errors';
import { createMetricLookup, validateTable, type ValidatedRow } from './actual-row.validator';
import { FORMAT_EXTENSIONS, type FileFormat, type SourceReadResult } from './actual-source-table';
import { readActualParquet } from './actual-parquet.reader';
import { readActualWorkbook } from './actual-workbook.reader';

export { ActualImportError, type ActualImportProblem, type ActualImportProblemKind } from './actual-import.errors';

// The one entry point for provinces' reported actuals (số liệu thực hiện) in long form, one figure per row:
// province, metric, report date (kỳ báo cáo), the value accumulated since the start of the plan period (lũy kế)
// and, optionally, when the report was sent. Files may be CSV, Excel (.xlsx), Parquet or Arrow IPC. Bad content
// never throws: every problem of every file is returned, and when there is any problem no row is returned at all.

export type ActualSourceFile = { name: string; bytes: Uint8Array };

export type ActualRow = {
  /** The file name as given. */
  file: string;
  /** 1-based: CSV line (header = 1), sheet row number, or Parquet/Arrow record index + 1. */
  sourceRow: number;
  /** Official two-digit code. */
  provinceCode: string;
  /** Metric key of the catalogue. */
  metric: string;
  /** YYYY-MM-DD, within the plan period. */
  reportDate: string;
  /** Cumulative since the start of the plan period, >= 0; whole for counts, possibly decimal for money. */
  value: number;
  /** YYYY-MM-DDTHH:MM:SS, Vietnam local time without a zone; null when the file does not say. */
  submittedAt: string | null;
};

export type ActualSourceContext = {
  provinces: readonly Province[];
  metrics: readonly MetricDefinition[];
  /** The plan period, YYYY-MM-DD, both ends included. */
  period: { start: string; end: string };
};

export type ActualSourceResult = {
  /** Every row of every file, in file and row order, identical duplicates once; empty whenever `problems` is not. */
  rows: ActualRow[];
  problems: ActualImportProblem[];
};

function extensionOf(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot).toLowerCase();
}

function formatOf(name: string): FileFormat | null {
  const extension = extensionOf(name);
  const formats = Object.keys(FORMAT_EXTENSIONS) as FileFormat[];
  return formats.find((format) => FORMAT_EXTENSIONS[format].includes(extension)) ?? null;
}

function unsupported(file: string): ActualImportProblem {
  const extension = extensionOf(file);
  const fixes: Readonly<Record<string, string>> = {
    '.xls': 'Open the workbook in Excel and save it as "Excel Workbook (.xlsx)".',
    '.ods': 'Save the spreadsheet as "Excel 2007-365 (.xlsx)" or as CSV.',
    '.pdf': 'Export the figures from the software they come from as CSV or Excel (.xlsx).',
  };
  return {
    kind: 'UNSUPPORTED_FILE',
    file,
    row: null,
    column: null,
    value: extension || null,
    message: `${extension ? `"${extension}" files are` : 'a file without an extension is'} not a source of actuals`,
    fix:
      fixes[extension] ??
      'Give the report as CSV (.csv), Excel (.xlsx), Parquet (.parquet) or Arrow IPC (.arrow) with the columns province, metric, report_date, value and optionally submitted_at.',
  };
}

async function readFile(file: ActualSourceFile): Promise<SourceReadResult> {
  const format = formatOf(file.name);
  switch (format) {
    case null:
      return { tables: [], problems: [unsupported(file.name)] };
    case 'csv':
      return readActualCsv(file.name, file.bytes);
    case 'xlsx':
      return readActualWorkbook(file.name, file.bytes);
    case 'parquet':
      return readActualParquet(file.name, file.bytes);
    case 'arrow':
      return readActualArrow(file.name, file.bytes);
  }
}

export async function readActualSources(
  files: readonly ActualSourceFile[],
  context: ActualSourceContext,
): Promise<ActualSourceResult> {
  const { start, end } = context.period;
  if (!isIsoDate(start) || !isIsoDate(end) || start > end) {
    throw new RangeError(
      `readActualSources: the plan period must be two dates YYYY-MM-DD in order, got ${start} to ${end}`,
    );
  }
  const validation = { ...context, matcher: createProvinceNameMatcher(context.provinces) };
  const metricLookup = createMetricLookup(context.metrics);
  const problems: ActualImportProblem[] = [];
  const validated: ValidatedRow[] = [];
  if (files.length === 0) {
    problems.push({
      kind: 'EMPTY_FILE',
      file: '(no file)',
      row: null,
      column: null,
      value: null,
      message: 'no file was given',
      fix: 'Give the report files (.csv, .xlsx, .parquet or .arrow) to import.',
    });
  }
  for (const file of files) {
    const read = await readFile(file);
    problems.push(...read.problems);
    for (const table of read.tables) {
      const checked = validateTable(table, validation, metricLookup);
      validated.push(...checked.rows);
      problems.push(...checked.problems);
    }
  }
  const merged = mergeRows(validated);
  problems.push(...merged.problems);
  return problems.length > 0 ? { rows: [], problems } : { rows: merged.rows, problems };
}

/**
 * One row per province, metric, report date and submission time: an identical repeat is kept once; two
 * different values for the same key leave no way to tell which counts, and are refused.
 */
function mergeRows(rows: readonly ValidatedRow[]): { rows: ActualRow[]; problems: ActualImportProblem[] } {
  const first = new Map<string, ValidatedRow>();
  const kept: ActualRow[] = [];
  const problems: ActualImportProblem[] = [];
  for (const row of rows) {
    const key = [row.provinceCode, row.metric, row.reportDate, row.submittedAt ?? ''].join('|');
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, row);
      const { file, sourceRow, provinceCode, metric, reportDate, value, submittedAt } = row;
      kept.push({ file, sourceRow, provinceCode, metric, reportDate, value, submittedAt });
      continue;
    }
    if (earlier.value === row.value) continue;
    const sent = row.submittedAt === null ? 'without a submission time' : `sent at ${row.submittedAt}`;
    problems.push({
      kind: 'CONFLICTING_ROWS',
      file: row.label,
      row: row.sourceRow,
      column: row.valueColumn,
      value: row.valueText,
      message: `province ${row.provinceCode}, ${row.metric}, ${row.reportDate} ${sent} is also given as ${earlier.valueText} (${earlier.label} row ${earlier.sourceRow}); it is not clear which counts`,
      fix: 'Keep one of the two rows. A correction is a new row with a later submitted_at (thời gian gửi).',
    });
  }
  return { rows: kept, problems };
}
