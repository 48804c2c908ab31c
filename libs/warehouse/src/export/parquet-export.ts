import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import { insertColumns, type Column } from '../connection/bulk-insert';
import type { ExportQuery } from './export-query';

/**
 * A table as Parquet, written by DuckDB: the columns go into a temporary table on a connection of their own and
 * DuckDB's COPY writes the file (zstd), which is read back and removed. The path is bound, and made here, in the
 * system's temporary folder, from a random UUID, never from the caller's input.
 */
export async function parquetOf(db: WarehouseDatabase, columns: readonly Column[]): Promise<Buffer> {
  const path = join(tmpdir(), `scorecard-export-${randomUUID()}.parquet`);
  try {
    await db.withOwnConnection(async (connection) => {
      const definitions = columns.map((column) => `${column.name} ${column.type}`).join(', ');
      await connection.run(`CREATE TEMP TABLE export_table (${definitions})`);
      await insertColumns(connection, 'export_table', columns);
      await connection.run('COPY export_table TO $path (FORMAT parquet, COMPRESSION zstd)', { path });
    });
    return await readFile(path);
  } finally {
    await rm(path, { force: true });
  }
}

/**
 * The answer of a query as Parquet, written by DuckDB straight from the query with its parameters bound (no row
 * passes through JavaScript): for the tables that are already in the warehouse, such as the ledger's province
 * months, the report history or a plan's targets.
 */
export async function parquetOfQuery(db: WarehouseDatabase, query: ExportQuery): Promise<Buffer> {
  const path = join(tmpdir(), `scorecard-export-${randomUUID()}.parquet`);
  if ('path' in query.params) throw new Error('an export query may not have a parameter named "path"');
  try {
    await db.withOwnConnection((connection) =>
      connection.run(`COPY (${query.sql.replace(/;\s*$/, '')}) TO $path (FORMAT parquet, COMPRESSION zstd)`, {
        ...query.params,
        path,
      }),
    );
    return await readFile(path);
  } finally {
    await rm(path, { force: true });
  }
}
