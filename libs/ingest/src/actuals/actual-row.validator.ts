import {
  createProvinceReader,
  fileProblem,
  type MetricDefinition,
  type ParsedNumber,
  type ProblemFix,
  type ProblemMessage,
  type ProblemText,
  type Province,
  type ProvinceNameMatcher,
  type ProvinceReader,
} from '@scorecard/domain';
import { foldText } from '../plan/published-table-header';
import { ACTUAL_COLUMNS, identifyColumns, type ActualField } from './actual-columns';
import type { ActualImportProblem, ActualImportProblemKind } from './actual-import.errors';
import { EMPTY_CELL, cellText, type SourceCell, type SourceTable } from './actual-source-table';
import { NO_TIME_OF_DAY, REPORT_DATE_WITH_TIME, parseDateText, parseTimestampText } from './actual-value.parser';
import { numberOf } from '../compliance/compliance-cells';

// Every record of every table is checked cell by cell, and every problem is reported with its row and column.
// A province is its two-digit code or a name the province matcher recognises; a metric is a catalogue key or its
// Vietnamese label. Money (million VND) may have decimals; counts (persons, employers, records, conferences)
// must be whole.

export type ValidatedRow = {
  file: string;
  sourceRow: number;
  provinceCode: string;
  metric: string;
  reportDate: string;
  value: number;
  submittedAt: string | null;
  /** Where the row is, for messages about it: "file" or "file › sheet". */
  label: string;
  valueColumn: string;
  valueColumnNumber: number | null;
  /** The value as written, for messages. */
  valueText: string;
};

export type ValidationContext = {
  provinces: readonly Province[];
  metrics: readonly MetricDefinition[];
  period: { start: string; end: string };
  matcher: ProvinceNameMatcher;
};

/** Units of metrics that may carry decimals; every other metric is a count. */
const DECIMAL_UNITS = new Set(['million VND']);

export type MetricLookup = { match(text: string): MetricDefinition | null; keys: string };

/** Keys (any case) and folded Vietnamese labels; a label shared by two metrics matches neither. */
export function createMetricLookup(metrics: readonly MetricDefinition[]): MetricLookup {
  const byName = new Map<string, MetricDefinition | null>();
  const add = (name: string, metric: MetricDefinition) => {
    const existing = byName.get(name);
    byName.set(name, existing === undefined || existing === metric ? metric : null);
  };
  for (const metric of metrics) {
    add(foldText(metric.key), metric);
    add(foldText(metric.labelVi), metric);
    add(foldText(metric.shortLabelVi), metric);
  }
  return {
    match: (text) => byName.get(foldText(text)) ?? null,
    keys: metrics.map((metric) => `${metric.key} (${metric.shortLabelVi})`).join(', '),
  };
}

type Place = { cell: SourceCell; column: string; columnNumber: number | null };
type Report = (kind: ActualImportProblemKind, place: Place, text: ProblemText) => void;
type Checks = {
  context: ValidationContext;
  provinceReader: ProvinceReader;
  metricLookup: MetricLookup;
  report: Report;
};

/** Where the checks put what they find. */
export type ValidationSink = {
  rows: ValidatedRow[];
  problems: { add(problem: ActualImportProblem): void };
};

/** Records checked between two pauses. */
const SLICE = 2_000;

/**
 * Checks a table of a file, a slice at a time, pausing between slices (`pause`) so that a server answers other
 * requests while 200,000 rows are checked.
 */
export async function validateTable(
  table: SourceTable,
  context: ValidationContext,
  metricLookup: MetricLookup,
  sink: ValidationSink & { pause: () => Promise<void> },
): Promise<void> {
  const slices = checkTable(table, context, metricLookup, sink);
  while (!slices.next().done) await sink.pause();
}

/** Checks a small table (a form's values) at once. */
export function validateTableNow(
  table: SourceTable,
  context: ValidationContext,
  metricLookup: MetricLookup,
): { rows: ValidatedRow[]; problems: ActualImportProblem[] } {
  const rows: ValidatedRow[] = [];
  const problems: ActualImportProblem[] = [];
  const slices = checkTable(table, context, metricLookup, { rows, problems: { add: (p) => problems.push(p) } });
  while (!slices.next().done);
  return { rows, problems };
}

/** The checks of every record; yields after each slice of records. */
function* checkTable(
  table: SourceTable,
  context: ValidationContext,
  metricLookup: MetricLookup,
  { rows, problems }: ValidationSink,
): Generator<void> {
  const identified = identifyColumns(table.columns, table);
  for (const problem of identified.problems) problems.add(problem);
  const columns = identified.columns;
  if (columns === null) return;
  if (table.rowCount === 0) {
    problems.add(
      fileProblem('EMPTY_FILE', table.label, null, {
        message: 'the file has a header but no rows',
        messageVi: 'tệp có dòng tiêu đề nhưng không có dòng số liệu nào',
        fix: 'Add one row per province, metric and report date.',
        fixVi: 'Ghi mỗi tổ hợp tỉnh, chỉ tiêu và ngày báo cáo trên một dòng.',
      }),
    );
  }
  const provinceReader = createProvinceReader(context.provinces, context.matcher);

  for (const [index, record] of table.records.entries()) {
    if (index > 0 && index % SLICE === 0) yield;
    const report: Report = (kind, place, text) =>
      problems.add({
        kind,
        file: table.label,
        row: record.row,
        column: place.column,
        columnNumber: place.columnNumber,
        value: cellText(place.cell),
        ...text,
      });
    const checks: Checks = { context, provinceReader, metricLookup, report };
    const at = (field: ActualField): Place | null => {
      const index = columns.get(field);
      if (index === undefined) return null;
      return {
        cell: record.cells[index] ?? EMPTY_CELL,
        column: table.columns[index] ?? '',
        columnNumber: table.columnNumbers?.[index] ?? null,
      };
    };
    const filled = (field: ActualField): Place | null => {
      const place = at(field);
      if (!place) throw new Error(`${table.label}: the ${field} column was checked to be present`);
      if (place.cell.kind !== 'empty') return place;
      const { name, nameVi } = ACTUAL_COLUMNS[field];
      report('EMPTY_CELL', place, {
        message: `the ${name} cell is empty`,
        messageVi: `ô ${nameVi} (${name}) để trống`,
        fix: `Fill in the ${name} (${nameVi}) of the row, or delete the row.`,
        fixVi: `Điền ${nameVi} (${name}) của dòng, hoặc xóa dòng này.`,
      });
      return null;
    };

    const provinceCell = filled('province');
    const metricCell = filled('metric');
    const dateCell = filled('reportDate');
    const valueCell = filled('value');
    const submittedCell = at('submittedAt');
    const provinceCode = provinceCell && readProvince(provinceCell, checks);
    const metric = metricCell && readMetric(metricCell, checks);
    const reportDate = dateCell && readReportDate(dateCell, checks);
    const value = valueCell && readValue(valueCell, metric, checks);
    const submittedAt = submittedCell ? readSubmittedAt(submittedCell, checks) : { ok: true as const, at: null };
    if (!provinceCode || !metric || !reportDate || value === null || !valueCell || !submittedAt.ok) continue;
    rows.push({
      file: table.file,
      sourceRow: record.row,
      provinceCode,
      metric: metric.key,
      reportDate,
      value,
      submittedAt: submittedAt.at,
      label: table.label,
      valueColumn: valueCell.column,
      valueColumnNumber: valueCell.columnNumber,
      valueText: cellText(valueCell.cell) ?? '',
    });
  }
}

function readProvince(place: Place, { provinceReader, report }: Checks): string | null {
  const { cell } = place;
  const text = cell.kind === 'text' || cell.kind === 'number' ? cell.text : null;
  if (text === null) {
    report('UNKNOWN_PROVINCE', place, {
      ...holdsInstead(cell, { en: 'a province', vi: 'tỉnh' }),
      fix: 'Write the official two-digit code of the province (e.g. "01") or its name.',
      fixVi: 'Ghi mã tỉnh chính thức gồm hai chữ số (ví dụ "01") hoặc tên tỉnh.',
    });
    return null;
  }
  const reading = provinceReader.read(text);
  if (reading.code === null) report('UNKNOWN_PROVINCE', place, reading.refusal);
  return reading.code;
}

function readMetric(place: Place, { metricLookup, report }: Checks): MetricDefinition | null {
  const text = place.cell.kind === 'text' ? place.cell.text : (cellText(place.cell) ?? '');
  const metric = metricLookup.match(text);
  if (metric) return metric;
  report('UNKNOWN_METRIC', place, {
    message: 'the metric is not one of the catalogue',
    messageVi: 'chỉ tiêu không có trong danh mục',
    fix: `Write a metric key or its Vietnamese name: ${metricLookup.keys}.`,
    fixVi: `Ghi mã chỉ tiêu hoặc tên tiếng Việt của chỉ tiêu: ${metricLookup.keys}.`,
  });
  return null;
}

function readReportDate(place: Place, { context, report }: Checks): string | null {
  const { cell } = place;
  const { start, end } = context.period;
  const example = `${end} or ${end.split('-').reverse().join('/')}`;
  const exampleVi = `${end} hoặc ${end.split('-').reverse().join('/')}`;
  const fix: ProblemFix = {
    fix: `Write the report date as YYYY-MM-DD or dd/mm/yyyy (day first), e.g. ${example}.`,
    fixVi: `Ghi ngày báo cáo theo dạng YYYY-MM-DD hoặc dd/mm/yyyy (ngày trước, tháng sau), ví dụ ${exampleVi}.`,
  };
  let date: string | null = null;
  switch (cell.kind) {
    case 'text': {
      const parsed = parseDateText(cell.text);
      if (parsed.ok) date = parsed.value;
      else report('INVALID_DATE', place, { message: parsed.message, messageVi: parsed.messageVi, ...fix });
      break;
    }
    case 'date':
      date = cell.date;
      break;
    case 'datetime':
      if (cell.wallClock.endsWith('T00:00:00')) date = cell.wallClock.slice(0, 10);
      else report('INVALID_DATE', place, { ...REPORT_DATE_WITH_TIME, ...fix });
      break;
    case 'number':
      report('INVALID_DATE', place, {
        message: 'the cell holds a number, not a date',
        messageVi: 'ô chứa một số, không phải ngày',
        fix: `${fix.fix} In a spreadsheet, format the cell as a date.`,
        fixVi: `${fix.fixVi} Trong bảng tính, định dạng ô kiểu ngày (Date).`,
      });
      break;
    case 'invalid':
      report('INVALID_DATE', place, { ...holdsInstead(cell, { en: 'a date', vi: 'ngày' }), ...fix });
      break;
    case 'empty':
      break;
  }
  if (date === null) return null;
  if (date < start || date > end) {
    report('DATE_OUTSIDE_PERIOD', place, {
      message: `${date} is outside the plan period ${start} to ${end}`,
      messageVi: `ngày ${date} nằm ngoài kỳ kế hoạch từ ${start} đến ${end}`,
      fix: 'Give only reports of this plan period; a report of another period belongs to that period’s plan.',
      fixVi: 'Chỉ gửi báo cáo thuộc kỳ kế hoạch này; báo cáo của kỳ khác phải nhập vào kế hoạch của kỳ đó.',
    });
    return null;
  }
  return date;
}

function readValue(place: Place, metric: MetricDefinition | null, { report }: Checks): number | null {
  const { cell } = place;
  // Read as a decimal (money may have one); a count with a fraction is refused below, by its metric's unit.
  const parsed: ParsedNumber = numberOf(cell, { en: 'a number', vi: 'số' });
  if (!parsed.ok) {
    report(parsed.reason, place, {
      message: parsed.message,
      messageVi: parsed.messageVi,
      ...(parsed.reason === 'NEGATIVE_NUMBER'
        ? {
            fix: 'A cumulative value (lũy kế) cannot be negative: write the value accumulated since the start of the plan period.',
            fixVi: 'Giá trị lũy kế không thể là số âm: ghi giá trị cộng dồn từ đầu kỳ kế hoạch.',
          }
        : {
            fix: 'Write a number: digits, with "," or "." between thousands (1,234,567 or 1.234.567) and, for money, one decimal mark (1234.5).',
            fixVi:
              'Ghi một số: các chữ số, dấu "," hoặc "." phân cách hàng nghìn (1,234,567 hoặc 1.234.567) và, với chỉ tiêu tiền, một dấu thập phân (1234.5).',
          }),
    });
    return null;
  }
  if (metric && !DECIMAL_UNITS.has(metric.unit) && !Number.isInteger(parsed.value)) {
    report('NOT_A_WHOLE_NUMBER', place, {
      message: `${metric.key} counts ${metric.unit} in whole numbers`,
      messageVi: `${metric.key} đếm số ${metric.unitVi}, phải ghi bằng số nguyên`,
      fix: 'Write a whole number; note that "1.234" and "1,234" are both read as 1234.',
      fixVi: 'Ghi số nguyên; lưu ý "1.234" và "1,234" đều được đọc là 1234.',
    });
    return null;
  }
  return parsed.value;
}

function readSubmittedAt(place: Place, { report }: Checks): { ok: true; at: string | null } | { ok: false } {
  const { cell } = place;
  const fix: ProblemFix = {
    fix: 'Write the time the report was sent as YYYY-MM-DDTHH:MM:SS or dd/mm/yyyy hh:mm, Vietnam time.',
    fixVi: 'Ghi thời gian gửi báo cáo theo dạng YYYY-MM-DDTHH:MM:SS hoặc dd/mm/yyyy hh:mm, theo giờ Việt Nam.',
  };
  switch (cell.kind) {
    case 'empty':
      return { ok: true, at: null };
    case 'datetime':
      return { ok: true, at: cell.wallClock };
    case 'text': {
      const parsed = parseTimestampText(cell.text);
      if (parsed.ok) return { ok: true, at: parsed.value };
      report('INVALID_TIMESTAMP', place, { message: parsed.message, messageVi: parsed.messageVi, ...fix });
      return { ok: false };
    }
    case 'date':
      report('INVALID_TIMESTAMP', place, { ...NO_TIME_OF_DAY, ...fix });
      return { ok: false };
    case 'number':
      report('INVALID_TIMESTAMP', place, {
        message: 'the cell holds a number, not a time',
        messageVi: 'ô chứa một số, không phải thời điểm',
        ...fix,
      });
      return { ok: false };
    case 'invalid':
      report('INVALID_TIMESTAMP', place, { ...holdsInstead(cell, { en: 'a time', vi: 'thời điểm' }), ...fix });
      return { ok: false };
  }
}

/** "The cell holds …, not …" of a cell that is neither text nor a number: an invalid value, or else a date. */
function holdsInstead(cell: SourceCell, wanted: { en: string; vi: string }): ProblemMessage {
  const [held, heldVi] = cell.kind === 'invalid' ? [cell.reason, cell.reasonVi] : ['a date', 'một ngày'];
  return {
    message: `the cell holds ${held}, not ${wanted.en}`,
    messageVi: `ô chứa ${heldVi}, không phải ${wanted.vi}`,
  };
}
