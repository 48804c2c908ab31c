import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { DuckDBDataChunk, VARCHAR, BIGINT, type DuckDBConnection } from '@duckdb/node-api';
import { DataType, tableFromIPC } from 'apache-arrow';
import { LedgerImportError } from './ledger-import.errors';

// Each ledger file becomes a relation of text columns plus its row number, whatever its format, so one set of
// checks (ledger-import.ts) serves Parquet, CSV and Arrow IPC. Parquet and CSV are read by DuckDB itself;
// Arrow IPC (which DuckDB's Node binding cannot read) is read with apache-arrow and appended in chunks.

export type LedgerTable = 'employers' | 'dues' | 'payments';

export const LEDGER_COLUMNS: Readonly<Record<LedgerTable, readonly string[]>> = {
  employers: ['employer_id', 'name', 'province', 'district', 'ownership', 'workers'],
  dues: ['employer_id', 'month', 'amount'],
  payments: ['employer_id', 'paid_on', 'amount'],
};

const quote = (path: string) => `'${path.replaceAll("'", "''")}'`;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Typed reading of each column that is not text, whatever the file stores (NULL where it cannot be read). */
const TYPED: Readonly<Record<string, string>> = {
  workers: 'DOUBLE',
  month: 'DATE',
  paid_on: 'DATE',
  amount: 'DOUBLE',
};

/**
 * A temp view `staged_<table>` with source_row, every column as VARCHAR (for messages) and, for numbers and
 * dates, `<column>_v` read as its type straight from the file's own type (no detour through text).
 */
export async function stageLedgerFile(connection: DuckDBConnection, table: LedgerTable, path: string): Promise<void> {
  const file = basename(path);
  const extension = extname(path).toLowerCase();
  const view = `staged_${table}`;
  let relation: string;
  let rowExpression: string;
  if (extension === '.parquet') {
    relation = `read_parquet(${quote(path)}, file_row_number = true)`;
    rowExpression = 'file_row_number + 1';
  } else if (extension === '.csv') {
    relation = `read_csv(${quote(path)}, header = true, all_varchar = true)`;
    // The header is line 1; insertion order is kept, so row_number follows the file.
    rowExpression = 'row_number() OVER () + 1';
  } else if (extension === '.arrow' || extension === '.arrows' || extension === '.ipc' || extension === '.feather') {
    await stageArrow(connection, table, path);
    relation = `arrow_${table}`;
    rowExpression = 'source_row';
  } else {
    throw new LedgerImportError([
      {
        file,
        row: null,
        column: null,
        value: extension || null,
        message: `"${extension}" is not a ledger format`,
        fix: 'Give the ledger as Parquet (.parquet), CSV (.csv) or Arrow IPC (.arrow).',
      },
    ]);
  }
  let columns: string[];
  try {
    columns = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${relation}`))
      .getRowObjectsJS()
      .map((row) => String(row['column_name']));
  } catch (error) {
    throw new LedgerImportError([
      {
        file,
        row: null,
        column: null,
        value: null,
        message: `the file cannot be read as ${extension.slice(1)}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        fix: `Check that the file is a complete ${extension.slice(1)} file (not cut short, not another format).`,
      },
    ]);
  }
  const missing = LEDGER_COLUMNS[table].filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new LedgerImportError(
      missing.map((column) => ({
        file,
        row: null,
        column,
        value: null,
        message: `the column ${column} is missing (the file has: ${columns.join(', ')})`,
        fix: `Name the ${table} columns ${LEDGER_COLUMNS[table].join(', ')}.`,
      })),
    );
  }
  const select = LEDGER_COLUMNS[table].flatMap((column) => [
    `CAST(${ident(column)} AS VARCHAR) AS ${ident(column)}`,
    ...(TYPED[column] ? [`TRY_CAST(${ident(column)} AS ${TYPED[column]}) AS ${ident(`${column}_v`)}`] : []),
  ]);
  await connection.run(
    `CREATE OR REPLACE TEMP VIEW ${view} AS SELECT ${rowExpression} AS source_row, ${select.join(', ')} FROM ${relation}`,
  );
}

const CHUNK = 2048;

async function stageArrow(connection: DuckDBConnection, table: LedgerTable, path: string): Promise<void> {
  let arrow;
  try {
    arrow = tableFromIPC(readFileSync(path));
  } catch (error) {
    throw new LedgerImportError([
      {
        file: basename(path),
        row: null,
        column: null,
        value: null,
        message: `the file cannot be read as Arrow IPC: ${error instanceof Error ? error.message : String(error)}`,
        fix: 'Write the file with an Arrow library as an IPC file or stream (.arrow).',
      },
    ]);
  }
  const names = arrow.schema.fields.map((field) => field.name);
  const staging = `arrow_${table}`;
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${staging} (source_row BIGINT, ${names.map((n) => `${ident(n)} VARCHAR`).join(', ')})`,
  );
  const appender = await connection.createAppender(staging);
  const vectors = names.map((name) => arrow.getChild(name));
  const dates = arrow.schema.fields.map((field) => DataType.isDate(field.type) || DataType.isTimestamp(field.type));
  const types = [BIGINT, ...names.map(() => VARCHAR)];
  for (let start = 0; start < arrow.numRows; start += CHUNK) {
    const size = Math.min(CHUNK, arrow.numRows - start);
    const chunk = DuckDBDataChunk.create(types, size);
    chunk.setColumnValues(
      0,
      Array.from({ length: size }, (_, i) => BigInt(start + i + 1)),
    );
    vectors.forEach((vector, index) => {
      const values: (string | null)[] = new Array<string | null>(size);
      for (let i = 0; i < size; i += 1) values[i] = arrowText(vector?.get(start + i), dates[index] ?? false);
      chunk.setColumnValues(index + 1, values);
    });
    appender.appendDataChunk(chunk);
  }
  appender.flushSync();
  appender.closeSync();
}

/** Arrow values as the text DuckDB casts back: dates (milliseconds since the epoch) as YYYY-MM-DD. */
function arrowText(value: unknown, isDate: boolean): string | null {
  if (value === null || value === undefined) return null;
  if (isDate) {
    const date = value instanceof Date ? value : new Date(Number(value));
    return Number.isNaN(date.getTime()) ? String(value) : date.toISOString().slice(0, 10);
  }
  return String(value);
}
