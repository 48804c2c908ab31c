import { DuckDBTypeId, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import type { Column, ColumnType } from '../connection/bulk-insert';
import type { WarehouseDatabase } from '../connection/warehouse-database';

// A dataset to download, as one SQL text with bound parameters: read as typed columns for CSV, XLSX and Arrow,
// or written as Parquet by DuckDB straight from the same text (parquetOfQuery), so every format holds the same
// rows under the same names.

export type ExportQuery = { sql: string; params: Record<string, DuckDBValue> };

/** The export type of each DuckDB type a dataset uses; any other (text, enum, UUID…) is written as text. */
const COLUMN_TYPES: Partial<Record<DuckDBTypeId, ColumnType>> = {
  [DuckDBTypeId.BOOLEAN]: 'BOOLEAN',
  [DuckDBTypeId.TINYINT]: 'INTEGER',
  [DuckDBTypeId.SMALLINT]: 'INTEGER',
  [DuckDBTypeId.INTEGER]: 'INTEGER',
  [DuckDBTypeId.BIGINT]: 'INTEGER',
  [DuckDBTypeId.UTINYINT]: 'INTEGER',
  [DuckDBTypeId.USMALLINT]: 'INTEGER',
  [DuckDBTypeId.UINTEGER]: 'INTEGER',
  [DuckDBTypeId.FLOAT]: 'DOUBLE',
  [DuckDBTypeId.DOUBLE]: 'DOUBLE',
  [DuckDBTypeId.DECIMAL]: 'DOUBLE',
  [DuckDBTypeId.HUGEINT]: 'DOUBLE',
  [DuckDBTypeId.UBIGINT]: 'DOUBLE',
  [DuckDBTypeId.DATE]: 'DATE',
  [DuckDBTypeId.TIMESTAMP]: 'TIMESTAMP',
};

function columnTypeOf(type: DuckDBType): ColumnType {
  return COLUMN_TYPES[type.typeId] ?? 'VARCHAR';
}

/** A value as the export tables carry it: numbers as numbers, a date as YYYY-MM-DD, a time as its wall clock. */
function exportValue(value: unknown, type: ColumnType): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return type === 'DATE' ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** The answer of `query` as typed columns, in the query's own order and names. */
export async function columnsOfQuery(db: WarehouseDatabase, query: ExportQuery): Promise<Column[]> {
  return db.withConnection(async (connection) => {
    const reader = await connection.runAndReadAll(query.sql, query.params);
    const types = reader.columnTypes().map(columnTypeOf);
    const values = reader.getColumnsJS();
    return reader.columnNames().map((name, index) => {
      const type = types[index] ?? 'VARCHAR';
      return { name, type, values: (values[index] ?? []).map((value) => exportValue(value, type)) };
    });
  });
}
