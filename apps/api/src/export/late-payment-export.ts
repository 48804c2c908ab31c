import type { ExportColumn, ExportTable, ExportValue } from './export-table';

// The columns of the late-payment dataset: every province at every month end of the contribution ledger
// (libs/warehouse queries/late-payment-province-month.sql, which also writes the Parquet file directly).
const COLUMNS: readonly { name: string; type: ExportColumn['type'] }[] = [
  { name: 'province_code', type: 'VARCHAR' },
  { name: 'province_name', type: 'VARCHAR' },
  { name: 'region', type: 'VARCHAR' },
  { name: 'month', type: 'VARCHAR' },
  { name: 'as_of', type: 'DATE' },
  { name: 'employers', type: 'INTEGER' },
  { name: 'receivable', type: 'DOUBLE' },
  { name: 'overdue', type: 'DOUBLE' },
  { name: 'ratio', type: 'DOUBLE' },
];

export function latePaymentTable(rows: readonly Record<string, unknown>[]): ExportTable {
  return {
    dataset: 'late-payment',
    columns: COLUMNS.map((column) => ({
      ...column,
      values: rows.map((row) => valueOf(row[column.name], column.type)),
    })),
  };
}

function valueOf(value: unknown, type: ExportColumn['type']): ExportValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (type === 'DOUBLE' || type === 'INTEGER') return Number(value);
  return String(value);
}
