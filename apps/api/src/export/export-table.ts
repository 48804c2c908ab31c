// A dataset to download, described once and written as CSV, XLSX, Arrow IPC or Parquet with the same columns, the
// same names and real types (numbers stay numbers, dates are dates).
import ExcelJS from 'exceljs';
import { tableFromArrays, tableToIPC, type Table } from 'apache-arrow';
import type { Column, ColumnType, WarehouseDatabase } from '@scorecard/warehouse';
import { parquetOf } from '@scorecard/warehouse';

export type ExportValue = string | number | boolean | null;
export type ExportColumn = { name: string; type: ColumnType; values: ExportValue[] };
export type ExportTable = { dataset: string; columns: ExportColumn[] };

export const EXPORT_FORMATS = ['csv', 'xlsx', 'arrow', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  arrow: 'application/vnd.apache.arrow.stream',
  parquet: 'application/vnd.apache.parquet',
};

export async function encodeTable(table: ExportTable, format: ExportFormat, db: WarehouseDatabase): Promise<Buffer> {
  switch (format) {
    case 'csv':
      return Buffer.from(toCsv(table), 'utf8');
    case 'xlsx':
      return toXlsx(table);
    case 'arrow':
      return Buffer.from(tableToIPC(toArrow(table), 'stream'));
    case 'parquet':
      return parquetOf(db, table.columns as Column[]);
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

export function toArrow(table: ExportTable): Table {
  const arrays: Record<string, unknown[]> = {};
  for (const column of table.columns) {
    arrays[column.name] =
      column.type === 'DOUBLE' || column.type === 'INTEGER'
        ? column.values.map((value) => (value === null ? null : Number(value)))
        : column.values;
  }
  return tableFromArrays(arrays as Parameters<typeof tableFromArrays>[0]);
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
        return column.type === 'DATE' && typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
      }),
    );
  }
  table.columns.forEach((column, index) => {
    if (column.type === 'DATE') sheet.getColumn(index + 1).numFmt = 'dd/mm/yyyy';
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function rowCount(table: ExportTable): number {
  return table.columns[0]?.values.length ?? 0;
}
