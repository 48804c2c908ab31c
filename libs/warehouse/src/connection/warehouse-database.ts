import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { WarehouseError } from '../warehouse.errors';
import { MIGRATIONS, runMigrations } from '../migrations/migration-runner';

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
  /** The tail of the queue of writers: each waits for the one before it. */
  private writers: Promise<unknown> = Promise.resolve();
  /** Set inside a writer's work, so the transactions it opens do not wait for itself. */
  private readonly writing = new AsyncLocalStorage<true>();

  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    /** A published copy opened read-only: several processes may serve it at once; every write is refused. */
    readonly readOnly: boolean,
  ) {}

  static async open(path: string, options: { readOnly?: boolean } = {}): Promise<WarehouseDatabase> {
    const readOnly = options.readOnly === true;
    const location = path === ':memory:' ? path : resolve(path);
    if (location !== ':memory:' && !readOnly) mkdirSync(dirname(location), { recursive: true });
    let instance: DuckDBInstance;
    try {
      instance = await DuckDBInstance.create(
        location,
        readOnly ? { ...INSTANCE_OPTIONS, access_mode: 'READ_ONLY' } : INSTANCE_OPTIONS,
      );
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      if (/lock/i.test(text)) {
        throw new WarehouseError(
          'DATABASE_LOCKED',
          `The database file ${location} is in use by another process (DuckDB allows one writer). Stop that process or pass another file with --db / SCORECARD_DB.`,
          `Tệp cơ sở dữ liệu ${location} đang được một tiến trình khác dùng (DuckDB chỉ cho một tiến trình ghi). Dừng tiến trình đó hoặc chỉ định tệp khác bằng --db / SCORECARD_DB.`,
          { cause: error },
        );
      }
      throw new WarehouseError(
        'DATABASE_OPEN_FAILED',
        `Cannot open the database file ${location}: ${text}`,
        `Không mở được tệp cơ sở dữ liệu ${location}: ${text}`,
        { cause: error },
      );
    }
    const database = new WarehouseDatabase(location, instance, readOnly);
    if (readOnly) await database.checkPublishedSchema();
    else
      await database.withConnection(async (connection) => {
        // New tables are checkpointed at once: a crash right after a migration then never leaves a WAL to replay
        // with schema changes in it.
        if ((await runMigrations(connection)).length > 0) await connection.run('CHECKPOINT');
      });
    return database;
  }

  /** A read-only copy cannot be migrated: it must have been published by this version of the software. */
  private async checkPublishedSchema(): Promise<void> {
    const latest = MIGRATIONS.at(-1)?.version ?? 0;
    let applied = -1;
    try {
      applied = Number((await this.all<{ v: number }>('SELECT max(version) AS v FROM schema_migration'))[0]?.v ?? -1);
    } catch {
      applied = -1;
    }
    if (applied !== latest) {
      this.close();
      throw new WarehouseError(
        'DATABASE_OPEN_FAILED',
        `The database file ${this.path} is at schema version ${applied < 0 ? 'none' : applied}, this server needs ${latest}: publish it again with this version (npx scorecard publish), or open it read-write once to migrate it.`,
        `Tệp cơ sở dữ liệu ${this.path} ${applied < 0 ? 'chưa có phiên bản lược đồ nào' : `ở phiên bản lược đồ ${applied}`}, máy chủ này cần phiên bản ${latest}: công bố lại bằng phiên bản này (npx scorecard publish), hoặc mở tệp một lần ở chế độ ghi để nâng cấp.`,
      );
    }
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

  /**
   * A connection of its own for `work`, closed after it: whatever the work leaves on it (temporary tables, the
   * state of a failed statement) ends with it instead of passing to the next borrower.
   */
  async withOwnConnection<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    const connection = await this.instance.connect();
    try {
      return await work(connection);
    } finally {
      connection.disconnectSync();
    }
  }

  async all<T extends Row = Row>(sql: string, params: Params = []): Promise<T[]> {
    return this.withConnection(async (connection) => {
      const reader = await connection.runAndReadAll(sql, params);
      return reader.getRowObjectsJS() as T[];
    });
  }

  /**
   * One writer at a time: `work` runs after every writer queued before it has finished, and the writers it
   * queues itself (its transactions) run inside it. A read-check-write (is this content stored? which value is in
   * force?) therefore sees every earlier write and no concurrent one. Reads never wait.
   */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.readOnly)
      throw new WarehouseError(
        'READ_ONLY',
        'Máy chủ này phục vụ bản công bố chỉ đọc. / This server serves a published read-only copy: send imports and changes to the server that holds the working database.',
        'Máy chủ này phục vụ bản công bố chỉ đọc: gửi các lần nhập và thay đổi tới máy chủ giữ cơ sở dữ liệu đang làm việc.',
      );
    if (this.writing.getStore()) return work();
    const previous = this.writers;
    let release!: () => void;
    this.writers = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      return await this.writing.run(true, work);
    } finally {
      release();
    }
  }

  /** Runs `work` in one transaction, as the only writer: everything it wrote is kept, or nothing is. */
  async transaction<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.exclusive(() => this.withConnection((connection) => this.transactionOn(connection, work)));
  }

  /**
   * A transaction on tables no figure is computed from (alerts and their deliveries): it does not count as a change
   * of the data, so the cached answers stay.
   */
  async transactionBesideFigures<T>(work: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    return this.exclusive(() =>
      this.withConnection((connection) => this.transactionOn(connection, work, { changesFigures: false })),
    );
  }

  /** A transaction on a connection already borrowed (one that holds temporary tables the work reads). */
  async transactionOn<T>(
    connection: DuckDBConnection,
    work: (connection: DuckDBConnection) => Promise<T>,
    options: { changesFigures: boolean } = { changesFigures: true },
  ): Promise<T> {
    return this.exclusive(async () => {
      await connection.run('BEGIN TRANSACTION');
      try {
        const result = await work(connection);
        await connection.run('COMMIT');
        if (options.changesFigures) this.version += 1;
        return result;
      } catch (error) {
        // A failed COMMIT has already ended the transaction; the error that matters is the one that got here.
        await connection.run('ROLLBACK').catch(() => undefined);
        throw error;
      }
    });
  }

  close(): void {
    for (const connection of this.idle.splice(0)) connection.disconnectSync();
    this.instance.closeSync();
  }
}
