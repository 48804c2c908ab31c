import type { DuckDBConnection } from '@duckdb/node-api';
import { WarehouseError } from '../warehouse.errors';

// Numbered migrations, applied once each, in order, each in its own transaction. A migration that needs what one
// transaction cannot give (DuckDB builds a unique index only over rows committed before it) is split by lines
// "-- commit" into steps, each its own transaction; it counts as applied with its last step, so every step before
// that must be safe to run again (IF EXISTS, IF NOT EXISTS, updates that find nothing the second time).
const STEP_SEPARATOR = /^-- commit$/m;
const FILES = import.meta.glob<string>('./*.sql', { query: '?raw', import: 'default', eager: true });

export type Migration = { version: number; name: string; sql: string };

export const MIGRATIONS: readonly Migration[] = Object.entries(FILES)
  .map(([path, sql]) => {
    const match = /\.\/(\d{3})-(.+)\.sql$/.exec(path);
    if (!match) throw new Error(`migration file name must be NNN-name.sql: ${path}`);
    return { version: Number(match[1]), name: match[2] as string, sql };
  })
  .sort((a, b) => a.version - b.version);

export async function runMigrations(connection: DuckDBConnection): Promise<number[]> {
  await connection.run(
    'CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)',
  );
  const applied = new Set(
    (await connection.runAndReadAll('SELECT version FROM schema_migration')).getRowsJS().map((row) => Number(row[0])),
  );
  const ran: number[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.version)) continue;
    const steps = migration.sql.split(STEP_SEPARATOR);
    for (const [index, step] of steps.entries()) {
      await connection.run('BEGIN TRANSACTION');
      try {
        await connection.run(step);
        if (index === steps.length - 1)
          await connection.run('INSERT INTO schema_migration VALUES ($1, $2, current_timestamp)', [
            migration.version,
            migration.name,
          ]);
        await connection.run('COMMIT');
      } catch (error) {
        await connection.run('ROLLBACK').catch(() => undefined);
        throw new WarehouseError(
          'MIGRATION_FAILED',
          `Migration ${migration.version}-${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`,
          `Bước nâng cấp cơ sở dữ liệu ${migration.version}-${migration.name} không chạy được: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
    }
    ran.push(migration.version);
  }
  return ran;
}
