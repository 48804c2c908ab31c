import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('writes nothing when a transaction fails midway', async () => {
    const actuals = new ActualRepository(db);
    await expect(actuals.append([report({}), report({ cumulativeValue: -1 })])).rejects.toThrow();
    expect(await actuals.count('P1')).toBe(0);
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
