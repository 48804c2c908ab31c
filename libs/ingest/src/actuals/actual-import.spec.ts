import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActualImportRepository, PlanRepository, WarehouseDatabase } from '@scorecard/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadShippedData } from '../bootstrap/load-shipped-data';
import { repoRoot } from './__fixtures__/actual-sources.fixtures';
import { importActualFiles, submitReport } from './actual-import';
import { ActualImportError, type ActualImportProblem } from './actual-import.errors';

const PLAN = '2800-KH-BHXH-2021';
const HQ = { name: 'test', role: 'data-officer', via: 'cli', origin: 'test' } as const;
const HEADER = 'province,metric,report_date,value,submitted_at';
const csv = (name: string, ...lines: string[]) => ({
  name,
  bytes: new TextEncoder().encode(`${HEADER}\n${lines.join('\n')}\n`),
});
const at = (time: string) => () => time;

/** Every table's rows in a fixed order: equal digests mean nothing was written. */
async function contentDigest(db: WarehouseDatabase): Promise<string> {
  const tables = await db.all<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' ORDER BY table_name",
  );
  const hash = createHash('sha256');
  for (const { table_name } of tables) {
    const rows = await db.all(`SELECT * FROM "${table_name}" ORDER BY ALL`);
    hash.update(table_name).update(JSON.stringify(rows, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
  }
  return hash.digest('hex');
}

async function refusal(promise: Promise<unknown>): Promise<ActualImportProblem[]> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActualImportError);
  return [...(error as ActualImportError).problems];
}

describe('importing actuals into the warehouse', () => {
  let dir: string;
  let db: WarehouseDatabase;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scorecard-actuals-'));
    db = await WarehouseDatabase.open(join(dir, 'actuals.duckdb'));
    await loadShippedData(db, { dataDir: join(repoRoot, 'data'), sampleData: false });
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const importCsv = (file: ReturnType<typeof csv>, now = '2021-11-16T08:00:00') =>
    importActualFiles(db, { planId: PLAN, files: [file], submitter: HQ, now: at(now) });

  it.each([
    ['an unknown province', '99,revenue,2021-10-15,100,', 'UNKNOWN_PROVINCE', 'province'],
    ['a province name no one uses', 'Hà Nộii Mới,revenue,2021-10-15,100,', 'UNKNOWN_PROVINCE', 'province'],
    ['an unknown metric', '01,pension_payments,2021-10-15,100,', 'UNKNOWN_METRIC', 'metric'],
    ['a date before the plan period', '01,revenue,2021-08-31,100,', 'DATE_OUTSIDE_PERIOD', 'report_date'],
    ['a date after the plan period', '01,revenue,2022-01-15,100,', 'DATE_OUTSIDE_PERIOD', 'report_date'],
    ['a value that is not a number', '01,revenue,2021-10-15,nhiều,', 'NOT_A_NUMBER', 'value'],
    ['a negative value', '01,revenue,2021-10-15,-5,', 'NEGATIVE_NUMBER', 'value'],
    ['a row with too many cells', '01,revenue,2021-10-15,100,,extra', 'MALFORMED_ROW', null],
  ])('refuses %s with the row and column, writing nothing', async (_, line, kind, column) => {
    const before = await contentDigest(db);
    const problems = await refusal(importCsv(csv('bao-cao.csv', '02,revenue,2021-10-15,2500,', line)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind, file: 'bao-cao.csv', row: 3 });
    if (column !== null) expect(problems[0]!.column).toBe(column);
    expect(problems[0]!.fix.length).toBeGreaterThan(10);
    expect(await contentDigest(db)).toBe(before);
  });

  it('lists every problem of a file, not just the first', async () => {
    const problems = await refusal(
      importCsv(csv('bao-cao.csv', '99,revenue,2021-10-15,100,', '01,revenue,2021-10-15,-1,', '01,x,2021-10-15,1,')),
    );
    expect(problems.map((p) => [p.row, p.kind])).toEqual([
      [2, 'UNKNOWN_PROVINCE'],
      [3, 'NEGATIVE_NUMBER'],
      [4, 'UNKNOWN_METRIC'],
    ]);
  });

  it('refuses an unknown plan', async () => {
    const problems = await refusal(
      importActualFiles(db, { planId: 'KH-2099', files: [csv('a.csv', '01,revenue,2021-10-15,1,')], submitter: HQ }),
    );
    expect(problems[0]).toMatchObject({ kind: 'UNKNOWN_PLAN', value: 'KH-2099' });
  });

  it('stores each row with its file and row, and the same file twice changes nothing', async () => {
    const file = csv('ha-noi.csv', '01,revenue,2021-09-15,1200.5,', 'Hà Nội,revenue,2021-09-30,2500,');
    const first = await importCsv(file);
    expect(first).toMatchObject({ rowsStored: 2, rowsUnchanged: 0, alreadyImported: false });
    const digest = await contentDigest(db);
    const again = await importCsv(file, '2021-11-17T09:00:00');
    expect(again).toMatchObject({ rowsStored: 0, alreadyImported: true });
    expect(await contentDigest(db)).toBe(digest);

    const history = await new ActualImportRepository(db).history(PLAN, '01', 'revenue');
    expect(history.map((s) => [s.reportDate, s.value, s.source, s.sourceRow])).toEqual([
      ['2021-09-15', 1200.5, 'ha-noi.csv', 2],
      ['2021-09-30', 2500, 'ha-noi.csv', 3],
    ]);
  });

  it('keeps a revision beside the figure it supersedes, the later submission in force', async () => {
    await importCsv(csv('a.csv', '01,revenue,2021-09-30,2500,2021-09-30T16:00:00'));
    const outcome = await importCsv(csv('b.csv', '01,revenue,2021-09-30,2600,2021-10-02T09:00:00'));
    expect(outcome.rowsStored).toBe(1);
    // A correction sent earlier than the one in force arrives late: it is kept, but does not supersede.
    await importCsv(csv('c.csv', '01,revenue,2021-09-30,2400,2021-10-01T09:00:00'));
    const imports = new ActualImportRepository(db);
    expect((await imports.history(PLAN, '01', 'revenue')).map((s) => s.value).sort()).toEqual([2400, 2500, 2600]);
    const inForce = (await imports.latestRevisions(PLAN)).find((r) => r.provinceCode === '01');
    expect(inForce).toMatchObject({ reportDate: '2021-09-30', value: 2600 });
  });

  it('stores suspicious figures and lists them as warnings', async () => {
    const totals = await new PlanRepository(db).allTargets(PLAN, 1);
    const quota = totals.find(
      (t) => t.provinceCode === '01' && t.metric === 'outreach_conferences' && t.month === null,
    )!;
    const outcome = await importCsv(
      csv(
        'canh-bao.csv',
        '01,revenue,2021-09-30,2500,',
        '01,revenue,2021-10-15,2300,',
        `01,outreach_conferences,2021-09-15,${quota.value * 3 + 1},`,
        '01,dev_voluntary_si,2021-10-20,10,',
      ),
    );
    expect(outcome.rowsStored).toBe(4);
    const warnings = await new ActualImportRepository(db).warnings(PLAN, '01');
    expect(warnings.map((w) => [w.metric, w.reportDate, w.kind]).sort()).toEqual([
      ['dev_voluntary_si', '2021-10-20', 'OFF_SCHEDULE_DATE'],
      ['outreach_conferences', '2021-09-15', 'JUMP_ABOVE_QUOTA'],
      ['revenue', '2021-10-15', 'DECREASING_CUMULATIVE'],
    ]);
    expect(warnings.find((w) => w.kind === 'DECREASING_CUMULATIVE')).toMatchObject({
      value: 2300,
      previousValue: 2500,
      source: 'canh-bao.csv row 3',
    });
  });
});

describe('a report entered in the form', () => {
  let dir: string;
  let db: WarehouseDatabase;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scorecard-form-'));
    db = await WarehouseDatabase.open(join(dir, 'form.duckdb'));
    await loadShippedData(db, { dataDir: join(repoRoot, 'data'), sampleData: false });
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const submit = (values: { metric: string; value: number }[], province = '01') =>
    submitReport(db, {
      planId: PLAN,
      provinceCode: province,
      reportDate: '2021-10-15',
      values,
      submitter: { name: 'Nguyễn Văn A', role: 'officer', via: 'session', origin: '127.0.0.1' },
      now: at('2021-10-15T15:00:00'),
    });

  it('gives a second report typed in the same second the next free second, not a conflict', async () => {
    await submit([{ metric: 'revenue', value: 1200 }]);
    await submit([{ metric: 'revenue', value: 1300 }]);
    const history = await new ActualImportRepository(db).history(PLAN, '01', 'revenue');
    expect(history.map((row) => [row.value, row.submittedAt])).toEqual([
      [1200, '2021-10-15T15:00:00'],
      [1300, '2021-10-15T15:00:01'],
    ]);
  });

  it('stores decimals of money as entered, not as thousands', async () => {
    const outcome = await submit([
      { metric: 'revenue', value: 1.567 },
      { metric: 'dev_compulsory_si', value: 1234 },
    ]);
    expect(outcome.rowsStored).toBe(2);
    const history = await new ActualImportRepository(db).history(PLAN, '01', 'revenue');
    expect(history).toMatchObject([{ value: 1.567, source: 'form:Nguyễn Văn A', sourceRow: null }]);
  });

  it('refuses a negative value or a fraction of persons, naming the metric field, writing nothing', async () => {
    const before = await contentDigest(db);
    const problems = await refusal(
      submit([
        { metric: 'revenue', value: -1 },
        { metric: 'dev_compulsory_si', value: 12.5 },
      ]),
    );
    expect(problems.map((p) => [p.kind, p.column, p.row])).toEqual([
      ['NEGATIVE_NUMBER', 'revenue', null],
      ['NOT_A_WHOLE_NUMBER', 'dev_compulsory_si', null],
    ]);
    expect(await contentDigest(db)).toBe(before);
  });

  it('refuses an unknown province once, and an empty report', async () => {
    const problems = await refusal(
      submit(
        [
          { metric: 'revenue', value: 1 },
          { metric: 'dev_compulsory_si', value: 1 },
        ],
        '99',
      ),
    );
    expect(problems.map((p) => p.kind)).toEqual(['UNKNOWN_PROVINCE']);
    expect((await refusal(submit([])))[0]).toMatchObject({ kind: 'EMPTY_FILE' });
  });
});
