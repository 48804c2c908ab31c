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

  it('gives the rank change between any two dates as two rankings say it', async () => {
    const answer = await graphql<{
      rankChange: {
        province: { code: string };
        fromRank: number | null;
        toRank: number | null;
        change: number | null;
      }[];
      from: { province: { code: string }; rank: number | null }[];
      to: { province: { code: string }; rank: number | null }[];
    }>(
      server.url,
      `{ rankChange(planId: "${PLAN}", metric: "revenue", from: "2021-09-30", to: "2021-11-30") { province { code } fromRank toRank change }
         from: attainment(planId: "${PLAN}", metric: "revenue", asOf: "2021-09-30") { province { code } rank }
         to: attainment(planId: "${PLAN}", metric: "revenue", asOf: "2021-11-30") { province { code } rank } }`,
    );
    expect(answer.errors).toBeUndefined();
    const { rankChange, from, to } = answer.data!;
    expect(rankChange).toHaveLength(63);
    const rankAt = (rows: typeof from, code: string) => rows.find((row) => row.province.code === code)!.rank;
    for (const row of rankChange) {
      expect(row.fromRank).toBe(rankAt(from, row.province.code));
      expect(row.toRank).toBe(rankAt(to, row.province.code));
      expect(row.change).toBe(row.fromRank === null || row.toRank === null ? null : row.fromRank - row.toRank);
    }
    expect(rankChange.some((row) => row.change !== null && row.change !== 0)).toBe(true);
  });

  it('gives a province’s rank at each report date, by name, as attainment at each date says', async () => {
    const history = await graphql<{ rankHistory: { asOf: string; rank: number | null; figure: number | null }[] }>(
      server.url,
      `{ rankHistory(planId: "${PLAN}", metric: "revenue", province: "Khánh Hòa", asOf: "${AS_OF}") { asOf rank figure } }`,
    );
    expect(history.errors).toBeUndefined();
    const points = history.data!.rankHistory;
    expect(points.map((p) => p.asOf)).toEqual(['2021-09-15', '2021-09-30', '2021-10-15', '2021-10-31', '2021-11-15']);
    for (const point of points) {
      const one = await graphql<{
        attainment: { province: { code: string }; rank: number | null; figure: number | null }[];
      }>(
        server.url,
        `{ attainment(planId: "${PLAN}", metric: "revenue", asOf: "${point.asOf}") { province { code } rank figure } }`,
      );
      const khanhHoa = one.data!.attainment.find((row) => row.province.code === '56')!;
      expect({ rank: point.rank, figure: point.figure }).toEqual({ rank: khanhHoa.rank, figure: khanhHoa.figure });
    }
  });

  it('filters the ranking by region, status, band and attainment, each province keeping its rank among all 63', async () => {
    type Ranked = {
      province: { code: string; region: string; regionEn: string };
      rank: number | null;
      status: string;
      band: string | null;
      figure: number | null;
    };
    const fields = 'province { code region regionEn } rank status band figure';
    const all = (
      await graphql<{ ranking: Ranked[] }>(
        server.url,
        `{ ranking(planId: "${PLAN}", metric: "revenue", asOf: "${AS_OF}") { ${fields} } }`,
      )
    ).data!.ranking;
    const filtered = async (filter: string) => {
      const answer = await graphql<{ ranking: Ranked[] }>(
        server.url,
        `{ ranking(planId: "${PLAN}", metric: "revenue", asOf: "${AS_OF}", ${filter}) { ${fields} } }`,
      );
      expect(answer.errors, filter).toBeUndefined();
      return answer.data!.ranking;
    };
    const expectSubset = (rows: Ranked[], keep: (row: Ranked) => boolean) => {
      expect(rows).toEqual(all.filter(keep));
      expect(rows.length).toBeGreaterThan(0);
    };
    expectSubset(await filtered('region: "Red River Delta"'), (row) => row.province.regionEn === 'Red River Delta');
    expectSubset(
      await filtered('region: "Đồng bằng sông Hồng"'),
      (row) => row.province.region === 'Đồng bằng sông Hồng',
    );
    expectSubset(await filtered('band: BEHIND'), (row) => row.band === 'BEHIND');
    expectSubset(await filtered('attainmentBelow: 0.95'), (row) => row.figure !== null && row.figure < 0.95);
    expect(await filtered('status: NOT_REPORTED')).toEqual(all.filter((row) => row.status === 'NOT_REPORTED'));
  });
});
