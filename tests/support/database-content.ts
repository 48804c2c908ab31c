import { createHash } from 'node:crypto';
import { DuckDBInstance } from '@duckdb/node-api';

/**
 * A digest of everything stored in a DuckDB file: every table's rows in a fixed order. Two equal digests mean
 * the content is the same row for row, whatever DuckDB did with the file's blocks.
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
      const rows = (await connection.runAndReadAll(`SELECT * FROM "${table}" ORDER BY ALL`)).getRowsJson();
      hash.update(table).update(JSON.stringify(rows));
    }
    return hash.digest('hex');
  } finally {
    connection.disconnectSync();
    instance.closeSync();
  }
}
