import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// The analysts' matrix: provinces × metrics at one date in one query must say exactly what one `attainment` query
// per metric says, and provinces may be named as the importers accept them.
const PLAN = '2800-KH-BHXH-2021';
const AS_OF = '2021-11-15';
const CELL =
  'metric rank status figure reference band stale actual target targetToDate attainmentToDate province { code }';

type Cell = { metric: string; province: { code: string } } & Record<string, unknown>;
type Scorecard = {
  asOf: string;
  basis: string;
  metrics: string[];
  rows: { province: { code: string }; cells: Cell[] }[];
};

describe('scorecard', () => {
  const temp = tempDir('scorecard-matrix-');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'matrix.duckdb'), tokens: ['analyst'] });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  for (const basis of ['TO_DATE', 'PERIOD'] as const) {
    it(`gives 63 × 7 cells equal to seven attainment queries (${basis})`, async () => {
      const answer = await graphql<{ scorecard: Scorecard; metrics: { key: string }[] }>(
        server.url,
        `{ metrics { key } scorecard(planId: "${PLAN}", asOf: "${AS_OF}", basis: ${basis}) {
            asOf basis metrics rows { province { code } cells { ${CELL} } } } }`,
      );
      expect(answer.errors).toBeUndefined();
      const { scorecard, metrics } = answer.data!;
      expect(scorecard.asOf).toBe(AS_OF);
      expect(scorecard.metrics).toEqual(metrics.map((m) => m.key));
      expect(scorecard.rows).toHaveLength(63);
      expect(scorecard.rows.map((row) => row.province.code)).toEqual(
        [...scorecard.rows.map((row) => row.province.code)].sort(),
      );
      for (const [i, metric] of scorecard.metrics.entries()) {
        const one = await graphql<{ attainment: Cell[] }>(
          server.url,
          `{ attainment(planId: "${PLAN}", metric: "${metric}", asOf: "${AS_OF}", basis: ${basis}) { ${CELL} } }`,
        );
        const byCode = new Map(one.data!.attainment.map((cell) => [cell.province.code, cell]));
        for (const row of scorecard.rows)
          expect(row.cells[i], `${metric} ${row.province.code}`).toEqual(byCode.get(row.province.code));
      }
    });
  }

  it('takes provinces by code or by any name the importers accept, and regions in either language', async () => {
    const named = await graphql<{ scorecard: Scorecard }>(
      server.url,
      `{ scorecard(planId: "${PLAN}", metrics: ["revenue", "dev_voluntary_si"], provinces: ["Hà Nội", "ha noi", "TP HCM", "12"]) {
          metrics rows { province { code } cells { metric } } } }`,
    );
    expect(named.errors).toBeUndefined();
    expect(named.data!.scorecard.rows.map((row) => row.province.code)).toEqual(['01', '12', '79']);
    expect(named.data!.scorecard.rows[0]!.cells.map((cell) => cell.metric)).toEqual(['revenue', 'dev_voluntary_si']);

    const byRegion = async (region: string) =>
      (
        await graphql<{ scorecard: Scorecard }>(
          server.url,
          `{ scorecard(planId: "${PLAN}", metrics: ["revenue"], regions: ["${region}"]) { rows { province { code } } } }`,
        )
      ).data!.scorecard.rows.map((row) => row.province.code);
    const vietnamese = await byRegion('Đồng bằng sông Hồng');
    expect(vietnamese).toContain('01');
    expect(vietnamese.length).toBeGreaterThan(5);
    expect(await byRegion('Red River Delta')).toEqual(vietnamese);
  });

  it('refuses an unknown province with suggestions and an unknown region, in both languages', async () => {
    const misspelt = await graphql(server.url, `{ scorecard(planId: "${PLAN}", provinces: ["Ha Nọi x"]) { asOf } }`);
    expect(misspelt.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(misspelt.errors?.[0]?.message).toMatch(/No province/);
    const region = await graphql(server.url, `{ scorecard(planId: "${PLAN}", regions: ["Atlantis"]) { asOf } }`);
    expect(region.errors?.[0]?.message).toContain('Unknown region "Atlantis"');
    expect(region.errors?.[0]?.extensions?.messageVi).toContain('Không có vùng');
  });
});
