import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { METRICS } from '@scorecard/domain';
import { DateDay, Float64, Table, TimestampMillisecond, Utf8, tableToIPC, vectorFromArray } from 'apache-arrow';
import ExcelJS from 'exceljs';
import { readProvinceReference } from '../../reference/province-reference.reader';
import type { ActualRow, ActualSourceContext, ActualSourceFile } from '../actual-source.reader';

// One small report, ~20 figures of several provinces and metrics, written the ways provinces send it: a CSV as
// typed by hand (codes and names, keys and Vietnamese labels, thousands separators, dd/mm/yyyy), a workbook with
// date cells, and Parquet and Arrow files with typed columns. Every version must read to the same rows.

export const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

export const PERIOD = { start: '2021-01-01', end: '2021-12-31' };

export async function actualsContext(): Promise<ActualSourceContext> {
  const provinces = await readProvinceReference(`${repoRoot}data/reference/provinces63.csv`);
  return { provinces, metrics: METRICS, period: PERIOD };
}

export type FixtureRow = {
  /** As written in every file. */
  province: string;
  metric: string;
  /** What the reader must make of it. */
  code: string;
  key: string;
  reportDate: string;
  value: number;
  submittedAt: string | null;
  /** How the CSV writes the date, the value and the time (the binary files store them typed). */
  csv: { date: string; value: string; submitted: string };
};

const row = (
  province: string,
  code: string,
  metric: string,
  key: string,
  reportDate: string,
  value: number,
  submittedAt: string | null,
  csv: { date?: string; value?: string; submitted?: string } = {},
): FixtureRow => ({
  province,
  metric,
  code,
  key,
  reportDate,
  value,
  submittedAt,
  csv: {
    date: csv.date ?? reportDate,
    value: csv.value ?? String(value),
    submitted: csv.submitted ?? submittedAt ?? '',
  },
});

export const FIXTURE_ROWS: readonly FixtureRow[] = [
  row('01', '01', 'dev_compulsory_si', 'dev_compulsory_si', '2021-10-15', 12345, '2021-10-15T16:30:00', {
    value: '12,345',
  }),
  row('Hà Nội', '01', 'revenue', 'revenue', '2021-10-15', 1234567.5, '2021-10-15T16:30:00', {
    date: '15/10/2021',
    value: '1,234,567.5',
    submitted: '15/10/2021 16:30',
  }),
  row(
    'TP. Hồ Chí Minh',
    '79',
    'Chỉ tiêu thu (tổng số phải thu)',
    'revenue',
    '2021-10-15',
    2500000.25,
    '2021-10-15T17:05:00',
    {
      value: '2.500.000,25',
      submitted: '2021-10-15 17:05:00',
    },
  ),
  row('79', '79', 'dev_voluntary_si', 'dev_voluntary_si', '2021-10-15', 8200, null, { value: '8.200' }),
  row('Đắk Lắk', '66', 'BHYT', 'dev_health_insurance', '2021-10-15', 45678, '2021-10-16T08:00:00', {
    date: '15/10/2021',
    value: '45 678',
    submitted: '16/10/2021 08:00',
  }),
  row(
    'Thừa Thiên Huế',
    '46',
    'Phát triển người tham gia BHXH tự nguyện',
    'dev_voluntary_si',
    '2021-10-31',
    950,
    '2021-10-31T15:00:00',
    {
      date: '31/10/2021',
    },
  ),
  row('12', '12', 'overdue_unit_inspections', 'overdue_unit_inspections', '2021-10-31', 3, '2021-11-01T09:00:00'),
  row('Bà Rịa - Vũng Tàu', '77', 'tax_data_reviews', 'tax_data_reviews', '2021-10-31', 1520, null),
  // A correction of the first row, sent the next morning.
  row('01', '01', 'dev_compulsory_si', 'dev_compulsory_si', '2021-10-15', 12400, '2021-10-16T09:00:00', {
    value: '12.400',
    submitted: '16/10/2021 09:00:00',
  }),
  row('Lai Châu', '12', 'outreach_conferences', 'outreach_conferences', '2021-10-31', 2, null),
  row('92', '92', 'REVENUE', 'revenue', '2021-10-31', 98765.4, '2021-10-31T16:00:00'),
  row('Cần Thơ', '92', 'bhxh bắt buộc', 'dev_compulsory_si', '2021-10-31', 4321, '2021-10-31T16:00:00', {
    date: '31/10/2021',
  }),
  row('48', '48', 'dev_health_insurance', 'dev_health_insurance', '2021-11-15', 0, '2021-11-15T10:00:00'),
  row('Đà Nẵng', '48', 'Thu', 'revenue', '2021-11-15', 345678, '2021-11-15T10:00:00'),
  row('31', '31', 'dev_compulsory_si', 'dev_compulsory_si', '2021-11-15', 22222, '2021-11-15T11:30:00', {
    value: '22,222',
    date: '15/11/2021',
  }),
  row('Hải Phòng', '31', 'BHXH tự nguyện', 'dev_voluntary_si', '2021-11-15', 1111, '2021-11-15T11:30:00'),
  row('38', '38', 'revenue', 'revenue', '2021-11-30', 1000000, '2021-11-30T16:00:00', { value: '1.000.000' }),
  // A correction of the previous row, with decimals.
  row('Thanh Hóa', '38', 'revenue', 'revenue', '2021-11-30', 1000500.75, '2021-12-01T08:15:00', {
    value: '1,000,500.75',
    submitted: '01/12/2021 08:15',
  }),
  row('40', '40', 'tax_data_reviews', 'tax_data_reviews', '2021-11-30', 250, '2021-11-30T16:00:00'),
  row('Nghệ An', '40', 'outreach_conferences', 'outreach_conferences', '2021-11-30', 4, '2021-11-30T16:00:00', {
    date: '30/11/2021',
  }),
  row('Khánh Hòa', '56', 'Thanh tra đơn vị nợ', 'overdue_unit_inspections', '2021-12-15', 7, null),
];

/** What every version of the report must read to, apart from file and row. */
export const EXPECTED_ROWS: readonly Omit<ActualRow, 'file' | 'sourceRow'>[] = FIXTURE_ROWS.map((fixture) => ({
  provinceCode: fixture.code,
  metric: fixture.key,
  reportDate: fixture.reportDate,
  value: fixture.value,
  submittedAt: fixture.submittedAt,
}));

export const HEADER = ['province', 'metric', 'report_date', 'value', 'submitted_at'];

const encode = (text: string) => new TextEncoder().encode(text);

function csvField(text: string, delimiter: string): string {
  return text.includes(delimiter) || text.includes('"') || text.includes('\n') ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvText(lines: readonly (readonly string[])[], delimiter = ','): string {
  return `${lines.map((line) => line.map((field) => csvField(field, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}

export function fixtureCsvLines(rows: readonly FixtureRow[] = FIXTURE_ROWS): string[][] {
  return [HEADER, ...rows.map((r) => [r.province, r.metric, r.csv.date, r.csv.value, r.csv.submitted])];
}

export function csvFile(name: string, lines: readonly (readonly string[])[], delimiter = ','): ActualSourceFile {
  return { name, bytes: encode(csvText(lines, delimiter)) };
}

/** A date or date-time as exceljs stores a date cell: the UTC instant of the wall-clock time. */
export const excelDate = (wallClock: string) =>
  new Date(`${wallClock.length === 10 ? `${wallClock}T00:00:00` : wallClock}Z`);

export type SheetSpec = {
  name: string;
  rows: readonly (readonly ExcelJS.CellValue[])[];
  state?: 'visible' | 'hidden';
  /** Ranges to merge, e.g. "B2:B3". */
  merges?: readonly string[];
};

export async function workbookBytes(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { state: spec.state ?? 'visible' });
    spec.rows.forEach((cells, index) => {
      cells.forEach((value, column) => {
        if (value !== null && value !== undefined) sheet.getCell(index + 1, column + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The report as a workbook: numbers in number cells, dates in date cells (every other one typed as text). */
export function fixtureSheetRows(rows: readonly FixtureRow[] = FIXTURE_ROWS): ExcelJS.CellValue[][] {
  return [
    HEADER,
    ...rows.map((r, index) => [
      r.province,
      r.metric,
      index % 2 === 0 ? excelDate(r.reportDate) : r.reportDate.split('-').reverse().join('/'),
      r.value,
      r.submittedAt === null ? null : excelDate(r.submittedAt),
    ]),
  ];
}

export type ParquetColumn = { name: string; type: string };
export type ParquetSpec = { columns: readonly ParquetColumn[]; rows: readonly (readonly (string | number | null)[])[] };

/** A Parquet file written by DuckDB from rows bound as parameters and cast to the columns' types. */
export async function parquetBytes(spec: ParquetSpec): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'actuals-fixture-'));
  const instance = await DuckDBInstance.create(':memory:', { autoinstall_known_extensions: 'false' });
  const connection = await instance.connect();
  try {
    const columns = spec.columns.map((column) => `"${column.name}" ${column.type}`).join(', ');
    await connection.run(`CREATE TABLE report (${columns})`);
    const placeholders = spec.columns.map((column, index) => `CAST($${index + 1} AS ${column.type})`).join(', ');
    for (const values of spec.rows) {
      await connection.run(`INSERT INTO report VALUES (${placeholders})`, [...values]);
    }
    const path = join(folder, 'report.parquet');
    await connection.run(`COPY (SELECT * FROM report) TO '${path}' (FORMAT parquet)`);
    return new Uint8Array(await readFile(path));
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(folder, { recursive: true, force: true });
  }
}

export const FIXTURE_PARQUET: ParquetSpec = {
  columns: [
    { name: 'province', type: 'VARCHAR' },
    { name: 'metric', type: 'VARCHAR' },
    { name: 'report_date', type: 'DATE' },
    { name: 'value', type: 'DOUBLE' },
    { name: 'submitted_at', type: 'TIMESTAMP' },
  ],
  rows: FIXTURE_ROWS.map((r) => [r.province, r.metric, r.reportDate, r.value, r.submittedAt]),
};

/** The report as Arrow IPC with typed columns: DATE (days), DOUBLE, TIMESTAMP (milliseconds, no zone). */
export function fixtureArrowBytes(format: 'file' | 'stream', rows: readonly FixtureRow[] = FIXTURE_ROWS): Uint8Array {
  const table = new Table({
    province: vectorFromArray(
      rows.map((r) => r.province),
      new Utf8(),
    ),
    metric: vectorFromArray(
      rows.map((r) => r.metric),
      new Utf8(),
    ),
    report_date: vectorFromArray(
      rows.map((r) => excelDate(r.reportDate)),
      new DateDay(),
    ),
    value: vectorFromArray(
      rows.map((r) => r.value),
      new Float64(),
    ),
    submitted_at: vectorFromArray(
      rows.map((r) => (r.submittedAt === null ? null : excelDate(r.submittedAt))),
      new TimestampMillisecond(),
    ),
  });
  return tableToIPC(table, format);
}

/**
 * A small Arrow IPC file (five columns, three records) with a few bytes of its metadata damaged, found by mutating
 * files at random: apache-arrow 21 reads it into an endless allocation until the process runs out of memory.
 */
export const DAMAGED_ARROW_FILE = Uint8Array.from(
  Buffer.from(
    'QVJST1cxAAD/////sAAAABQAAAAAAAAADAAcABoAEwAUAAQADAAAABgAAAAAAAAAAAAAAAAAAAIQAAAAAAAEAAgACgAAAAQACAAAABAAAAAAAAoAGAAMAAgABAAKAAAAFAAAAEgAAAACAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAAAQAAAAAAAAAAgAAAAAAAAAAAAAAAEAAA4CAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAACAAAAAAAAAGFiAAAAAAAA/////1gBAAAUAAAAAAAAAAwAFgAUAA8AEAAEAAwAAABoAAAAAAAAAAAAAAMQAAAABAAKABgADAAIAAQACgAAABQAAADIAAAAAwAAAAAAAAAAAAAACwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABAAAAAAAAAAEAAAAAAAAAAIAAAAAAAAABgAAAAAAAAAAAAAAAAAAAAYAAAAAAAAABAAAAAAAAAAKAAAAAAAAAAAAAAAAAAAACgAAAAAAAAAEAAAAAAAAAA4AAAAAAAAAAAAAAAAAAAAOAAAAAAAAAAYAAAAAAAAAFAAAAAAAAAAAAAAAAAAAABQAAAAAAAAABgAAAAAAAAAAAAAAAUAAAADAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAMAAAAAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAwAAAAAAAAAAAAAAAAAAAAAAAAACAAAABAAAAAYAAAAwMTAyMDQAAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA8D8AAAAAAAAAQAAAAAAAAAhA/////wAAAAAQAAAADAAUAA4AEAAEAAgADAAAABAAAAAsAAAAAAAEAEAAAAABAAAACAAAAAAAAAC4AAAAAAAAABgAAAAAAAAAAAAAAAEAAADYAAAAAAAAAGABAAAAAAAAaAAAAAAAAAAY////BAAAAAUAAAAQAQAArAAAAGQAAAA0AAAABAAAABT///8UAAAAAAAAARQAAAAAAAADEAAAAAEAAAB2AAAAAAAAAKb///8AAAIAQP///xQAAAAAAAABFAAAAAAAAAoQAAAAAgAAAHRzAAAAAAAA0v///wAAAQBs////FAAAAAAAAAEUAAAAAAAACBgAAAABAAAAZAAAAAAAAAAAAAYACAAGAAYAAAAAAAAAEAAcAAgADwAXABgABAAQABAAAAAwAAAAFAAAAAAAAAEUAAAAAAAABRAAAAABAAAAbQAAAAAAAACc////CAAIAAAABAAIAAAADAAAAAgADAAIAAcACAAAAAAAAAEgAAAAEAAYAAQACwATABQAAAAMABAAAAAUAAAAAAAAARwAAAAAAAAFHAAAAAgAAABwcm92aW5jZQAAAAAAAAAABAAEAAQAAACwAQAAQVJST1cx',
    'base64',
  ),
);
