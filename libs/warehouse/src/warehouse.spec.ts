import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WarehouseDatabase } from './connection/warehouse-database';
import { insertColumns } from './connection/bulk-insert';
import { MIGRATIONS } from './migrations/migration-runner';
import { ActualRepository, type ActualReportInput } from './repositories/actual.repository';
import { PlanRepository, type PlanVersionInput } from './repositories/plan.repository';

const header = {
  id: 'P1',
  title: 'Test plan',
  issuingDocument: '1/KH',
  issuedOn: '2021-09-06',
  issuer: 'BHXH',
  periodStart: '2021-09-01',
  periodEnd: '2021-12-31',
  unitSet: 'vn63-2004',
  synthetic: false,
};

function planInput(hash: string, value: number): PlanVersionInput {
  const cell = (provinceCode: string | null, month: string | null, v: number) => ({
    metric: 'revenue',
    provinceCode,
    publishedName: provinceCode ?? 'Toàn quốc',
    month,
    value: v,
    publishedText: v.toLocaleString('en-US'),
    sourceFile: 'x.txt',
    sourceLine: 1,
    sourceColumn: 1,
  });
  return {
    header,
    reportDates: ['2021-09-15', '2021-09-30'],
    contentHash: hash,
    importedBy: 'test',
    source: 'x.txt',
    cells: [cell(null, null, value), cell('01', null, value), cell('01', '2021-09', value)],
  };
}

const report = (overrides: Partial<ActualReportInput>): ActualReportInput => ({
  planId: 'P1',
  provinceCode: '01',
  metric: 'revenue',
  reportDate: '2021-09-15',
  cumulativeValue: 10,
  submittedAt: '2021-09-15T10:00:00',
  source: 'test',
  sourceRow: null,
  synthetic: false,
  ...overrides,
});

describe('warehouse', () => {
  let dir: string;
  let db: WarehouseDatabase;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scorecard-wh-'));
    db = await WarehouseDatabase.open(join(dir, 'test.duckdb'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies every numbered migration once, also when the file is opened again', async () => {
    db.close();
    db = await WarehouseDatabase.open(join(dir, 'test.duckdb'));
    const rows = await db.all<{ version: number }>('SELECT version FROM schema_migration ORDER BY version');
    expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
  });

  it('keeps the same content as one version and a changed table as a new one, both queryable', async () => {
    const plans = new PlanRepository(db);
    expect(await plans.saveVersion(planInput('a', 100))).toEqual({ version: 1, created: true });
    expect(await plans.saveVersion(planInput('a', 100))).toEqual({ version: 1, created: false });
    expect(await plans.saveVersion(planInput('b', 120))).toEqual({ version: 2, created: true });
    expect((await plans.targets('P1', 1, 'revenue')).map((cell) => cell.value)).toEqual([100, 100, 100]);
    expect((await plans.targets('P1', 2, 'revenue')).map((cell) => cell.value)).toEqual([120, 120, 120]);
    const [plan] = await plans.list();
    expect(plan).toMatchObject({ id: 'P1', latestVersion: 2, reportDates: ['2021-09-15', '2021-09-30'] });
  });

  it('answers A(d) with the latest revision of the latest report on or before the date', async () => {
    const actuals = new ActualRepository(db);
    await actuals.append([
      report({ reportDate: '2021-09-15', cumulativeValue: 10 }),
      report({ reportDate: '2021-09-30', cumulativeValue: 25, submittedAt: '2021-09-30T08:00:00' }),
      // a correction of the 30 September report sent later
      report({ reportDate: '2021-09-30', cumulativeValue: 27, submittedAt: '2021-10-02T09:00:00' }),
      report({ provinceCode: '02', reportDate: '2021-09-15', cumulativeValue: 4 }),
    ]);
    const at20 = await actuals.latestAsOf('P1', 'revenue', '2021-09-20');
    expect(at20.map((a) => [a.provinceCode, a.reportDate, a.value])).toEqual([
      ['01', '2021-09-15', 10],
      ['02', '2021-09-15', 4],
    ]);
    const atEnd = await actuals.latestAsOf('P1', 'revenue', '2021-10-01');
    expect(atEnd[0]).toMatchObject({ provinceCode: '01', value: 27 });
    expect(await actuals.count('P1')).toBe(4);
  });

  it('runs one writer at a time, in the order they came, while reads go on', async () => {
    const events: string[] = [];
    const writer = (name: string, pause: number) =>
      db.exclusive(async () => {
        events.push(`${name} starts`);
        await new Promise((resolve) => setTimeout(resolve, pause));
        // A transaction inside a writer's work is part of it, not a writer waiting behind it.
        await db.transaction((connection) => connection.run('SELECT 1'));
        events.push(`${name} ends`);
      });
    const failing = db.exclusive(async () => {
      throw new Error('refused');
    });
    const read = db.all('SELECT 42 AS answer');
    await Promise.all([writer('a', 30), failing.catch(() => undefined), writer('b', 0), read]);
    expect(events).toEqual(['a starts', 'a ends', 'b starts', 'b ends']);
    expect(await read).toEqual([{ answer: 42 }]);
  });

  it('refuses a second import of the same content and a second value at the same submission time', async () => {
    await db.transaction(async (connection) => {
      await connection.run(
        "INSERT INTO actual_import (plan_id, content_hash, source, imported_at, imported_by, rows_stored, rows_unchanged) VALUES ('P1', 'h', 'a.csv', now(), 'test', 1, 0)",
      );
    });
    await expect(
      db.transaction((connection) =>
        connection.run(
          "INSERT INTO actual_import (plan_id, content_hash, source, imported_at, imported_by, rows_stored, rows_unchanged) VALUES ('P1', 'h', 'b.csv', now(), 'test', 1, 0)",
        ),
      ),
    ).rejects.toThrow(/unique|duplicate/i);
    const actuals = new ActualRepository(db);
    await actuals.append([report({ submittedAt: '2021-09-15T16:00:00' })]);
    await expect(actuals.append([report({ cumulativeValue: 11, submittedAt: '2021-09-15T16:00:00' })])).rejects.toThrow(
      /unique|duplicate/i,
    );
  });

  it('writes nothing when a transaction fails midway', async () => {
    const actuals = new ActualRepository(db);
    await expect(actuals.append([report({}), report({ cumulativeValue: -1 })])).rejects.toThrow();
    expect(await actuals.count('P1')).toBe(0);
  });
});

describe('migration 006 over a database written before it', () => {
  it('keeps every stored row and marks the later copies so the constraints hold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-wh-006-'));
    const path = join(dir, 'old.duckdb');
    try {
      const instance = await DuckDBInstance.create(path);
      const connection = await instance.connect();
      await connection.run(
        'CREATE TABLE schema_migration (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)',
      );
      for (const migration of MIGRATIONS.filter((m) => m.version < 6)) {
        await connection.run(migration.sql);
        await connection.run('INSERT INTO schema_migration VALUES ($1, $2, now())', [
          migration.version,
          migration.name,
        ]);
      }
      // What two imports sent at the same moment left before 006: the same content twice, two values at one time.
      await connection.run(`INSERT INTO actual_import (id, plan_id, content_hash, source, imported_at, imported_by, rows_stored, rows_unchanged)
        VALUES (1, 'P1', 'h', 'a.csv', now(), 't', 1, 0), (2, 'P1', 'h', 'a.csv', now(), 't', 1, 0)`);
      await connection.run(`INSERT INTO actual_report (plan_id, province_code, metric, report_date, cumulative_value, submitted_at, source, synthetic, import_id)
        VALUES ('P1', '01', 'revenue', '2021-09-15', 5, '2021-09-15 16:00', 'a.csv', false, 1),
               ('P1', '01', 'revenue', '2021-09-15', 6, '2021-09-15 16:00', 'a.csv', false, 2)`);
      connection.closeSync();
      instance.closeSync();

      const db = await WarehouseDatabase.open(path);
      try {
        expect(await db.all('SELECT id, content_hash FROM actual_import ORDER BY id')).toEqual([
          { id: 1n, content_hash: 'h' },
          { id: 2n, content_hash: 'h#duplicate-2' },
        ]);
        expect(await db.all('SELECT cumulative_value, duplicate_of_time FROM actual_report ORDER BY id')).toEqual([
          { cumulative_value: 5, duplicate_of_time: 0n },
          { cumulative_value: 6, duplicate_of_time: 2n },
        ]);
        await expect(
          db.transaction((c) =>
            c.run(`INSERT INTO actual_report (plan_id, province_code, metric, report_date, cumulative_value, submitted_at, source, synthetic)
              VALUES ('P1', '01', 'revenue', '2021-09-15', 7, '2021-09-15 16:00', 'b.csv', false)`),
          ),
        ).rejects.toThrow(/unique|duplicate/i);
      } finally {
        db.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('insertColumns', () => {
  it('keeps every value of a column whose first value is null', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-bulk-'));
    const db = await WarehouseDatabase.open(join(dir, 'bulk.duckdb'));
    try {
      await db.withConnection((connection) => connection.run('CREATE TABLE t (a VARCHAR, b DOUBLE)'));
      await db.transaction((connection) =>
        insertColumns(connection, 't', [
          { name: 'a', type: 'VARCHAR', values: [null, '01', '02'] },
          { name: 'b', type: 'DOUBLE', values: [null, 1.5, 2] },
        ]),
      );
      expect(await db.all('SELECT a, b FROM t ORDER BY a NULLS FIRST')).toEqual([
        { a: null, b: null },
        { a: '01', b: 1.5 },
        { a: '02', b: 2 },
      ]);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
