import {
  createProvinceNameMatcher,
  fileProblem,
  type MetricDefinition,
  type ProblemFix,
  type Province,
} from '@scorecard/domain';
import type { ActualImportProblem } from './actual-import.errors';
import { createMetricLookup, validateTableNow } from './actual-row.validator';
import type { ActualRow } from './actual-source.reader';
import { EMPTY_CELL, type SourceCell, type SourceTable } from './actual-source-table';

// A report typed into the web form goes through the same row checks as a file, but its values arrive as numbers:
// they become number cells, never text, so 1.567 (million VND) stays 1.567 and is not read as 1567. Problems name
// the metric field of the form instead of a file column, with fixes worded for the form.

export type ReportFormValues = {
  /** Where problems point, e.g. "form:Nguyễn Văn A". */
  source: string;
  province: string;
  reportDate: string;
  values: readonly { metric: string; value: number }[];
};

const COLUMNS = ['province', 'metric', 'report_date', 'value'] as const;

// `fix` in English, `fixVi` in Vietnamese: the form shows the one of the page's language.
const FORM_FIXES: Partial<Record<ActualImportProblem['kind'], ProblemFix>> = {
  NEGATIVE_NUMBER: {
    fix: 'Enter the cumulative value since the start of the plan period; it cannot be negative.',
    fixVi: 'Nhập số lũy kế từ đầu kỳ kế hoạch, không âm.',
  },
  NOT_A_NUMBER: { fix: 'Enter a number.', fixVi: 'Nhập một số.' },
  NOT_A_WHOLE_NUMBER: {
    fix: 'This metric counts persons or units: enter a whole number.',
    fixVi: 'Chỉ tiêu này đếm người/đơn vị: nhập số nguyên.',
  },
  UNKNOWN_PROVINCE: {
    fix: 'Choose a province from the list.',
    fixVi: 'Chọn một tỉnh trong danh sách.',
  },
  UNKNOWN_METRIC: {
    fix: 'Enter only the plan metrics.',
    fixVi: 'Chỉ nhập các chỉ tiêu của kế hoạch.',
  },
  INVALID_DATE: {
    fix: 'Choose a report date of the plan.',
    fixVi: 'Chọn một kỳ báo cáo của kế hoạch.',
  },
  DATE_OUTSIDE_PERIOD: {
    fix: 'Choose a report date within the plan period.',
    fixVi: 'Chọn một kỳ báo cáo trong kỳ kế hoạch.',
  },
};

function numberCell(value: number): SourceCell {
  if (Number.isNaN(value)) return { kind: 'invalid', text: 'NaN', reason: 'no number', reasonVi: 'không có số' };
  return { kind: 'number', value, text: String(value) };
}

/** Rows to store, or every problem of the form; never both. */
export function validateReportForm(
  form: ReportFormValues,
  context: {
    provinces: readonly Province[];
    metrics: readonly MetricDefinition[];
    period: { start: string; end: string };
  },
): { rows: ActualRow[]; problems: ActualImportProblem[] } {
  if (form.values.length === 0) {
    return {
      rows: [],
      problems: [
        fileProblem('EMPTY_FILE', form.source, null, {
          message: 'the report has no value',
          messageVi: 'báo cáo chưa có số liệu nào',
          fix: 'Enter at least one value.',
          fixVi: 'Nhập ít nhất một chỉ tiêu.',
        }),
      ],
    };
  }
  const table: SourceTable = {
    file: form.source,
    label: form.source,
    headerRow: null,
    columns: COLUMNS,
    columnNumbers: null,
    rowCount: form.values.length,
    records: form.values.map((entry, index) => ({
      row: index + 1,
      cells: [
        form.province.trim() === '' ? EMPTY_CELL : { kind: 'text', text: form.province },
        entry.metric.trim() === '' ? EMPTY_CELL : { kind: 'text', text: entry.metric },
        { kind: 'text', text: form.reportDate },
        numberCell(entry.value),
      ],
    })),
  };
  const validation = { ...context, matcher: createProvinceNameMatcher(context.provinces) };
  const checked = validateTableNow(table, validation, createMetricLookup(context.metrics));
  const problems = checked.problems.map((problem) => {
    const entry = problem.row === null ? undefined : form.values[problem.row - 1];
    const field =
      problem.column === 'value' || problem.column === 'metric' ? (entry?.metric ?? problem.column) : problem.column;
    return { ...problem, row: null, column: field, ...FORM_FIXES[problem.kind] };
  });
  const seen = new Map<string, number>();
  form.values.forEach((entry, index) => {
    const earlier = seen.get(entry.metric);
    if (earlier !== undefined && form.values[earlier]!.value !== entry.value) {
      problems.push({
        kind: 'CONFLICTING_ROWS',
        file: form.source,
        row: null,
        column: entry.metric,
        columnNumber: null,
        value: String(entry.value),
        message: `${entry.metric} is entered twice, as ${form.values[earlier]!.value} and ${entry.value}`,
        messageVi: `chỉ tiêu ${entry.metric} được nhập hai lần, với giá trị ${form.values[earlier]!.value} và ${entry.value}`,
        fix: 'Enter each metric once.',
        fixVi: 'Nhập mỗi chỉ tiêu một lần.',
      });
    }
    seen.set(entry.metric, index);
  });
  if (problems.length > 0) return { rows: [], problems: dedupe(problems) };
  const rows = checked.rows.map(({ provinceCode, metric, reportDate, value }) => ({
    file: form.source,
    sourceRow: 0,
    provinceCode,
    metric,
    reportDate,
    value,
    submittedAt: null,
  }));
  const unique = new Map(rows.map((row) => [row.metric, row]));
  return { rows: [...unique.values()], problems: [] };
}

/** The province and date are checked on every value's record; say each problem once. */
function dedupe(problems: readonly ActualImportProblem[]): ActualImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.kind}|${p.column}|${p.value}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
