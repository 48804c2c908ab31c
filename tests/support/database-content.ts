import { createHash } from 'node:crypto';
import { DuckDBInstance } from '@duckdb/node-api';

/**
 * A digest of everything stored in a DuckDB file: per table, the number of rows and the sum of the hashes of
 * every row (order does not matter, a repeated row counts twice). Two equal digests mean the same content row
 * for row, whatever DuckDB did with the file's blocks; computed inside DuckDB, so millions of ledger rows take
 * a moment.
 */
export async function databaseContentDigest(path: string): Promise<string> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  try {
    const tables = (
      await connection.runAndReadAll(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name",
      )
    )
      .getRowsJS()
      .map((row) => String(row[0]));
    const hash = createHash('sha256');
    for (const table of tables) {
      // Table names come from the catalogue just read, not from input.
      const rows = (
        await connection.runAndReadAll(`SELECT count(*), sum(CAST(hash(t) AS HUGEINT)) FROM "${table}" AS t`)
      ).getRowsJson();
      hash.update(table).update(JSON.stringify(rows));
    }
    return hash.digest('hex');
  } finally {
    connection.disconnectSync();
    instance.closeSync();
  }
}
