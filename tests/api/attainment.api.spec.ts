import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadShippedData } from '@scorecard/ingest';
import { ActualRepository, WarehouseDatabase, type ActualReportInput } from '@scorecard/warehouse';
import { REPO_ROOT, graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// Real server, real DuckDB file, real HTTP. The database holds the shipped 2021 plan and a handful of reports
// written here; every expected number below is worked out by hand from the published appendix 01 figures.
const PLAN = '2800-KH-BHXH-2021';
const METRIC = 'dev_compulsory_si';

const report = (provinceCode: string, reportDate: string, value: number, submittedAt: string): ActualReportInput => ({
  planId: PLAN,
  provinceCode,
  metric: METRIC,
  reportDate,
  cumulativeValue: value,
  submittedAt,
  source: 'api-test',
  sourceRow: null,
  synthetic: false,
});

type Row = {
  rank: number | null;
  status: string;
  province: { code: string; nameVi: string; region: string };
  target: number | null;
  targetToDate: number | null;
  actual: number | null;
  reportDate: string | null;
  attainmentToDate: number | null;
  attainmentOfPeriod: number | null;
  timeElapsed: number;
  onTrack: boolean | null;
  requiredPacePerDay: number | null;
  projectedAttainment: number | null;
  synthetic: boolean;
};

const ROW_FIELDS = `rank status province { code nameVi region } target targetToDate actual reportDate attainmentToDate
  attainmentOfPeriod timeElapsed onTrack requiredPacePerDay projectedAttainment synthetic`;

describe('attainment and ranking over GraphQL', () => {
  const temp = tempDir('scorecard-api-');
  let server: RunningServer;

  beforeAll(async () => {
    const dbPath = join(temp.dir, 'api.duckdb');
    const db = await WarehouseDatabase.open(dbPath);
    await loadShippedData(db, { dataDir: join(REPO_ROOT, 'data'), sampleData: false });
    await new ActualRepository(db).append([
      report('01', '2021-09-30', 40_000, '2021-10-01T08:00:00'),
      report('01', '2021-10-15', 90_000, '2021-10-16T08:00:00'),
      // Hà Nội corrects its 15 October report two days later: the correction counts
      report('01', '2021-10-15', 100_000, '2021-10-18T08:00:00'),
      report('01', '2021-10-31', 150_000, '2021-11-01T08:00:00'),
      report('79', '2021-10-15', 200_000, '2021-10-16T08:00:00'),
      // An Giang reports once and then stops
      report('89', '2021-09-15', 3_000, '2021-09-16T08:00:00'),
      // Hà Giang and Cao Bằng reach exactly their September quotas
      report('02', '2021-09-30', 443, '2021-10-01T08:00:00'),
      report('04', '2021-09-30', 316, '2021-10-01T08:00:00'),
    ]);
    db.close();
    server = await startServer({ dbPath, env: { SCORECARD_SAMPLE_DATA: 'off' } });
  });

  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('computes every figure of a province exactly as the domain definitions say, at a mid-month date', async () => {
    const result = await graphql<{ attainment: Row[] }>(
      server.url,
      `query($asOf: LocalDate) { attainment(planId: "${PLAN}", metric: "${METRIC}", asOf: $asOf) { ${ROW_FIELDS} } }`,
      { asOf: '2021-10-20' },
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.attainment;
    expect(rows).toHaveLength(63);
    expect(rows.map((r) => r.province.code)).toEqual([...rows.map((r) => r.province.code)].sort());

    const haNoi = rows.find((r) => r.province.code === '01')!;
    // Appendix 01, Hà Nội: total 210,739; September 42,148; October 73,759. 20 of 31 October days elapsed.
    const targetToDate = 42_148 + (73_759 * 20) / 31;
    expect(haNoi.province).toEqual({ code: '01', nameVi: 'Hà Nội', region: 'Đồng bằng sông Hồng' });
    expect(haNoi.target).toBe(210_739);
    expect(haNoi.targetToDate).toBeCloseTo(targetToDate, 6);
    expect(haNoi.actual).toBe(100_000);
    expect(haNoi.reportDate).toBe('2021-10-15');
    expect(haNoi.attainmentToDate).toBeCloseTo(100_000 / targetToDate, 9);
    expect(haNoi.attainmentOfPeriod).toBeCloseTo(100_000 / 210_739, 9);
    // 30 September days + 20 October days of 122
    expect(haNoi.timeElapsed).toBeCloseTo(50 / 122, 12);
    expect(haNoi.onTrack).toBe(true);
    expect(haNoi.requiredPacePerDay).toBeCloseTo((210_739 - 100_000) / 72, 9);
    expect(haNoi.projectedAttainment).toBeCloseTo((100_000 + (100_000 / 50) * 72) / 210_739, 9);
    expect(haNoi.synthetic).toBe(false);

    const hcm = rows.find((r) => r.province.code === '79')!;
    expect(hcm.target).toBe(609_906);
    expect(hcm.attainmentOfPeriod).toBeCloseTo(200_000 / 609_906, 9);
    expect(hcm.onTrack).toBe(false);

    // An Giang's last report (15 September) still stands on 20 October
    const anGiang = rows.find((r) => r.province.code === '89')!;
    expect(anGiang.actual).toBe(3_000);
    expect(anGiang.reportDate).toBe('2021-09-15');
  });

  it('ranks reported provinces and leaves the rest unranked as not reported, never as zero', async () => {
    const result = await graphql<{ ranking: Row[] }>(
      server.url,
      `{ ranking(planId: "${PLAN}", asOf: "2021-10-20", metric: "${METRIC}") { ${ROW_FIELDS} } }`,
    );
    expect(result.errors).toBeUndefined();
    const rows = result.data!.ranking;
    // attainment to date: Hà Nội 100,000 / 89,734.45 = 1.114; Hà Giang 443 / (443 + 775·20/31) = 0.469; …
    const expected = [
      ['01', 100_000 / (42_148 + (73_759 * 20) / 31)],
      ['79', 200_000 / (121_981 + (213_467 * 20) / 31)],
      ['02', 443 / (443 + (775 * 20) / 31)],
      ['04', 316 / (316 + (554 * 20) / 31)],
      ['89', 3_000 / (6_692 + (11_711 * 20) / 31)],
    ] as const;
    const byValue = [...expected].sort((a, b) => b[1] - a[1]);
    expect(rows.slice(0, 5).map((r) => [r.province.code, r.rank])).toEqual(byValue.map(([code], i) => [code, i + 1]));
    const unranked = rows.slice(5);
    expect(unranked).toHaveLength(58);
    expect(unranked.every((r) => r.status === 'NOT_REPORTED' && r.rank === null && r.actual === null)).toBe(true);
  });

  it('gives provinces with equal attainment the same rank and skips the next', async () => {
    const result = await graphql<{ ranking: Row[] }>(
      server.url,
      `{ ranking(planId: "${PLAN}", asOf: "2021-09-30", metric: "${METRIC}") { rank province { code } attainmentToDate } }`,
    );
    // On 30 September T(d) is the September quota: Hà Giang 443/443 = Cao Bằng 316/316 = 100%,
    // Hà Nội 40,000/42,148, An Giang 3,000/6,692; TP HCM has not reported yet.
    const ranked = result.data!.ranking.filter((r) => r.rank !== null);
    expect(ranked.map((r) => [r.province.code, r.rank])).toEqual([
      ['02', 1],
      ['04', 1],
      ['01', 3],
      ['89', 4],
    ]);
    expect(ranked[2]!.attainmentToDate).toBeCloseTo(40_000 / 42_148, 9);
  });

  it('computes the national figure from the provinces and shows the published national row beside it', async () => {
    const result = await graphql<{ nationalAttainment: Record<string, number | boolean> }>(
      server.url,
      `{ nationalAttainment(planId: "${PLAN}", metric: "${METRIC}", asOf: "2021-10-20") {
          target actual attainmentOfPeriod provincesReported provincesNotReported publishedTarget publishedTargetDiffers } }`,
    );
    // The 63 province totals of appendix 01 add up to 2,350,506; the published national row says 2,350,507.
    expect(result.data!.nationalAttainment).toEqual({
      target: 2_350_506,
      actual: 100_000 + 200_000 + 443 + 316 + 3_000,
      attainmentOfPeriod: expect.closeTo(303_759 / 2_350_506, 12),
      provincesReported: 5,
      provincesNotReported: 58,
      publishedTarget: 2_350_507,
      publishedTargetDiffers: true,
    });
  });

  it('answers with the latest report date with data when no date is given', async () => {
    const result = await graphql<{
      plans: { id: string; latestReportDateWithData: string; hasSyntheticActuals: boolean }[];
      periodProgress: { asOf: string; daysElapsed: number };
    }>(
      server.url,
      `{ plans { id latestReportDateWithData hasSyntheticActuals } periodProgress(planId: "${PLAN}") { asOf daysElapsed } }`,
    );
    // The shipped synthetic 2026 plan is there too, without reports when the sample is off.
    expect(result.data!.plans).toEqual([
      { id: PLAN, latestReportDateWithData: '2021-10-31', hasSyntheticActuals: false },
      { id: 'KH-2026-34-MAU', latestReportDateWithData: null, hasSyntheticActuals: false },
    ]);
    expect(result.data!.periodProgress).toEqual({ asOf: '2021-10-31', daysElapsed: 61 });
  });

  it('reports the real errors of the published tables apart from rounding', async () => {
    const result = await graphql<{
      planReconciliation: {
        errorCount: number;
        findings: {
          metric: string;
          severity: string;
          publishedName: string;
          published: number;
          computed: number;
          month: string | null;
          kind: string;
        }[];
      };
    }>(
      server.url,
      `{ planReconciliation(planId: "${PLAN}") { errorCount findings { metric kind severity publishedName month published computed } } }`,
    );
    const findings = result.data!.planReconciliation.findings;
    const errors = findings.filter((f) => f.severity === 'ERROR');
    // Yên Bái's outreach total is printed 7,515 while its months add up to 73 + 129 + 110 + 55 = 367
    expect(errors).toContainEqual({
      metric: 'outreach_conferences',
      kind: 'ROW_MONTHS_VS_TOTAL',
      severity: 'ERROR',
      publishedName: 'Yên Bái',
      month: null,
      published: 7_515,
      computed: 367,
    });
    expect(
      findings.filter((f) => f.severity === 'ROUNDING').every((f) => Math.abs(f.published - f.computed) <= 9),
    ).toBe(true);
  });

  it('turns bad arguments into errors that say what to do, never into empty results', async () => {
    const unknownMetric = await graphql(server.url, `{ ranking(planId: "${PLAN}", metric: "nope") { rank } }`);
    expect(unknownMetric.data).toBeNull();
    expect(unknownMetric.errors![0]!.message).toMatch(/Unknown metric "nope". Use one of: dev_compulsory_si/);
    expect(unknownMetric.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');

    const outside = await graphql(
      server.url,
      `{ ranking(planId: "${PLAN}", metric: "${METRIC}", asOf: "2022-01-05") { rank } }`,
    );
    expect(outside.errors![0]!.message).toMatch(
      /outside the period of plan "2800-KH-BHXH-2021" \(2021-09-01 to 2021-12-31\)/,
    );

    const unknownPlan = await graphql(server.url, `{ attainment(planId: "2999", metric: "${METRIC}") { rank } }`);
    expect(unknownPlan.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(unknownPlan.errors![0]!.message).toMatch(/Known plans: 2800-KH-BHXH-2021/);
  });

  it('serves an offline query editor at /graphql', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('/graphiql/graphiql.min.js');
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    const script = await fetch(`${server.url}/graphiql/graphiql.min.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });
});
