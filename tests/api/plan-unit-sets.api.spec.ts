import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { download, readRecords } from '../support/export-records';
import { outcome, refusalIn } from '../support/import-outcome';
import { REPO_ROOT, graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// Plans on the two unit sets over HTTP: the 2021 plan (63 units) carried onto the 34 of the 2025 reform, every
// quota and actual the sum of the unit's predecessors and every ratio recomputed from the sums; and the shipped
// synthetic 2026 plan, given on the 34. The predecessors are read here from the shipped crosswalk
// (data/reference/merge_2025.csv), independently of the server.

const PLAN_2021 = '2800-KH-BHXH-2021';
const PLAN_2026 = 'KH-2026-34-MAU';
const MONTH_ENDS = ['2021-09-30', '2021-10-31', '2021-11-30', '2021-12-31'];

const successor = new Map(
  readFileSync(join(REPO_ROOT, 'data/reference/merge_2025.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .map(([oldCode, , , newCode]) => [oldCode!, newCode!]),
);
const predecessors = new Map<string, string[]>();
for (const [from, to] of successor) predecessors.set(to, [...(predecessors.get(to) ?? []), from]);

type Cell = {
  target: number | null;
  targetToDate: number | null;
  actual: number | null;
  attainmentToDate: number | null;
  rank: number | null;
  unitCount: number;
};
type Scorecard = { scorecard: { metrics: string[]; rows: { province: { code: string }; cells: Cell[] }[] } };
const SCORECARD = `query($planId: String!, $asOf: LocalDate, $unitSet: UnitSet) {
  scorecard(planId: $planId, asOf: $asOf, unitSet: $unitSet) {
    metrics rows { province { code } cells { target targetToDate actual attainmentToDate rank unitCount } }
  }
}`;

describe('plans on the 63 and the 34 units', () => {
  const temp = tempDir('scorecard-plan-units-');
  let server: RunningServer;
  const ask = <T>(query: string, variables: Record<string, unknown> = {}, token = 'analyst') =>
    graphql<T>(server.url, query, variables, { token: server.tokens[token]! });

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'units.duckdb'),
      tokens: ['analyst', 'data-officer', 'director:08'],
    });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  const scorecard = async (planId: string, asOf: string, unitSet?: 'VN34' | 'VN63') => {
    const answer = await ask<Scorecard>(SCORECARD, { planId, asOf, unitSet });
    expect(answer.errors).toBeUndefined();
    return answer.data!.scorecard;
  };

  it('gives each of the 34 units the sums of its predecessors’ quotas, for every metric and every month of 2021', async () => {
    for (const asOf of MONTH_ENDS) {
      const [v63, v34] = await Promise.all([scorecard(PLAN_2021, asOf), scorecard(PLAN_2021, asOf, 'VN34')]);
      expect(v34.metrics).toEqual(v63.metrics);
      expect(v63.rows).toHaveLength(63);
      expect(v34.rows.map((row) => row.province.code)).toEqual([...predecessors.keys()].sort());
      const cells63 = new Map(v63.rows.map((row) => [row.province.code, row.cells]));
      for (const row of v34.rows) {
        const members = predecessors.get(row.province.code)!.map((code) => cells63.get(code)!);
        row.cells.forEach((cell, m) => {
          const sum = (pick: (c: Cell) => number | null) => members.reduce((acc, c) => acc + pick(c[m]!)!, 0);
          // The target to date at a month's end is the months' quotas so far: equal at every month end, equal
          // month by month.
          expect(cell.target, `${row.province.code} ${v34.metrics[m]} ${asOf}`).toBe(sum((c) => c.target));
          expect(cell.targetToDate).toBeCloseTo(
            sum((c) => c.targetToDate),
            6,
          );
          expect(cell.unitCount).toBe(34);
          if (members.every((c) => c[m]!.actual !== null)) {
            const actual = sum((c) => c.actual);
            expect(cell.actual).toBe(actual);
            // recomputed from the sums, never the mean of the predecessors' ratios
            expect(cell.attainmentToDate).toBeCloseTo(actual / cell.targetToDate!, 9);
          } else {
            expect(cell.actual).toBeNull();
          }
        });
      }
    }
  });

  it('ranks the 34 among themselves on the 2021 plan, and says so ("of 34")', async () => {
    const answer = await ask<{ ranking: { province: { code: string }; rank: number | null; unitCount: number }[] }>(
      `{ ranking(planId: "${PLAN_2021}", metric: "dev_health_insurance", asOf: "2021-11-30", unitSet: VN34) { province { code } rank unitCount } }`,
    );
    expect(answer.errors).toBeUndefined();
    const ranking = answer.data!.ranking;
    expect(ranking).toHaveLength(34);
    expect(ranking.every((row) => row.unitCount === 34)).toBe(true);
    expect(ranking[0]!.rank).toBe(1);
    expect(Math.max(...ranking.map((row) => row.rank ?? 0))).toBeLessThanOrEqual(34);
  });

  it("shows a provincial director their own office's report source, but not a sum of several offices' reports", async () => {
    const query = (unitSet: string) =>
      `{ attainment(planId: "${PLAN_2021}", metric: "revenue", asOf: "2021-11-30", unitSet: ${unitSet}) { province { code } source } }`;
    const own = (answer: { data?: { attainment: { province: { code: string }; source: string | null }[] } }) =>
      answer.data!.attainment.find((row) => row.province.code === '08')!.source;
    const on63 = await ask<{ attainment: { province: { code: string }; source: string | null }[] }>(
      query('VN63'),
      {},
      'director:08',
    );
    expect(own(on63)).toMatch(/submission/);
    // Tuyên Quang (08) of the 34 is Hà Giang's and Tuyên Quang's reports summed.
    const on34 = await ask<{ attainment: { province: { code: string }; source: string | null }[] }>(
      query('VN34'),
      {},
      'director:08',
    );
    expect(own(on34)).toBeNull();
    const analyst = await ask<{ attainment: { province: { code: string }; source: string | null }[] }>(query('VN34'));
    expect(own(analyst)).toMatch(/^sum of 2 reports: 02: .*; 08: /);
  });

  it('lists the synthetic 2026 plan on the 34 units after the published plan', async () => {
    const answer = await ask<{ plans: { id: string; unitSet: string; synthetic: boolean; periodEnd: string }[] }>(
      '{ plans { id unitSet synthetic periodEnd } }',
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.plans.map((plan) => [plan.id, plan.unitSet, plan.synthetic])).toEqual([
      [PLAN_2021, 'VN63', false],
      [PLAN_2026, 'VN34', true],
    ]);
  });

  it('ranks the 34 units on the 2026 plan and refuses to split it onto the 63', async () => {
    const answer = await ask<{
      ranking: { province: { code: string; unitSet: string }; rank: number | null; unitCount: number }[];
    }>(
      `{ ranking(planId: "${PLAN_2026}", metric: "dev_compulsory_si", asOf: "2026-11-30") { province { code unitSet } rank unitCount } }`,
    );
    expect(answer.errors).toBeUndefined();
    const ranking = answer.data!.ranking;
    expect(ranking).toHaveLength(34);
    expect(new Set(ranking.map((row) => row.province.unitSet))).toEqual(new Set(['VN34']));
    expect(ranking.every((row) => row.unitCount === 34)).toBe(true);
    expect(ranking.filter((row) => row.rank !== null).length).toBeGreaterThan(30);

    const split = await ask(`{ ranking(planId: "${PLAN_2026}", metric: "revenue", unitSet: VN63) { rank } }`);
    expect(split.errors?.[0]?.message).toMatch(/cannot be split onto the 63/);
  });

  it('exports the 2026 plan with 34 rows per metric', async () => {
    const records = async (path: string) =>
      readRecords('xlsx', (await download(server.url, path, server.tokens['analyst']!)).body, temp.dir);
    const rows = await records(`/export/attainment.xlsx?planId=${PLAN_2026}&asOf=2026-11-30`);
    const metrics = new Set(rows.map((row) => row['metric']));
    expect(metrics.size).toBe(7);
    for (const metric of metrics) {
      const ofMetric = rows.filter((row) => row['metric'] === metric);
      expect(ofMetric).toHaveLength(34);
      expect(new Set(ofMetric.map((row) => row['unit_set']))).toEqual(new Set(['vn34-2025']));
      expect(new Set(ofMetric.map((row) => row['unit_count']))).toEqual(new Set([34]));
    }
    // The 2021 plan exported onto the 34 as well.
    const carried = await records(`/export/attainment.xlsx?planId=${PLAN_2021}&asOf=2021-12-31&unitSet=VN34`);
    expect(carried).toHaveLength(34 * 7);
  });

  it('refuses a name of the 63 in a table of the 34, suggests the unit it became, and stores nothing', async () => {
    const table = readFileSync(join(REPO_ROOT, 'data/plans', PLAN_2026, 'appendix-03.txt'), 'utf8');
    const withOldName = table.replace('\tTuyên Quang\t', '\tHà Giang\t');
    expect(withOldName).not.toBe(table);
    const result = await ask(
      `mutation($files: [PlanFileInput!]!) { importPlan(planId: "${PLAN_2026}", files: $files) ${outcome('PlanImportResult', 'version created')} }`,
      { files: [{ name: 'appendix-03.txt', contentBase64: Buffer.from(withOldName).toString('base64') }] },
      'data-officer',
    );
    expect(result.errors).toBeUndefined();
    const refusal = refusalIn(result, 'importPlan')!;
    expect(refusal).toBeDefined();
    const problem = refusal.problems.find((p) => p.kind === 'UNKNOWN_PROVINCE')!;
    expect(problem).toMatchObject({ file: 'appendix-03.txt', value: 'Hà Giang', columnNumber: 2 });
    expect(problem.message).toContain('part of Tuyên Quang (08)');
    expect(problem.fix).toContain('Write Tuyên Quang (code 08)');
    expect(problem.messageVi).toContain('thuộc Tuyên Quang (mã 08)');
    const versions = await ask<{ plan: { versions: { version: number }[] } }>(
      `{ plan(id: "${PLAN_2026}") { versions { version } } }`,
    );
    expect(versions.data!.plan.versions).toHaveLength(1);
  });
});
