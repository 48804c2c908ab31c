import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/scorecard-cli';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// A small ledger generated and imported with the command line, then every late-payment answer of the API
// checked against a computation written here from the rules of docs/late-payment.md, month by month and
// oldest debt first, straight from the Parquet files.

type Employer = {
  id: string;
  province: string;
  dues: Map<string, number>; // YYYY-MM → amount
  payments: { paidOn: string; amount: number }[];
};

const monthNumber = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** Receivable, overdue and the overdue by age of one employer at a date, by walking its months oldest first. */
function byHand(employer: Employer, asOf: string) {
  const current = monthNumber(asOf.slice(0, 7));
  let paid = employer.payments.filter((p) => p.paidOn <= asOf).reduce((s, p) => s + p.amount, 0);
  const months = [...employer.dues.keys()].filter((m) => monthNumber(m) <= current).sort();
  let receivable = 0;
  let overdue = 0;
  const aged = { under1: 0, from1to3: 0, from3: 0 };
  let oldest: string | null = null;
  for (const month of months) {
    const due = employer.dues.get(month)!;
    if (month.slice(0, 4) === asOf.slice(0, 4)) receivable += due;
    const settled = Math.min(paid, due);
    paid -= settled;
    if (due - settled > 0 && monthNumber(month) < current) {
      const age = current - monthNumber(month) - 1;
      overdue += due - settled;
      if (age < 1) aged.under1 += due - settled;
      else if (age < 3) aged.from1to3 += due - settled;
      else aged.from3 += due - settled;
      oldest ??= month;
    }
  }
  return { receivable, overdue, aged, oldest };
}

describe('late payment over GraphQL', () => {
  const temp = tempDir('scorecard-late-');
  const ledgerDir = join(temp.dir, 'ledger');
  const dbPath = join(temp.dir, 'late.duckdb');
  let server: RunningServer;
  const employers = new Map<string, Employer>();

  beforeAll(async () => {
    const generated = await runCli([
      'generate-ledger',
      '--employers',
      '3000',
      '--months',
      '15',
      '--from',
      '2022-01',
      '--out',
      ledgerDir,
    ]);
    expect(generated.code, generated.stderr).toBe(0);
    const imported = await runCli(['import-ledger', ledgerDir, '--db', dbPath, '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ status: 'imported', employers: 3000, firstMonth: '2022-01' });

    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const rows = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
    for (const r of await rows(`SELECT employer_id, province FROM '${join(ledgerDir, 'employers.parquet')}'`))
      employers.set(String(r['employer_id']), {
        id: String(r['employer_id']),
        province: String(r['province']),
        dues: new Map(),
        payments: [],
      });
    for (const r of await rows(
      `SELECT employer_id, strftime(month, '%Y-%m') AS m, amount FROM '${join(ledgerDir, 'dues.parquet')}'`,
    ))
      employers.get(String(r['employer_id']))!.dues.set(String(r['m']), Number(r['amount']));
    for (const r of await rows(
      `SELECT employer_id, strftime(paid_on, '%Y-%m-%d') AS d, amount FROM '${join(ledgerDir, 'payments.parquet')}'`,
    ))
      employers.get(String(r['employer_id']))!.payments.push({ paidOn: String(r['d']), amount: Number(r['amount']) });
    connection.disconnectSync();
    instance.closeSync();

    server = await startServer({ dbPath, env: { SCORECARD_SAMPLE_DATA: 'off' } });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  type ProvinceRow = {
    province: { code: string };
    rank: number | null;
    ratio: number | null;
    receivable: number;
    overdue: number;
    employersInArrears: number;
    buckets: { bucket: string; amount: number; employers: number }[];
  };

  for (const asOf of ['2022-03-31', '2022-07-16', '2022-12-31', '2023-02-01']) {
    it(`gives each province's ratio, buckets and rank as computed by hand on ${asOf}`, async () => {
      const result = await graphql<{
        latePayment: { asOf: string; synthetic: boolean; national: { ratio: number }; provinces: ProvinceRow[] };
      }>(
        server.url,
        `{ latePayment(asOf: "${asOf}") { asOf synthetic national { ratio }
          provinces { province { code } rank ratio receivable overdue employersInArrears buckets { bucket amount employers } } } }`,
      );
      expect(result.errors).toBeUndefined();
      const answer = result.data!.latePayment;
      expect(answer).toMatchObject({ asOf, synthetic: true });
      expect(answer.provinces).toHaveLength(63);
      let nationalOverdue = 0;
      let nationalReceivable = 0;
      const ratios = new Map<string, number | null>();
      for (const row of answer.provinces) {
        const mine = [...employers.values()]
          .filter((e) => e.province === row.province.code)
          .map((e) => byHand(e, asOf));
        const receivable = mine.reduce((s, m) => s + m.receivable, 0);
        const overdue = mine.reduce((s, m) => s + m.overdue, 0);
        nationalOverdue += overdue;
        nationalReceivable += receivable;
        expect([row.receivable, row.overdue], row.province.code).toEqual([receivable, overdue]);
        expect(row.employersInArrears).toBe(mine.filter((m) => m.overdue > 0).length);
        expect(row.buckets.map((b) => b.amount)).toEqual([
          mine.reduce((s, m) => s + m.aged.under1, 0),
          mine.reduce((s, m) => s + m.aged.from1to3, 0),
          mine.reduce((s, m) => s + m.aged.from3, 0),
        ]);
        const ratio = receivable > 0 ? overdue / receivable : null;
        ratios.set(row.province.code, ratio === null ? null : Math.round(ratio * 1e6) / 1e6);
        if (ratio === null) expect(row.ratio).toBeNull();
        else expect(row.ratio).toBeCloseTo(ratio, 12);
      }
      expect(answer.national.ratio).toBeCloseTo(nationalOverdue / nationalReceivable, 12);
      // Competition ranks, lowest ratio first, ties sharing a rank.
      for (const row of answer.provinces) {
        const mine = ratios.get(row.province.code)!;
        const better = [...ratios.values()].filter((r) => r !== null && mine !== null && r < mine).length;
        expect(row.rank, row.province.code).toBe(mine === null ? null : better + 1);
      }
      const ranks = answer.provinces.map((p) => p.rank ?? Infinity);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    });
  }

  it('bands each ratio against the latest published reference on or before the date, lower is better', async () => {
    // This test's ledger ends before September 2023 (the 3.37 % reference): 2.91 % before and after end 2022.
    for (const asOf of ['2022-07-16', '2023-02-01']) {
      const answer = await graphql<{
        latePayment: {
          bandReference: { ratio: number };
          national: { ratio: number; band: string };
          provinces: { ratio: number | null; band: string | null; bandLabel: string | null }[];
        };
      }>(
        server.url,
        `{ latePayment(asOf: "${asOf}") { bandReference { ratio } national { ratio band }
          provinces { ratio band bandLabel } } }`,
      );
      expect(answer.errors).toBeUndefined();
      const { bandReference, national, provinces } = answer.data!.latePayment;
      // Before the first reference (end of 2022) the earliest one is used.
      expect(bandReference.ratio).toBe(0.0291);
      const bandOf = (ratio: number) => {
        const r = Math.round(ratio * 1e6) / 1e6;
        if (r <= bandReference.ratio) return 'ON_TRACK';
        return r <= Math.round(bandReference.ratio * 1.1 * 1e6) / 1e6 ? 'AT_RISK' : 'BEHIND';
      };
      expect(national.band).toBe(bandOf(national.ratio));
      for (const row of provinces) {
        expect(row.band).toBe(row.ratio === null ? null : bandOf(row.ratio));
        if (row.band) expect(row.bandLabel).toBe({ ON_TRACK: 'Đạt', AT_RISK: 'Cần chú ý', BEHIND: 'Chậm' }[row.band]);
      }
      expect(new Set(provinces.map((row) => row.band)).size).toBeGreaterThan(1);
    }
  });

  it('pages through a province’s employers in arrears, largest first, with the oldest unpaid month', async () => {
    const asOf = '2022-12-31';
    const expected = [...employers.values()]
      .filter((e) => e.province === '79')
      .map((e) => ({ id: e.id, ...byHand(e, asOf) }))
      .filter((e) => e.overdue > 0)
      .sort((a, b) => b.overdue - a.overdue || a.id.localeCompare(b.id));
    const seen: { id: string; overdue: number; oldest: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const result: Awaited<
        ReturnType<
          typeof graphql<{
            employersInArrears: {
              totalCount: number;
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
              edges: { node: { employer: { id: string }; overdue: number; oldestOverdueMonth: string } }[];
            };
          }>
        >
      > = await graphql(
        server.url,
        `query($after: String) { employersInArrears(province: "79", asOf: "${asOf}", first: 25, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { employer { id } overdue oldestOverdueMonth } } } }`,
        { after },
      );
      expect(result.errors).toBeUndefined();
      const connection = result.data!.employersInArrears;
      expect(connection.totalCount).toBe(expected.length);
      seen.push(
        ...connection.edges.map((e) => ({
          id: e.node.employer.id,
          overdue: e.node.overdue,
          oldest: e.node.oldestOverdueMonth,
        })),
      );
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected.map((e) => ({ id: e.id, overdue: e.overdue, oldest: e.oldest })));
  });

  it('gives the monthly trend, and refuses dates outside the ledger and unknown provinces with a message', async () => {
    const trend = await graphql<{
      latePaymentTrend: { month: string; asOf: string; overdue: number; ratio: number }[];
    }>(server.url, '{ latePaymentTrend { month asOf overdue ratio } }');
    expect(trend.data!.latePaymentTrend.map((p) => p.month)).toHaveLength(15);
    const december = trend.data!.latePaymentTrend.find((p) => p.month === '2022-12')!;
    expect(december.asOf).toBe('2022-12-31');
    expect(december.overdue).toBe([...employers.values()].reduce((s, e) => s + byHand(e, '2022-12-31').overdue, 0));

    const outside = await graphql(server.url, '{ latePayment(asOf: "2024-01-31") { asOf } }');
    expect(outside.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(outside.errors![0]!.message).toContain('2022-01-01 to 2023-03-31');
    for (const range of [
      'from: "9999-12"',
      'to: "1999-01"',
      'from: "2023-03", to: "2022-01"',
      'from: "2030-01", to: "2030-12"',
    ]) {
      const missed = await graphql(server.url, `{ latePaymentTrend(${range}) { month } }`);
      expect(missed.data).toBeNull();
      expect(missed.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    }
    // A month is a month: a whole date is refused by the YearMonth scalar before anything runs.
    const date = await graphql(server.url, '{ latePaymentTrend(from: "2022-12-31") { month } }');
    expect(date.data).toBeUndefined();
    expect(date.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE' });
    const unknown = await graphql(server.url, '{ employersInArrears(province: "99") { totalCount } }');
    expect(unknown.errors![0]!.message).toContain('No province with code "99"');
  });
});
