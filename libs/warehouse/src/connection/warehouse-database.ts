import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { WarehouseError } from '../warehouse.errors';
import { runMigrations } from '../migrations/migration-runner';

export type Params = DuckDBValue[] | Record<string, DuckDBValue>;
export type Row = Record<string, unknown>;

// Only the extensions built into the Node binding work here; refusing to download others makes such a
// query fail at once with a clear message instead of after a network timeout.
const MAX_IDLE_CONNECTIONS = 8;
const INSTANCE_OPTIONS = { autoinstall_known_extensions: 'false', autoload_known_extensions: 'true' };

/**
 * One DuckDB instance per file per process. Each call borrows a connection from a small pool (a connection
 * runs one query at a time, so parallel calls get their own and run in parallel).
 */
export class WarehouseDatabase {
  private readonly idle: DuckDBConnection[] = [];
  private version = 0;

  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
  ) {}

  static async open(path: string): Promise<WarehouseDatabase> {
    const location = path === ':memory:' ? path : resolve(path);
    if (location !== ':memory:') mkdirSync(dirname(location), { recursive: true });
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(location, INSTANCE_OPTIONS);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (/lock/i.test(text)) {
        throw new WarehouseError(
          'DATABASE_LOCKED',
          `The database file ${location} is in use by another process (DuckDB allows one writer). Stop that process or pass another file with --db / SCORECARD_DB.`,
          { cause: error },
        );
      }
      throw new WarehouseError('DATABASE_OPEN_FAILED', `Cannot open the database file ${location}: ${text}`, {
        cause: error,
      });
    }
    const database = new WarehouseDatabase(location, instance);
    await database.withConnection((connection) => runMigrations(connection));
    return database;
  }

  /**
   * Counts committed writes. This process holds the file's only write lock, so a cache keyed by it is never
   * stale.
   */
  get dataVersion(): number {
    return this.version;
  }

  async withConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const connection = this.idle.pop() ?? (await this.instance.connect());
    try {
      return await work(connection);
    } finally {
      if (this.idle.length < MAX_IDLE_CONNECTIONS) this.idle.push(connection);
      else connection.disconnectSync();
    }
  }

  async all<T extends Row = Row>(sql: string, params: Params = []): Promise<T[]> {
    return this.withConnection(async (connection) => {
      const reader = await connection.runAndReadAll(sql, params);
      return reader.getRowObjectsJS() as T[];
    });
  }

  /** Runs `work` in one transaction: everything it wrote is kept, or nothing is. */
  async transaction<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.withConnection((connection) => this.transactionOn(connection, work));
  }

  /** A transaction on a connection already borrowed (one that holds temporary tables the work reads). */
  async transactionOn<T>(connection: DuckDBConnection, work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    await connection.run('BEGIN TRANSACTION');
    try {
      const result = await work(connection);
      await connection.run('COMMIT');
      this.version += 1;
      return result;
    } catch (error) {
      await connection.run('ROLLBACK');
      throw error;
    }
  }

  close(): void {
    for (const connection of this.idle.splice(0)) connection.disconnectSync();
    this.instance.closeSync();
  }
}
