import {
  STRAY_LINE_BREAK,
  csvErrorReason,
  detectDelimiter,
  splitRecords,
  type CsvRecordReason,
} from '../text/csv-records';
import {
  createProvinceReader,
  parseNumberText,
  type MetricDefinition,
  type ProblemText,
  type Province,
  type ProvinceNameMatcher,
} from '@scorecard/domain';
import { CsvError, parse } from 'csv-parse/sync';
import { SOURCE_LIMITS, clipText } from '../source-limits';
import type { PlanImportProblem, PlanImportProblemKind } from './plan-import.errors';
import type { MetricIdentification } from './plan-metric-identification';
import type { LocatedTable } from './plan-source.reader';
import { numberFix } from './published-number';
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
  tables: LocatedTable[];
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
  /** The header's names, once it is read: a problem at a field names its column. */
  let names: readonly string[] = [];
  /** `columnNumber` is the 1-based field. */
  const report = (
    kind: PlanImportProblemKind,
    row: number | null,
    columnNumber: number | null,
    value: string | null,
    text: ProblemText,
  ) => {
    const column = columnNumber === null ? null : names[columnNumber - 1]?.trim() || null;
    problems.push({ kind, file, row, column, columnNumber, value, ...text });
  };
  const none: LongCsvResult = { tables: [], identifications: [], problems };

  const delimiter = detectDelimiter(source.text);
  const rows: { line: number; fields: string[] }[] = [];
  const delimiterName = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
  const delimiterNameVi = delimiter === '\t' ? 'dấu tab' : `dấu "${delimiter}"`;
  for (const record of splitRecords(source.text, delimiter)) {
    let parsed: string[][];
    let why: CsvRecordReason = STRAY_LINE_BREAK;
    try {
      parsed = parse(record.raw, { delimiter, relax_column_count: true });
    } catch (error) {
      if (!(error instanceof CsvError)) throw error;
      parsed = [];
      why = csvErrorReason(error);
    }
    const [fields] = parsed;
    if (parsed.length === 1 && fields) {
      rows.push({ line: record.line, fields });
      continue;
    }
    report('MALFORMED_LINE', record.line, null, clipText(record.raw, SOURCE_LIMITS.maxCellEchoLength), {
      message: `the line is not valid CSV (${why.reason})`,
      messageVi: `dòng không đúng định dạng CSV (${why.reasonVi})`,
      fix: `Put a field that contains ${delimiterName} or a quote between double quotes, and double each quote inside it ("").`,
      fixVi: `Đặt trường có chứa ${delimiterNameVi} hoặc dấu ngoặc kép vào giữa hai dấu ngoặc kép, và viết mỗi dấu ngoặc kép bên trong trường thành hai dấu ("").`,
    });
  }

  const [header, ...data] = rows;
  if (!header) {
    if (problems.length === 0)
      report('EMPTY_TABLE', null, null, null, {
        message: 'the file is empty',
        messageVi: 'tệp không có nội dung',
        fix: 'Give the CSV file with its header line and rows.',
        fixVi: 'Gửi tệp CSV có dòng tiêu đề và các dòng số liệu.',
      });
    return none;
  }
  names = header.fields;
  const columns = new Map<Field, number>();
  header.fields.forEach((name, index) => {
    const key = headerKey(name);
    const field = (Object.keys(FIELD_NAMES) as Field[]).find((candidate) => FIELD_NAMES[candidate].includes(key));
    if (!field) {
      report('UNEXPECTED_HEADER', header.line, index + 1, name, {
        message: 'the column is not one of province, metric, month, value (appendix)',
        messageVi: 'cột này không thuộc các cột province, metric, month, value (appendix)',
        fix: 'Remove the column, or name it province, metric, month or value (tỉnh, chỉ tiêu, tháng, giá trị).',
        fixVi: 'Xóa cột này, hoặc đặt tên cột là province, metric, month hoặc value (tỉnh, chỉ tiêu, tháng, giá trị).',
      });
    } else if (columns.has(field)) {
      report('UNEXPECTED_HEADER', header.line, index + 1, name, {
        message: `a second "${field}" column`,
        messageVi: `cột "${field}" xuất hiện lần thứ hai`,
        fix: 'Keep one column per field.',
        fixVi: 'Mỗi trường chỉ giữ một cột.',
      });
    } else columns.set(field, index);
  });
  const missing = REQUIRED.filter((field) => !columns.has(field));
  if (missing.length > 0) {
    report('MISSING_HEADER', header.line, null, header.fields.join(delimiter), {
      message: `the header has no ${missing.join(', ')} column`,
      messageVi: `dòng tiêu đề thiếu cột ${missing.join(', ')}`,
      fix: 'Start the file with the header line "province,metric,month,value".',
      fixVi: 'Bắt đầu tệp bằng dòng tiêu đề "province,metric,month,value".',
    });
    return none;
  }
  const at = (field: Field) => columns.get(field) ?? 0;

  const catalogueKeys = context.metrics.map((metric) => metric.key);
  const provinceReader = createProvinceReader(context.provinces, context.matcher);
  const nameByCode = new Map(context.provinces.map((province) => [province.code, province.nameVi]));
  type Slot = { cell: PublishedCell | null; name: string; line: number };
  // metric → province code (NATIONAL for the national row) → month (TOTAL for the period total) → slot
  const slots = new Map<string, Map<string, Map<string, Slot>>>();
  const metricFirstLine = new Map<string, number>();

  for (const { line, fields } of data) {
    const extra = fields.slice(header.fields.length).filter((field) => field.trim() !== '');
    if (fields.length < header.fields.length || extra.length > 0) {
      report('CELL_COUNT', line, null, `${fields.length} fields`, {
        message: `the line has ${fields.length} fields, the header has ${header.fields.length}`,
        messageVi: `dòng có ${fields.length} trường, dòng tiêu đề có ${header.fields.length} trường`,
        fix: `Give each line the fields of the header, separated by ${delimiterName}; quote a value that contains it.`,
        fixVi: `Mỗi dòng phải có đủ các trường như dòng tiêu đề, phân cách bằng ${delimiterNameVi}; đặt giá trị có chứa dấu này trong dấu ngoặc kép.`,
      });
      continue;
    }
    const province = readProvince(fields[at('province')] ?? '', line, at('province') + 1);
    const metric = readMetric(fields[at('metric')] ?? '', line, at('metric') + 1);
    const month = readMonth(fields[at('month')] ?? '', line, at('month') + 1);
    const valueText = fields[at('value')] ?? '';
    const parsed = parseNumberText(valueText, 'whole'); // plan tables hold whole numbers
    if (!parsed.ok) {
      const { message, messageVi } = parsed;
      report(parsed.reason, line, at('value') + 1, valueText, { message, messageVi, ...numberFix(parsed.reason) });
    }
    if (metric !== null && !metricFirstLine.has(metric)) metricFirstLine.set(metric, line);
    if (province === null || metric === null || month === null) continue;

    const byProvince = slots.get(metric) ?? new Map<string, Map<string, Slot>>();
    slots.set(metric, byProvince);
    const byMonth = byProvince.get(province.code) ?? new Map<string, Slot>();
    byProvince.set(province.code, byMonth);
    const first = byMonth.get(month);
    if (first) {
      const what = `${province.code === NATIONAL ? 'the national row' : `province ${province.code}`}, ${metric}, ${month === TOTAL ? 'period total' : month}`;
      const whatVi = `${province.code === NATIONAL ? 'dòng Toàn quốc' : `tỉnh mã ${province.code}`}, ${metric}, ${month === TOTAL ? 'tổng cả kỳ' : month}`;
      report('DUPLICATE_CELL', line, at('value') + 1, valueText, {
        message: `${what} is already given on line ${first.line}`,
        messageVi: `${whatVi} đã có ở dòng ${first.line}`,
        fix: 'Remove one of the two lines, or correct its province, metric or month.',
        fixVi: 'Xóa một trong hai dòng, hoặc sửa lại tỉnh, chỉ tiêu hay tháng của dòng.',
      });
      continue;
    }
    const cell = parsed.ok ? { value: parsed.value, text: valueText, line, column: at('value') + 1 } : null;
    byMonth.set(month, { cell, name: province.name, line });
  }

  if (data.length === 0 && problems.length === 0) {
    report('EMPTY_TABLE', null, null, null, {
      message: 'the file has a header but no rows',
      messageVi: 'tệp có dòng tiêu đề nhưng không có dòng số liệu nào',
      fix: 'Add one line per province, metric and month.',
      fixVi: 'Ghi mỗi tổ hợp tỉnh, chỉ tiêu và tháng trên một dòng.',
    });
  }
  for (const metric of source.metrics ?? []) {
    if (catalogueKeys.includes(metric) && !metricFirstLine.has(metric)) {
      report('MISSING_METRIC', null, null, metric, {
        message: `the manifest lists ${metric} for this file, but no line has it`,
        messageVi: `manifest.json khai báo chỉ tiêu ${metric} cho tệp này nhưng không dòng nào có chỉ tiêu đó`,
        fix: `Add the lines of ${metric}, or remove it from the manifest's "metrics" for this file.`,
        fixVi: `Bổ sung các dòng của ${metric}, hoặc bỏ chỉ tiêu này khỏi mục "metrics" của tệp trong manifest.json.`,
      });
    }
  }

  const metrics = catalogueKeys.filter((key) => slots.has(key));
  for (const metric of metrics) {
    const byProvince = slots.get(metric) ?? new Map<string, Map<string, Slot>>();
    for (const province of context.provinces) {
      const byMonth = byProvince.get(province.code);
      if (!byMonth) {
        report('MISSING_PROVINCE', null, null, null, {
          message: `${province.nameVi} (code ${province.code}) has no line for ${metric}`,
          messageVi: `${province.nameVi} (mã ${province.code}) không có dòng nào cho ${metric}`,
          fix: `Add the lines of ${province.nameVi} for ${metric}: the period total and each month.`,
          fixVi: `Bổ sung các dòng của ${province.nameVi} cho ${metric}: tổng cả kỳ và từng tháng.`,
        });
      } else checkComplete(metric, { en: province.nameVi, vi: province.nameVi }, byMonth);
    }
    const national = byProvince.get(NATIONAL);
    if (national) checkComplete(metric, { en: 'the national row', vi: 'dòng Toàn quốc' }, national);
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
    const row = metricFirstLine.get(metric) ?? 0;
    return { table, row, column: header.fields[at('metric')]?.trim() || null, columnNumber: at('metric') + 1 };
  });
  const identifications: MetricIdentification[] = metrics.map((metric, index) => ({
    file,
    block: index + 1,
    metric,
    source: 'metric column',
    text: metric,
  }));
  return { tables, identifications, problems };

  /** `who` names the province or the national row in each language. */
  function checkComplete(metric: string, who: { en: string; vi: string }, byMonth: Map<string, Slot>): void {
    if (!byMonth.has(TOTAL)) {
      report('MISSING_TOTAL', null, null, null, {
        message: `${who.en} has no period total for ${metric}`,
        messageVi: `${who.vi} không có tổng cả kỳ của ${metric}`,
        fix: `Add a line for ${who.en}, ${metric}, month "total".`,
        fixVi: `Bổ sung một dòng cho ${who.vi}, ${metric}, tháng "total".`,
      });
    }
    for (const month of context.periodMonths) {
      if (!byMonth.has(month)) {
        report('MISSING_MONTH', null, null, month, {
          message: `${who.en} has no value for ${metric} in ${month}`,
          messageVi: `${who.vi} không có giá trị ${metric} của tháng ${month}`,
          fix: `Add a line for ${who.en}, ${metric}, month ${month}.`,
          fixVi: `Bổ sung một dòng cho ${who.vi}, ${metric}, tháng ${month}.`,
        });
      }
    }
  }

  function readProvince(text: string, line: number, column: number): { code: string; name: string } | null {
    const trimmed = text.trim();
    if (NATIONAL_NAMES.has(foldText(trimmed)) || trimmed === '00') return { code: NATIONAL, name: trimmed };
    const reading = provinceReader.read(trimmed);
    if (reading.code === null) {
      report('UNKNOWN_PROVINCE', line, column, text, reading.refusal);
      return null;
    }
    // A row given by code is named as the reference names it; one given by name, as written.
    return { code: reading.code, name: reading.by === 'code' ? (nameByCode.get(reading.code) ?? trimmed) : trimmed };
  }

  function readMetric(text: string, line: number, column: number): string | null {
    const key = text.trim().toLowerCase();
    if (!catalogueKeys.includes(key)) {
      report('UNKNOWN_METRIC', line, column, text, {
        message: `"${text}" is not a metric of the catalogue`,
        messageVi: `"${text}" không có trong danh mục chỉ tiêu`,
        fix: `Write one of the metric keys ${catalogueKeys.join(', ')}.`,
        fixVi: `Ghi một trong các mã chỉ tiêu ${catalogueKeys.join(', ')}.`,
      });
      return null;
    }
    if (source.metrics && !source.metrics.includes(key)) {
      report('UNKNOWN_METRIC', line, column, text, {
        message: `the manifest does not list ${key} for this file (it lists ${source.metrics.join(', ')})`,
        messageVi: `manifest.json không khai báo chỉ tiêu ${key} cho tệp này (chỉ khai báo ${source.metrics.join(', ')})`,
        fix: `Add ${key} to the manifest's "metrics" for this file, or remove its lines.`,
        fixVi: `Thêm ${key} vào mục "metrics" của tệp này trong manifest.json, hoặc xóa các dòng của chỉ tiêu này.`,
      });
      return null;
    }
    return key;
  }

  function readMonth(text: string, line: number, column: number): string | null {
    const trimmed = text.trim();
    if (TOTAL_NAMES.has(foldText(trimmed))) return TOTAL;
    const month = parseMonthLabel(trimmed, context.periodMonths);
    if (month && 'month' in month) return month.month;
    report(month?.kind ?? 'UNKNOWN_MONTH', line, column, text, {
      message: month?.error ?? `"${text}" is neither a month nor "total"`,
      messageVi: month?.errorVi ?? `"${text}" không phải là tháng, cũng không phải "total"`,
      fix: `Write the month as YYYY-MM within the plan period (${context.periodMonths.join(', ')}), or "total" for the period total.`,
      fixVi: `Ghi tháng theo dạng YYYY-MM trong kỳ kế hoạch (${context.periodMonths.join(', ')}), hoặc ghi "total" cho tổng cả kỳ.`,
    });
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
