import {
  createProvinceNameMatcher,
  fileProblem,
  isIsoDate,
  type MetricDefinition,
  type ProblemFix,
  type Province,
} from '@scorecard/domain';
import { ProblemList } from '../problem-list';
import { SOURCE_LIMITS, formatBytes } from '../source-limits';
import { yieldToEventLoop } from '../worker/bounded-worker';
import { readActualsInWorker } from '../worker/source-reader.client';
import { readActualArrow } from './actual-arrow.reader';
import type { ActualImportProblem, ActualImportProblemKind } from './actual-import.errors';
import { createMetricLookup, validateTable, type ValidatedRow } from './actual-row.validator';
import { FORMAT_EXTENSIONS, overLimit, type FileFormat, type SourceReadResult } from './actual-source-table';

export { ActualImportError, type ActualImportProblem, type ActualImportProblemKind } from './actual-import.errors';

// The one entry point for provinces' reported actuals (số liệu thực hiện) in long form, one figure per row:
// province, metric, report date (kỳ báo cáo), the value accumulated since the start of the plan period (lũy kế)
// and, optionally, when the report was sent. Files may be CSV, Excel (.xlsx), Parquet or Arrow IPC. Bad content
// never throws: every problem of every file is returned (the first SOURCE_LIMITS.maxProblems, with the count of
// all), and when there is any problem no row is returned at all. Files are parsed in a reader process and checked
// in slices, so a file of 200,000 rows leaves the server answering other requests meanwhile.

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
  /** The first SOURCE_LIMITS.maxProblems problems, then one TOO_MANY_PROBLEMS when there are more. */
  problems: ActualImportProblem[];
  /** Every problem found, listed or not. */
  problemCount: number;
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
  const fixes: Readonly<Record<string, ProblemFix>> = {
    '.xls': {
      fix: 'Open the workbook in Excel and save it as "Excel Workbook (.xlsx)".',
      fixVi: 'Mở tệp bằng Excel và lưu lại dưới dạng "Excel Workbook (.xlsx)".',
    },
    '.ods': {
      fix: 'Save the spreadsheet as "Excel 2007-365 (.xlsx)" or as CSV.',
      fixVi: 'Lưu bảng tính dưới dạng "Excel 2007-365 (.xlsx)" hoặc CSV.',
    },
    '.pdf': {
      fix: 'Export the figures from the software they come from as CSV or Excel (.xlsx).',
      fixVi: 'Xuất số liệu từ phần mềm gốc ra tệp CSV hoặc Excel (.xlsx).',
    },
  };
  return fileProblem('UNSUPPORTED_FILE', file, extension || null, {
    message: `${extension ? `"${extension}" files are` : 'a file without an extension is'} not a source of actuals`,
    messageVi: `${extension ? `tệp có đuôi "${extension}"` : 'tệp không có đuôi tên'} không dùng được làm nguồn số liệu thực hiện`,
    ...(fixes[extension] ?? {
      fix: 'Give the report as CSV (.csv), Excel (.xlsx), Parquet (.parquet) or Arrow IPC (.arrow) with the columns province, metric, report_date, value and optionally submitted_at.',
      fixVi:
        'Gửi báo cáo dưới dạng CSV (.csv), Excel (.xlsx), Parquet (.parquet) hoặc Arrow IPC (.arrow) với các cột province, metric, report_date, value và, nếu cần, submitted_at.',
    }),
  });
}

const TOO_MANY_PROBLEMS_FIX: ProblemFix = {
  fix: 'Correct the problems listed and import again; when each row has the same problem, check that the file is a report of actuals with the columns province, metric, report_date, value.',
  fixVi:
    'Sửa các vấn đề đã liệt kê rồi nhập lại; nếu dòng nào cũng có cùng một vấn đề, hãy kiểm tra xem tệp có đúng là báo cáo số liệu thực hiện với các cột province, metric, report_date, value không.',
};

async function readFile(file: ActualSourceFile): Promise<SourceReadResult & { problemCount: number }> {
  const one = (problem: ActualImportProblem) => ({ tables: [], problems: [problem], problemCount: 1 });
  const format = formatOf(file.name);
  if (format !== null && file.bytes.length > SOURCE_LIMITS.maxFileBytes) {
    const [size, max] = [formatBytes(file.bytes.length), formatBytes(SOURCE_LIMITS.maxFileBytes)];
    return one(
      overLimit('FILE_TOO_LARGE', file.name, size, {
        message: `the file is ${size}; at most ${max} is read`,
        messageVi: `tệp có dung lượng ${size}; chỉ đọc tối đa ${max}`,
        fix: 'Split the file (by year or by report date) and import the parts one after the other; check that it is a report of actuals.',
        fixVi:
          'Tách tệp (theo năm hoặc theo ngày báo cáo) rồi nhập lần lượt từng phần; kiểm tra xem tệp có đúng là báo cáo số liệu thực hiện không.',
      }),
    );
  }
  switch (format) {
    case null:
      return one(unsupported(file.name));
    case 'csv':
      return readActualsInWorker('actuals-csv', file.name, file.bytes);
    case 'xlsx':
      return readActualsInWorker('actuals-xlsx', file.name, file.bytes);
    case 'parquet':
      return readActualsInWorker('actuals-parquet', file.name, file.bytes);
    case 'arrow': {
      const read = await readActualArrow(file.name, file.bytes);
      return { ...read, problemCount: read.problems.length };
    }
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
  const problems = new ProblemList<ActualImportProblemKind>(TOO_MANY_PROBLEMS_FIX);
  const validated: ValidatedRow[] = [];
  if (files.length === 0) {
    problems.add(
      fileProblem('EMPTY_FILE', '(no file)', null, {
        message: 'no file was given',
        messageVi: 'chưa có tệp nào',
        fix: 'Give the report files (.csv, .xlsx, .parquet or .arrow) to import.',
        fixVi: 'Chọn các tệp báo cáo (.csv, .xlsx, .parquet hoặc .arrow) để nhập.',
      }),
    );
  }
  for (const file of files) {
    const read = await readFile(file);
    problems.addAll(read.problems);
    problems.addUnlisted(read.problemCount - read.problems.length);
    for (const table of read.tables) {
      // Rows are collected one by one: pushing a whole table's rows as arguments overflows the stack (~125,000).
      await validateTable(table, validation, metricLookup, { rows: validated, problems, pause: yieldToEventLoop });
    }
  }
  const merged = await mergeRows(validated, problems);
  const listed = problems.list();
  return problems.count > 0
    ? { rows: [], problems: listed, problemCount: problems.count }
    : { rows: merged, problems: listed, problemCount: 0 };
}

/**
 * One row per province, metric, report date and submission time: an identical repeat is kept once; two
 * different values for the same key leave no way to tell which counts, and are refused.
 */
async function mergeRows(
  rows: readonly ValidatedRow[],
  problems: ProblemList<ActualImportProblemKind>,
): Promise<ActualRow[]> {
  const first = new Map<string, ValidatedRow>();
  const kept: ActualRow[] = [];
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % MERGE_SLICE === 0) await yieldToEventLoop();
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
    const sentVi = row.submittedAt === null ? 'không ghi thời gian gửi' : `gửi lúc ${row.submittedAt}`;
    problems.add({
      kind: 'CONFLICTING_ROWS',
      file: row.label,
      row: row.sourceRow,
      column: row.valueColumn,
      columnNumber: row.valueColumnNumber,
      value: row.valueText,
      message: `province ${row.provinceCode}, ${row.metric}, ${row.reportDate} ${sent} is also given as ${earlier.valueText} (${earlier.label} row ${earlier.sourceRow}); it is not clear which counts`,
      messageVi: `tỉnh mã ${row.provinceCode}, ${row.metric}, ngày ${row.reportDate}, ${sentVi}, cũng được ghi là ${earlier.valueText} (${earlier.label} dòng ${earlier.sourceRow}); không rõ giá trị nào được tính`,
      fix: 'Keep one of the two rows. A correction is a new row with a later submitted_at (thời gian gửi).',
      fixVi:
        'Giữ lại một trong hai dòng. Muốn sửa số liệu thì gửi một dòng mới có thời gian gửi (submitted_at) muộn hơn.',
    });
  }
  return kept;
}

/** Rows merged between two pauses for other requests. */
const MERGE_SLICE = 20_000;
