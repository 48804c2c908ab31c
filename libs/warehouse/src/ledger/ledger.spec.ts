import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { employerArrears, latePaymentRatio, type LedgerDue, type LedgerPayment } from '@scorecard/domain';
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WarehouseDatabase } from '../connection/warehouse-database';
import { LedgerRepository } from '../repositories/ledger.repository';
import { generateLedger, LEDGER_FILES } from './ledger-generator';
import { importLedger, type LedgerFiles } from './ledger-import';
import { LedgerImportError } from './ledger-import.errors';

// A small generated ledger imported into DuckDB; every figure the SQL gives is checked against the domain's
// month-by-month FIFO (employerArrears), an independent implementation of the same rules.
const PROVINCES = [
  { code: '01', weight: 5 },
  { code: '79', weight: 8 },
  { code: '96', weight: 1 },
];

type Employer = { id: string; province: string; dues: LedgerDue[]; payments: LedgerPayment[] };

async function readEmployers(dir: string): Promise<Employer[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
  const employers = new Map<string, Employer>();
  for (const row of await read(`SELECT employer_id, province FROM '${join(dir, LEDGER_FILES.employers)}'`)) {
    const id = String(row['employer_id']);
    employers.set(id, { id, province: String(row['province']), dues: [], payments: [] });
  }
  for (const row of await read(
    `SELECT employer_id, strftime(month, '%Y-%m') AS month, amount FROM '${join(dir, LEDGER_FILES.dues)}'`,
  ))
    employers
      .get(String(row['employer_id']))!
      .dues.push({ month: String(row['month']), amount: Number(row['amount']) });
  for (const row of await read(
    `SELECT employer_id, strftime(paid_on, '%Y-%m-%d') AS paid_on, amount FROM '${join(dir, LEDGER_FILES.payments)}'`,
  ))
    employers
      .get(String(row['employer_id']))!
      .payments.push({ paidOn: String(row['paid_on']), amount: Number(row['amount']) });
  connection.disconnectSync();
  instance.closeSync();
  return [...employers.values()];
}

const files = (dir: string): LedgerFiles => ({
  employers: join(dir, LEDGER_FILES.employers),
  dues: join(dir, LEDGER_FILES.dues),
  payments: join(dir, LEDGER_FILES.payments),
});

describe('the contribution ledger in DuckDB', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-ledger-'));
  const generated = join(dir, 'generated');
  let db: WarehouseDatabase;
  let employers: Employer[];

  beforeAll(async () => {
    await generateLedger({ employers: 600, months: 15, firstMonth: '2022-01', weights: PROVINCES, outDir: generated });
    employers = await readEmployers(generated);
    db = await WarehouseDatabase.open(join(dir, 'ledger.duckdb'));
    await db.all(
      `INSERT INTO province VALUES ('vn63-2004', '01', 'Hà Nội', 'Ha Noi', 'city', 'ĐBSH', 'RRD'),
        ('vn63-2004', '79', 'TP. Hồ Chí Minh', 'HCMC', 'city', 'ĐNB', 'SE'),
        ('vn63-2004', '96', 'Cà Mau', 'Ca Mau', 'province', 'ĐBSCL', 'MD')`,
    );
    const outcome = await importLedger(db, { files: files(generated), importedBy: 'test', synthetic: true });
    expect(outcome).toMatchObject({
      alreadyImported: false,
      employers: 600,
      firstMonth: '2022-01',
      lastMonth: '2023-03',
    });
  }, 60_000);
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('spreads employers over the provinces in proportion to their weights, marked synthetic', async () => {
    const counts = new Map<string, number>();
    for (const e of employers) counts.set(e.province, (counts.get(e.province) ?? 0) + 1);
    expect(counts.get('79')).toBeCloseTo((600 * 8) / 14, -1);
    expect(counts.get('96')).toBeCloseTo((600 * 1) / 14, -1);
    expect(JSON.parse(readFileSync(join(generated, 'manifest.json'), 'utf8'))).toMatchObject({ synthetic: true });
    expect(await new LedgerRepository(db).coverage()).toMatchObject({ synthetic: true, employers: 600 });
  });

  for (const asOf of ['2022-01-31', '2022-06-30', '2022-08-14', '2023-01-10', '2023-03-31']) {
    it(`matches the month-by-month FIFO of every employer on ${asOf}`, async () => {
      const figures = await new LedgerRepository(db).byProvince(asOf);
      for (const province of PROVINCES) {
        const mine = employers
          .filter((e) => e.province === province.code)
          .map((e) => employerArrears(e.dues, e.payments, asOf));
        const got = figures.find((f) => f.provinceCode === province.code)!;
        const sum = (pick: (a: (typeof mine)[number]) => number) => mine.reduce((s, a) => s + pick(a), 0);
        expect(got.receivable).toBe(sum((a) => a.receivable));
        expect(got.overdue).toBe(sum((a) => a.overdue));
        expect(got.amounts).toEqual({
          UNDER_1_MONTH: sum((a) => a.byBucket.UNDER_1_MONTH),
          FROM_1_TO_3_MONTHS: sum((a) => a.byBucket.FROM_1_TO_3_MONTHS),
          FROM_3_MONTHS: sum((a) => a.byBucket.FROM_3_MONTHS),
        });
        expect(got.inArrears).toBe(mine.filter((a) => a.overdue > 0).length);
        expect(got.employersByBucket).toEqual({
          UNDER_1_MONTH: mine.filter((a) => a.bucket === 'UNDER_1_MONTH').length,
          FROM_1_TO_3_MONTHS: mine.filter((a) => a.bucket === 'FROM_1_TO_3_MONTHS').length,
          FROM_3_MONTHS: mine.filter((a) => a.bucket === 'FROM_3_MONTHS').length,
        });
      }
    });
  }

  it('gives the monthly trend at month ends, as the figures of those dates', async () => {
    const repo = new LedgerRepository(db);
    const trend = await repo.trend('2022-01', '2023-03', '79');
    expect(trend.map((p) => p.month)).toHaveLength(15);
    const june = trend.find((p) => p.month === '2022-06')!;
    const figures = (await repo.byProvince('2022-06-30')).find((f) => f.provinceCode === '79')!;
    expect(june).toEqual({
      month: '2022-06',
      asOf: '2022-06-30',
      receivable: figures.receivable,
      overdue: figures.overdue,
    });
    expect(latePaymentRatio(june.overdue, june.receivable)).toBeGreaterThan(0);
  });

  // A mid-month date also exercises the payments of the month made after it (ledger_payment_day).
  it.each(['2023-03-31', '2022-08-14'])(
    'lists a province’s employers in arrears on %s, largest first, page by page, with the oldest unpaid month',
    async (asOf) => {
      const repo = new LedgerRepository(db);
      const expected = employers
        .filter((e) => e.province === '01')
        .map((e) => ({ id: e.id, arrears: employerArrears(e.dues, e.payments, asOf) }))
        .filter((e) => e.arrears.overdue > 0)
        .sort((a, b) => b.arrears.overdue - a.arrears.overdue || a.id.localeCompare(b.id));
      expect(expected.length).toBeGreaterThan(10);
      const seen: string[] = [];
      let after: { overdue: number; employerId: string } | null = null;
      for (;;) {
        const page = await repo.employersInArrears({ asOf, province: '01', bucket: null, limit: 7, after });
        expect(page.total).toBe(expected.length);
        for (const row of page.rows) {
          const mine = expected.find((e) => e.id === row.employerId)!.arrears;
          expect([row.overdue, row.bucket, row.oldestMonth]).toEqual([
            mine.overdue,
            mine.bucket,
            mine.oldestOverdueMonth,
          ]);
        }
        seen.push(...page.rows.map((row) => row.employerId));
        const last = page.rows.at(-1);
        if (page.rows.length < 7 || !last) break;
        after = { overdue: last.overdue, employerId: last.employerId };
      }
      expect(seen).toEqual(expected.map((e) => e.id));
      const chronic = await repo.employersInArrears({
        asOf,
        province: '01',
        bucket: 'FROM_3_MONTHS',
        limit: 100,
        after: null,
      });
      expect(chronic.rows.map((r) => r.employerId)).toEqual(
        expected.filter((e) => e.arrears.bucket === 'FROM_3_MONTHS').map((e) => e.id),
      );
    },
  );

  it('imports the same numbers from CSV and Arrow IPC, and the same files twice changes nothing', async () => {
    const again = await importLedger(db, { files: files(generated), importedBy: 'test', synthetic: true });
    expect(again.alreadyImported).toBe(true);
    const other = await WarehouseDatabase.open(join(dir, 'formats.duckdb'));
    try {
      await other.all(
        "INSERT INTO province SELECT * FROM (VALUES ('vn63-2004', '01', 'a', 'a', 't', 'r', 'r'), ('vn63-2004', '79', 'b', 'b', 't', 'r', 'r'), ('vn63-2004', '96', 'c', 'c', 't', 'r', 'r'))",
      );
      const instance = await DuckDBInstance.create(':memory:');
      const c = await instance.connect();
      await c.run(
        `COPY (SELECT * FROM '${join(generated, LEDGER_FILES.employers)}') TO '${join(dir, 'employers.csv')}'`,
      );
      await c.run(`COPY (SELECT * FROM '${join(generated, LEDGER_FILES.dues)}') TO '${join(dir, 'dues.csv')}'`);
      const payments = (
        await c.runAndReadAll(
          `SELECT employer_id, strftime(paid_on, '%Y-%m-%d') AS paid_on, amount FROM '${join(generated, LEDGER_FILES.payments)}'`,
        )
      ).getRowObjectsJS();
      c.disconnectSync();
      instance.closeSync();
      writeFileSync(
        join(dir, 'payments.arrow'),
        tableToIPC(
          tableFromArrays({
            employer_id: payments.map((p) => String(p['employer_id'])),
            paid_on: payments.map((p) => String(p['paid_on'])),
            amount: Float64Array.from(payments.map((p) => Number(p['amount']))),
          }),
          'file',
        ),
      );
      await importLedger(other, {
        files: {
          employers: join(dir, 'employers.csv'),
          dues: join(dir, 'dues.csv'),
          payments: join(dir, 'payments.arrow'),
        },
        importedBy: 'test',
        synthetic: false,
      });
      expect(await new LedgerRepository(other).byProvince('2022-08-14')).toEqual(
        await new LedgerRepository(db).byProvince('2022-08-14'),
      );
    } finally {
      other.close();
    }
  });

  it('refuses bad rows with file, row, column and fix, and leaves the ledger as it was', async () => {
    writeFileSync(
      join(dir, 'bad-employers.csv'),
      'employer_id,name,province,district,ownership,workers\nA1,Công ty A,01,Q1,x,5\nA2,Công ty B,99,Q1,x,5\nA1,Công ty C,01,Q1,x,-2\n',
    );
    writeFileSync(
      join(dir, 'bad-dues.csv'),
      'employer_id,month,amount\nA1,2022-01-01,100\nA3,2022-01-01,100\nA1,2022-13-01,5\nA2,2022-01-01,1.5\n',
    );
    writeFileSync(join(dir, 'bad-payments.csv'), 'employer_id,paid_on,amount\nA1,2022-01-20,100\nA1,2022-01-21,0\n');
    const before = await new LedgerRepository(db).byProvince('2023-03-31');
    const error = await importLedger(db, {
      files: {
        employers: join(dir, 'bad-employers.csv'),
        dues: join(dir, 'bad-dues.csv'),
        payments: join(dir, 'bad-payments.csv'),
      },
      importedBy: 'test',
      synthetic: false,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LedgerImportError);
    const problems = (error as LedgerImportError).problems.map((p) => [p.file, p.row, p.column, p.value]);
    expect(problems).toEqual([
      ['bad-dues.csv', 3, 'employer_id', 'A3'],
      ['bad-dues.csv', 4, 'month', '2022-13-01'],
      ['bad-dues.csv', 5, 'amount', '1.5'],
      ['bad-employers.csv', 2, 'employer_id', 'A1'],
      ['bad-employers.csv', 3, 'province', '99'],
      ['bad-employers.csv', 4, 'employer_id', 'A1'],
      ['bad-employers.csv', 4, 'workers', '-2'],
      ['bad-payments.csv', 3, 'amount', '0'],
    ]);
    expect(await new LedgerRepository(db).byProvince('2023-03-31')).toEqual(before);
  });
});
