import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WarehouseDatabase } from '../connection/warehouse-database';
import { ActualRepository, type ActualReportInput } from './actual.repository';

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

describe('ActualRepository.latestAsOfTwoDates', () => {
  let dir: string;
  let db: WarehouseDatabase;
  let actuals: ActualRepository;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scorecard-actuals-'));
    db = await WarehouseDatabase.open(join(dir, 'test.duckdb'));
    actuals = new ActualRepository(db);
    await actuals.append([
      report({ reportDate: '2021-09-15', cumulativeValue: 10 }),
      report({ reportDate: '2021-09-30', cumulativeValue: 25, submittedAt: '2021-09-30T08:00:00' }),
      // a correction of the 30 September report sent later
      report({ reportDate: '2021-09-30', cumulativeValue: 27, submittedAt: '2021-10-02T09:00:00' }),
      report({ provinceCode: '02', reportDate: '2021-09-30', cumulativeValue: 4 }),
      report({ provinceCode: '03', reportDate: '2021-09-15', cumulativeValue: 7, metric: 'participants' }),
    ]);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers both dates in one read exactly as two reads of A(d) would', async () => {
    const both = await actuals.latestAsOfTwoDates('P1', 'revenue', '2021-10-01', '2021-09-20');
    expect(both.asOf).toEqual(await actuals.latestAsOf('P1', 'revenue', '2021-10-01'));
    expect(both.previous).toEqual(await actuals.latestAsOf('P1', 'revenue', '2021-09-20'));
    expect(both.asOf.map((a) => [a.provinceCode, a.value])).toEqual([
      ['01', 27],
      ['02', 4],
    ]);
    expect(both.previous.map((a) => [a.provinceCode, a.value])).toEqual([['01', 10]]);
  });

  it('reads the as-of date alone when there is no earlier report date', async () => {
    const both = await actuals.latestAsOfTwoDates('P1', 'revenue', '2021-09-15', null);
    expect(both.asOf.map((a) => [a.provinceCode, a.value])).toEqual([['01', 10]]);
    expect(both.previous).toEqual([]);
  });
});
