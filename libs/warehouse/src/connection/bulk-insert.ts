import {
  BOOLEAN,
  DOUBLE,
  INTEGER,
  LIST,
  VARCHAR,
  listValue,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';

export type ColumnType = 'VARCHAR' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN' | 'DATE' | 'TIMESTAMP';
export type Column = { name: string; type: ColumnType; values: readonly (string | number | boolean | null)[] };

const TRANSPORT_TYPES: Record<ColumnType, DuckDBType> = {
  VARCHAR,
  DOUBLE,
  INTEGER,
  BOOLEAN,
  DATE: VARCHAR,
  TIMESTAMP: VARCHAR,
};

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const ROWS_PER_STATEMENT = 2_000;

/**
 * Inserts column arrays in one bound statement (each column bound as a list and unnested), so a few
 * thousand rows go in with one round trip and no value is ever spliced into SQL text.
 * Dates and timestamps travel as ISO strings and are cast by DuckDB.
 */
export async function insertColumns(
  connection: DuckDBConnection,
  table: string,
  columns: readonly Column[],
): Promise<number> {
  const length = columns[0]?.values.length ?? 0;
  if (length === 0) return 0;
  for (const name of [table, ...columns.map((column) => column.name)]) {
    if (!IDENTIFIER.test(name)) throw new Error(`not a plain identifier: ${name}`);
  }
  if (columns.some((column) => column.values.length !== length))
    throw new Error(`columns of ${table} differ in length`);
  const selects = columns.map((column, index) => {
    const transport = column.type === 'DATE' || column.type === 'TIMESTAMP' ? 'VARCHAR' : column.type;
    const cast = transport === column.type ? '' : `::${column.type}`;
    return `unnest($${index + 1}::${transport}[])${cast} AS ${column.name}`;
  });
  const sql = `INSERT INTO ${table} (${columns.map((column) => column.name).join(', ')}) SELECT ${selects.join(', ')}`;
  // The list types are given explicitly: inferred from the values, a list that starts with NULL loses its type.
  // Many rows go in slices: turning values into DuckDB lists runs on the event loop, and between slices the server
  // answers other requests.
  const types = columns.map((column) => LIST(TRANSPORT_TYPES[column.type]));
  for (let start = 0; start < length; start += ROWS_PER_STATEMENT) {
    const end = Math.min(length, start + ROWS_PER_STATEMENT);
    await connection.run(
      sql,
      columns.map((column) => listValue(column.values.slice(start, end) as DuckDBValue[])),
      types,
    );
  }
  return length;
}
