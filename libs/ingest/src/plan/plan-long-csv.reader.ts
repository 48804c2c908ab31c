import { detectDelimiter, splitRecords } from '../text/csv-records';
import type { MetricDefinition, Province, ProvinceNameMatcher } from '@scorecard/domain';
import { CsvError, parse } from 'csv-parse/sync';
import type { PlanImportProblem, PlanImportProblemKind } from './plan-import.errors';
import type { MetricIdentification } from './plan-metric-identification';
import { numberFix, parsePublishedNumber } from './published-number';
import type { PublishedCell, PublishedMetricTable, PublishedRow } from './published-plan';
import { foldText, parseMonthLabel } from './published-table-header';

// A plan table as an analyst prepares it: one line per number, "province,metric,month,value". The province is
// its two-digit code, its name, or "Toàn quốc"/"00" for the published national row; the month is YYYY-MM (or
// "9/2021", "Tháng 9/2021") or "total" for the period total; the value is kept as written. Line numbers are
// the file's (header = 1); every line is checked, and a file with any problem gives no table.
//
// National rows are optional: a metric without any gets a national row computed from the provinces and
// marked `computed`, since the table type needs one and nothing was published to store as published.

export type LongCsvSource = {
  file: string;
  text: string;
  /** Metric keys the manifest says the file holds; null when it says nothing. */
  metrics: readonly string[] | null;
  appendix: string;
};

export type LongCsvContext = {
  periodMonths: readonly string[];
  provinces: readonly Province[];
  metrics: readonly MetricDefinition[];
  matcher: ProvinceNameMatcher;
};

export type LongCsvResult = {
  tables: { table: PublishedMetricTable; line: number; column: number }[];
  identifications: MetricIdentification[];
  problems: PlanImportProblem[];
};

type Field = 'province' | 'metric' | 'month' | 'value' | 'appendix';
const FIELD_NAMES: Readonly<Record<Field, readonly string[]>> = {
  province: ['province', 'tinh'],
  metric: ['metric', 'chi tieu'],
  month: ['month', 'thang'],
  value: ['value', 'gia tri'],
  appendix: ['appendix', 'phu luc'],
};
const REQUIRED: readonly Field[] = ['province', 'metric', 'month', 'value'];
const NATIONAL_NAMES = new Set(['toan quoc', 'ca nuoc', 'national', 'tong cong']);
const TOTAL_NAMES = new Set(['total', 'tong so', 'tong', 'tong cong', 'ca ky']);
const NATIONAL = '';
const TOTAL = 'total';

function headerKey(text: string): string {
  return foldText(text).replace(/[\s_-]+/g, ' ');
}

export function readLongCsv(source: LongCsvSource, context: LongCsvContext): LongCsvResult {
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
  const none: LongCsvResult = { tables: [], identifications: [], problems };

  const delimiter = detectDelimiter(source.text);
  const rows: { line: number; fields: string[] }[] = [];
  const delimiterName = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  for (const record of splitRecords(source.text, delimiter)) {
    let parsed: string[][];
    let reason: string | null = null;
    try {
      parsed = parse(record.raw, { delimiter, relax_column_count: true });
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      parsed = [];
      reason = error.message.replace(/ at line \d+.*$/, '');
    }
    const [fields] = parsed;
    if (parsed.length === 1 && fields) {
      rows.push({ line: record.line, fields });
      continue;
    }
    report(
      'MALFORMED_LINE',
      record.line,
      null,
      record.raw.length > 80 ? `${record.raw.slice(0, 80)}…` : record.raw,
      `the line is not valid CSV (${reason ?? 'it holds a stray line break'})`,
      `Put a field that contains ${delimiterName} or a quote between double quotes, and double each quote inside it ("").`,
    );
  }

  const [header, ...data] = rows;
  if (!header) {
    if (problems.length === 0)
      report('EMPTY_TABLE', null, null, null, 'the file is empty', 'Give the CSV file with its header line and rows.');
    return none;
  }
  const columns = new Map<Field, number>();
  header.fields.forEach((name, index) => {
    const key = headerKey(name);
    const field = (Object.keys(FIELD_NAMES) as Field[]).find((candidate) => FIELD_NAMES[candidate].includes(key));
    if (!field) {
      report(
        'UNEXPECTED_HEADER',
        header.line,
        index + 1,
        name,
        'the column is not one of province, metric, month, value (appendix)',
        'Remove the column, or name it province, metric, month or value (tỉnh, chỉ tiêu, tháng, giá trị).',
      );
    } else if (columns.has(field)) {
      report(
        'UNEXPECTED_HEADER',
        header.line,
        index + 1,
        name,
        `a second "${field}" column`,
        'Keep one column per field.',
      );
    } else columns.set(field, index);
  });
  const missing = REQUIRED.filter((field) => !columns.has(field));
  if (missing.length > 0) {
    report(
      'MISSING_HEADER',
      header.line,
      null,
      header.fields.join(delimiter),
      `the header has no ${missing.join(', ')} column`,
      'Start the file with the header line "province,metric,month,value".',
    );
    return none;
  }
  const at = (field: Field) => columns.get(field) ?? 0;

  const catalogueKeys = context.metrics.map((metric) => metric.key);
  const provinceByCode = new Map(context.provinces.map((province) => [province.code, province]));
  type Slot = { cell: PublishedCell | null; name: string; line: number };
  // metric → province code (NATIONAL for the national row) → month (TOTAL for the period total) → slot
  const slots = new Map<string, Map<string, Map<string, Slot>>>();
  const metricFirstLine = new Map<string, number>();

  for (const { line, fields } of data) {
    const extra = fields.slice(header.fields.length).filter((field) => field.trim() !== '');
    if (fields.length < header.fields.length || extra.length > 0) {
      report(
        'CELL_COUNT',
        line,
        null,
        `${fields.length} fields`,
        `the line has ${fields.length} fields, the header has ${header.fields.length}`,
        `Give each line the fields of the header, separated by ${delimiterName}; quote a value that contains it.`,
      );
      continue;
    }
    const province = readProvince(fields[at('province')] ?? '', line, at('province') + 1);
    const metric = readMetric(fields[at('metric')] ?? '', line, at('metric') + 1);
    const month = readMonth(fields[at('month')] ?? '', line, at('month') + 1);
    const valueText = fields[at('value')] ?? '';
    const parsed = parsePublishedNumber(valueText);
    if (!parsed.ok) report(parsed.reason, line, at('value') + 1, valueText, parsed.message, numberFix(parsed.reason));
    if (metric !== null && !metricFirstLine.has(metric)) metricFirstLine.set(metric, line);
    if (province === null || metric === null || month === null) continue;

    const byProvince = slots.get(metric) ?? new Map<string, Map<string, Slot>>();
    slots.set(metric, byProvince);
    const byMonth = byProvince.get(province.code) ?? new Map<string, Slot>();
    byProvince.set(province.code, byMonth);
    const first = byMonth.get(month);
    if (first) {
      const what = `${province.code === NATIONAL ? 'the national row' : `province ${province.code}`}, ${metric}, ${month === TOTAL ? 'period total' : month}`;
      report(
        'DUPLICATE_CELL',
        line,
        at('value') + 1,
        valueText,
        `${what} is already given on line ${first.line}`,
        'Remove one of the two lines, or correct its province, metric or month.',
      );
      continue;
    }
    const cell = parsed.ok ? { value: parsed.value, text: valueText, line, column: at('value') + 1 } : null;
    byMonth.set(month, { cell, name: province.name, line });
  }

  if (data.length === 0 && problems.length === 0) {
    report(
      'EMPTY_TABLE',
      null,
      null,
      null,
      'the file has a header but no rows',
      'Add one line per province, metric and month.',
    );
  }
  for (const metric of source.metrics ?? []) {
    if (catalogueKeys.includes(metric) && !metricFirstLine.has(metric)) {
      report(
        'MISSING_METRIC',
        null,
        null,
        metric,
        `the manifest lists ${metric} for this file, but no line has it`,
        `Add the lines of ${metric}, or remove it from the manifest's "metrics" for this file.`,
      );
    }
  }

  const metrics = catalogueKeys.filter((key) => slots.has(key));
  for (const metric of metrics) {
    const byProvince = slots.get(metric) ?? new Map<string, Map<string, Slot>>();
    for (const province of context.provinces) {
      const byMonth = byProvince.get(province.code);
      if (!byMonth) {
        report(
          'MISSING_PROVINCE',
          null,
          null,
          null,
          `${province.nameVi} (code ${province.code}) has no line for ${metric}`,
          `Add the lines of ${province.nameVi} for ${metric}: the period total and each month.`,
        );
      } else checkComplete(metric, province.nameVi, byMonth);
    }
    const national = byProvince.get(NATIONAL);
    if (national) checkComplete(metric, 'the national row', national);
  }
  if (problems.length > 0) return none;

  const tables = metrics.map((metric) => {
    const byProvince = slots.get(metric) ?? new Map<string, Map<string, Slot>>();
    const rowOf = (code: string | null, byMonth: Map<string, Slot>): PublishedRow => {
      const total = byMonth.get(TOTAL);
      if (!total?.cell) throw new Error(`${file}: ${metric} ${code} has no total`); // checked above
      return {
        code,
        publishedName: total.name,
        line: total.line,
        total: total.cell,
        months: context.periodMonths.map((month) => {
          const cell = byMonth.get(month)?.cell;
          if (!cell) throw new Error(`${file}: ${metric} ${code} has no ${month}`); // checked above
          return { month, cell };
        }),
      };
    };
    const provinces = [...context.provinces]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((province) => rowOf(province.code, byProvince.get(province.code) ?? new Map<string, Slot>()));
    const nationalSlots = byProvince.get(NATIONAL);
    const table: PublishedMetricTable = {
      metric,
      appendix: source.appendix,
      file,
      months: [...context.periodMonths],
      national: nationalSlots ? rowOf(null, nationalSlots) : computedNationalRow(provinces),
      provinces,
    };
    return { table, line: metricFirstLine.get(metric) ?? 0, column: at('metric') + 1 };
  });
  const identifications: MetricIdentification[] = metrics.map((metric, index) => ({
    file,
    block: index + 1,
    metric,
    source: 'metric column',
    text: metric,
  }));
  return { tables, identifications, problems };

  function checkComplete(metric: string, who: string, byMonth: Map<string, Slot>): void {
    if (!byMonth.has(TOTAL)) {
      report(
        'MISSING_TOTAL',
        null,
        null,
        null,
        `${who} has no period total for ${metric}`,
        `Add a line for ${who}, ${metric}, month "total".`,
      );
    }
    for (const month of context.periodMonths) {
      if (!byMonth.has(month)) {
        report(
          'MISSING_MONTH',
          null,
          null,
          month,
          `${who} has no value for ${metric} in ${month}`,
          `Add a line for ${who}, ${metric}, month ${month}.`,
        );
      }
    }
  }

  function readProvince(text: string, line: number, column: number): { code: string; name: string } | null {
    const trimmed = text.trim();
    if (NATIONAL_NAMES.has(foldText(trimmed)) || trimmed === '00') return { code: NATIONAL, name: trimmed };
    if (/^\d+$/.test(trimmed)) {
      const province = trimmed.length === 2 ? provinceByCode.get(trimmed) : undefined;
      if (province) return { code: province.code, name: province.nameVi };
      report(
        'UNKNOWN_PROVINCE',
        line,
        column,
        text,
        trimmed.length === 2 ? `no province has code ${trimmed}` : 'a province code has two digits',
        trimmed.length === 1
          ? `Write the code with its leading zero ("0${trimmed}"): a spreadsheet drops it unless the column is formatted as text.`
          : 'Write the official two-digit code of data/reference/provinces63.csv, or the province name.',
      );
      return null;
    }
    const match = context.matcher.match(trimmed);
    if (match.code !== null) return { code: match.code, name: trimmed };
    const hint = match.suggestions.length > 0 ? ` (nearest official names: ${match.suggestions.join(', ')})` : '';
    report(
      'UNKNOWN_PROVINCE',
      line,
      column,
      text,
      'the province name is not recognised',
      `Write the official name${hint} or the two-digit code.`,
    );
    return null;
  }

  function readMetric(text: string, line: number, column: number): string | null {
    const key = text.trim().toLowerCase();
    if (!catalogueKeys.includes(key)) {
      report(
        'UNKNOWN_METRIC',
        line,
        column,
        text,
        `"${text}" is not a metric of the catalogue`,
        `Write one of the metric keys ${catalogueKeys.join(', ')}.`,
      );
      return null;
    }
    if (source.metrics && !source.metrics.includes(key)) {
      report(
        'UNKNOWN_METRIC',
        line,
        column,
        text,
        `the manifest does not list ${key} for this file (it lists ${source.metrics.join(', ')})`,
        `Add ${key} to the manifest's "metrics" for this file, or remove its lines.`,
      );
      return null;
    }
    return key;
  }

  function readMonth(text: string, line: number, column: number): string | null {
    const trimmed = text.trim();
    if (TOTAL_NAMES.has(foldText(trimmed))) return TOTAL;
    const month = parseMonthLabel(trimmed, context.periodMonths);
    if (month && 'month' in month) return month.month;
    report(
      month?.kind ?? 'UNKNOWN_MONTH',
      line,
      column,
      text,
      month?.error ?? `"${text}" is neither a month nor "total"`,
      `Write the month as YYYY-MM within the plan period (${context.periodMonths.join(', ')}), or "total" for the period total.`,
    );
    return null;
  }
}

function computedNationalRow(provinces: readonly PublishedRow[]): PublishedRow {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const computedCell = (value: number): PublishedCell => ({ value, text: '', line: 0, column: 0 });
  const months = provinces[0]?.months.map(({ month }, index) => ({
    month,
    cell: computedCell(sum(provinces.map((row) => row.months[index]?.cell.value ?? 0))),
  }));
  return {
    code: null,
    publishedName: 'Toàn quốc (tổng các tỉnh)',
    line: 0,
    total: computedCell(sum(provinces.map((row) => row.total.value))),
    months: months ?? [],
    computed: true,
  };
}
