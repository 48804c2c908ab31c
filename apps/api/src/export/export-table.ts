// A dataset to download, described once and written as CSV, XLSX, Arrow IPC or Parquet with the same columns, the
// same names and real types (numbers stay numbers, dates are dates).
import ExcelJS from 'exceljs';
import {
  Bool,
  DateDay,
  Float64,
  Int32,
  Table,
  TimestampMillisecond,
  Utf8,
  tableToIPC,
  vectorFromArray,
  type DataType,
  type Vector,
} from 'apache-arrow';
import type { Column, ColumnType } from '@scorecard/warehouse';

export type ExportValue = string | number | boolean | null;
export type ExportColumn = { name: string; type: ColumnType; values: readonly ExportValue[] };
export type ExportTable = { dataset: string; columns: ExportColumn[] };

export const EXPORT_FORMATS = ['csv', 'xlsx', 'arrow', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  arrow: 'application/vnd.apache.arrow.stream',
  parquet: 'application/vnd.apache.parquet',
};

export async function encodeTable(
  table: ExportTable,
  format: ExportFormat,
  parquet: { parquetOf(columns: readonly Column[]): Promise<Buffer> },
): Promise<Buffer> {
  switch (format) {
    case 'csv':
      return Buffer.from(toCsv(table), 'utf8');
    case 'xlsx':
      return toXlsx(table);
    case 'arrow':
      return Buffer.from(tableToIPC(toArrow(table), 'stream'));
    case 'parquet':
      return parquet.parquetOf(table.columns);
  }
}

/** RFC 4180 with a UTF-8 byte-order mark, so Excel opens the Vietnamese names right; dates as YYYY-MM-DD. */
export function toCsv(table: ExportTable): string {
  const cell = (value: ExportValue) => {
    if (value === null) return '';
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const rows = rowCount(table);
  const lines = [table.columns.map((column) => cell(column.name)).join(',')];
  for (let i = 0; i < rows; i += 1) lines.push(table.columns.map((column) => cell(column.values[i] ?? null)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Arrow with the column's own type: a date is a Date32, a wall-clock time a millisecond timestamp (no zone). */
export function toArrow(table: ExportTable): Table {
  const vectors: Record<string, Vector> = {};
  for (const column of table.columns) vectors[column.name] = arrowVector(column);
  return new Table(vectors);
}

function arrowVector(column: ExportColumn): Vector {
  const of = <T extends DataType>(type: T, convert: (value: string | number | boolean) => unknown) =>
    vectorFromArray(
      column.values.map((value) => (value === null ? null : convert(value))),
      type,
    ) as Vector;
  switch (column.type) {
    case 'DOUBLE':
      return of(new Float64(), Number);
    case 'INTEGER':
      return of(new Int32(), Number);
    case 'BOOLEAN':
      return of(new Bool(), Boolean);
    case 'DATE':
      return of(new DateDay(), (value) => new Date(`${String(value)}T00:00:00Z`));
    case 'TIMESTAMP':
      return of(new TimestampMillisecond(), (value) => Date.parse(`${String(value)}Z`));
    case 'VARCHAR':
      return of(new Utf8(), String);
  }
}

async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.dataset);
  sheet.columns = table.columns.map((column) => ({ header: column.name, key: column.name, width: 16 }));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const rows = rowCount(table);
  for (let i = 0; i < rows; i += 1) {
    sheet.addRow(
      table.columns.map((column) => {
        const value = column.values[i] ?? null;
        if (typeof value !== 'string') return value;
        if (column.type === 'DATE') return new Date(`${value}T00:00:00Z`);
        return column.type === 'TIMESTAMP' ? new Date(`${value}Z`) : value;
      }),
    );
  }
  table.columns.forEach((column, index) => {
    if (column.type === 'DATE') sheet.getColumn(index + 1).numFmt = 'dd/mm/yyyy';
    if (column.type === 'TIMESTAMP') sheet.getColumn(index + 1).numFmt = 'dd/mm/yyyy hh:mm:ss';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rowCount(table: ExportTable): number {
  return table.columns[0]?.values.length ?? 0;
}
