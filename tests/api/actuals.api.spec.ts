import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedTargets, targetToDate } from '../support/published-targets';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';
import { outcome, refusalIn } from '../support/import-outcome';

// A generated set of submissions (revisions out of order, a province that stops, one that never reports a
// metric) goes in through the importActuals mutation as a CSV; every answer is then checked against an
// independent computation here, for several as-of dates.
const PLAN = '2800-KH-BHXH-2021';
const REPORT_DATES = [
  '2021-09-15',
  '2021-09-30',
  '2021-10-15',
  '2021-10-31',
  '2021-11-15',
  '2021-11-30',
  '2021-12-15',
  '2021-12-31',
];
const METRICS = { dev_compulsory_si: publishedTargets('01', 0), revenue: publishedTargets('02', 0) } as const;
type Metric = keyof typeof METRICS;
const PROVINCES = ['01', '89', '27', '96', '04', '75', '02', '12', '80', '40'];

type Submission = { province: string; metric: Metric; reportDate: string; value: number; submittedAt: string };

function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function generate(): Submission[] {
  const next = random(42);
  const rows: Submission[] = [];
  for (const province of PROVINCES) {
    for (const metric of Object.keys(METRICS) as Metric[]) {
      if (province === '40' && metric === 'revenue') continue; // never reports revenue
      const targets = METRICS[metric].get(province)!;
      const level = 0.5 + next() * 0.8;
      for (const reportDate of REPORT_DATES) {
        if (province === '12' && reportDate > '2021-10-15') continue; // stops reporting
        if (province === '80' && reportDate === '2021-09-15') continue; // starts late
        const value = Math.round(targetToDate(targets, reportDate) * level * (0.95 + next() * 0.1));
        rows.push({ province, metric, reportDate, value, submittedAt: `${reportDate}T16:00:00` });
        if (next() < 0.15) {
          // Revisions out of order: the correction sent that night comes first in the file, and a draft sent
          // that morning comes last. The correction is in force.
          rows.splice(rows.length - 1, 0, {
            province,
            metric,
            reportDate,
            value: value + 11,
            submittedAt: `${reportDate}T23:00:00`,
          });
          rows.push({ province, metric, reportDate, value: value + 7, submittedAt: `${reportDate}T09:00:00` });
        }
      }
    }
  }
  // Cà Mau's revenue report of 31 October goes down: stored, and listed as a warning.
  const drop = rows.find((r) => r.province === '96' && r.metric === 'revenue' && r.reportDate === '2021-10-31')!;
  drop.value = 1;
  return rows;
}

const SUBMISSIONS = generate();
const csv = (rows: readonly Submission[]) =>
  `province,metric,report_date,value,submitted_at\n${rows.map((r) => `${r.province},${r.metric},${r.reportDate},${r.value},${r.submittedAt}`).join('\n')}\n`;
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** A(d) by hand: latest report date on or before d, then the revision submitted last. */
function actual(province: string, metric: Metric, asOf: string): { value: number; reportDate: string } | null {
  const candidates = SUBMISSIONS.filter((s) => s.province === province && s.metric === metric && s.reportDate <= asOf);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.reportDate.localeCompare(b.reportDate) || a.submittedAt.localeCompare(b.submittedAt));
  return candidates.at(-1)!;
}

/** Competition ranks by attainment to date, values rounded to six decimals, among the provinces that reported. */
function ranks(metric: Metric, asOf: string): Map<string, number> {
  const values = PROVINCES.flatMap((p) => {
    const a = actual(p, metric, asOf);
    return a ? [[p, Math.round((a.value / targetToDate(METRICS[metric].get(p)!, asOf)) * 1e6) / 1e6] as const] : [];
  }).sort((a, b) => b[1] - a[1]);
  const result = new Map<string, number>();
  values.forEach(([p, v], i) =>
    result.set(p, i > 0 && values[i - 1]![1] === v ? result.get(values[i - 1]![0])! : i + 1),
  );
  return result;
}

type Row = {
  province: { code: string };
  actual: number | null;
  reportDate: string | null;
  targetToDate: number;
  attainmentToDate: number | null;
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  status: string;
};

describe('actuals over GraphQL', () => {
  const temp = tempDir('scorecard-actuals-');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'actuals.duckdb'),
      env: { SCORECARD_SAMPLE_DATA: 'off' },
      tokens: ['data-officer', 'director:02'],
    });
    const result = await graphql<{ importActuals: { rowsStored: number; alreadyImported: boolean } }>(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importActuals(planId: "${PLAN}", files: $files) ${outcome('ActualImportResult', 'rowsStored alreadyImported')} }`,
      { files: [{ name: 'bao-cao.csv', contentBase64: base64(csv(SUBMISSIONS)) }] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.importActuals).toEqual({
      __typename: 'ActualImportResult',
      rowsStored: SUBMISSIONS.length,
      alreadyImported: false,
    });
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  const rankingAt = async (metric: Metric, asOf: string) => {
    const result = await graphql<{ attainment: Row[] }>(
      server.url,
      `{ attainment(planId: "${PLAN}", metric: "${metric}", asOf: "${asOf}") {
          province { code } actual reportDate targetToDate attainmentToDate rank previousRank rankChange status } }`,
    );
    expect(result.errors).toBeUndefined();
    return new Map(result.data!.attainment.map((row) => [row.province.code, row]));
  };

  for (const asOf of ['2021-09-14', '2021-09-15', '2021-10-20', '2021-11-30', '2021-12-31']) {
    it(`matches an independent computation of actual, attainment, rank and rank change on ${asOf}`, async () => {
      for (const metric of Object.keys(METRICS) as Metric[]) {
        const rows = await rankingAt(metric, asOf);
        const expectedRanks = ranks(metric, asOf);
        const inForce = REPORT_DATES.filter((d) => d <= asOf).at(-1);
        const previous = inForce ? REPORT_DATES.filter((d) => d < inForce).at(-1) : undefined;
        const previousRanks = previous ? ranks(metric, previous) : new Map<string, number>();
        for (const code of PROVINCES) {
          const row = rows.get(code)!;
          const expected = actual(code, metric, asOf);
          const where = `${metric} ${code} ${asOf}`;
          expect(row.actual, where).toBe(expected?.value ?? null);
          expect(row.reportDate, where).toBe(expected?.reportDate ?? null);
          expect(row.status, where).toBe(expected ? 'REPORTED' : 'NOT_REPORTED');
          expect(row.targetToDate, where).toBeCloseTo(targetToDate(METRICS[metric].get(code)!, asOf), 6);
          if (expected)
            expect(row.attainmentToDate, where).toBeCloseTo(
              expected.value / targetToDate(METRICS[metric].get(code)!, asOf),
              9,
            );
          expect(row.rank, where).toBe(expectedRanks.get(code) ?? null);
          expect(row.previousRank, where).toBe(previousRanks.get(code) ?? null);
          const change =
            previousRanks.has(code) && expectedRanks.has(code)
              ? previousRanks.get(code)! - expectedRanks.get(code)!
              : null;
          expect(row.rankChange, where).toBe(change);
        }
        // provinces outside the generated set never reported: not ranked, never zero
        expect(
          [...rows.values()]
            .filter((r) => !PROVINCES.includes(r.province.code))
            .every((r) => r.actual === null && r.rank === null),
        ).toBe(true);
      }
    });
  }

  it('says who has not reported for a report date, and since when', async () => {
    const result = await graphql<{
      reportingStatus: {
        reportDate: string;
        provinces: {
          province: { code: string };
          status: string;
          metricsReported: number;
          lastReportDate: string | null;
        }[];
      };
    }>(
      server.url,
      `{ reportingStatus(planId: "${PLAN}", reportDate: "2021-11-15") { reportDate provinces { province { code } status metricsReported lastReportDate } } }`,
    );
    const byCode = new Map(result.data!.reportingStatus.provinces.map((p) => [p.province.code, p]));
    // Lai Châu stopped after 15 October; Nghệ An reports one of seven metrics; Hà Nội two; others none ever.
    expect(byCode.get('12')).toMatchObject({ status: 'NOT_REPORTED', lastReportDate: '2021-10-15' });
    expect(byCode.get('40')).toMatchObject({ status: 'PARTIAL', metricsReported: 1 });
    expect(byCode.get('01')).toMatchObject({ status: 'PARTIAL', metricsReported: 2, lastReportDate: '2021-11-15' });
    expect(byCode.get('33')).toMatchObject({ status: 'NOT_REPORTED', lastReportDate: null });
    expect(result.data!.reportingStatus.provinces[0]!.status).toBe('NOT_REPORTED');
  });

  it('shows the history of a figure with every revision, the one in force marked', async () => {
    const revised = SUBMISSIONS.find(
      (s) =>
        SUBMISSIONS.filter((t) => t.province === s.province && t.metric === s.metric && t.reportDate === s.reportDate)
          .length === 3,
    )!;
    const result = await graphql<{
      actualHistory: {
        points: {
          reportDate: string;
          actual: number | null;
          cumulativeTarget: number;
          revisions: { value: number; superseded: boolean; submittedAt: string }[];
        }[];
      };
    }>(
      server.url,
      `{ actualHistory(planId: "${PLAN}", province: "${revised.province}", metric: "${revised.metric}") {
        points { reportDate actual cumulativeTarget revisions { value superseded submittedAt } } } }`,
    );
    const point = result.data!.actualHistory.points.find((p) => p.reportDate === revised.reportDate)!;
    expect(point.revisions).toHaveLength(3);
    expect(point.actual).toBe(actual(revised.province, revised.metric, revised.reportDate)!.value);
    expect(point.revisions.filter((r) => !r.superseded).map((r) => r.value)).toEqual([point.actual]);
    expect(point.cumulativeTarget).toBeCloseTo(
      targetToDate(METRICS[revised.metric].get(revised.province)!, revised.reportDate),
      6,
    );
    expect(result.data!.actualHistory.points.map((p) => p.reportDate)).toEqual(REPORT_DATES);
  });

  it('stores a suspicious figure and lists it as a data-quality warning', async () => {
    const result = await graphql<{
      dataQualityWarnings: {
        kind: string;
        province: { code: string };
        metric: string;
        reportDate: string;
        value: number;
      }[];
    }>(
      server.url,
      `{ dataQualityWarnings(planId: "${PLAN}", province: "96") { kind province { code } metric reportDate value } }`,
    );
    expect(result.data!.dataQualityWarnings).toContainEqual({
      kind: 'DECREASING_CUMULATIVE',
      province: { code: '96' },
      metric: 'revenue',
      reportDate: '2021-10-31',
      value: 1,
    });
  });

  it('changes nothing when the same file comes again, and refuses a broken one whole', async () => {
    const before = await rankingAt('revenue', '2021-12-31');
    const again = await graphql<{ importActuals: { rowsStored: number; alreadyImported: boolean } }>(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importActuals(planId: "${PLAN}", files: $files) ${outcome('ActualImportResult', 'rowsStored alreadyImported')} }`,
      { files: [{ name: 'bao-cao-lan-2.csv', contentBase64: base64(csv(SUBMISSIONS)) }] },
    );
    expect(again.data!.importActuals).toEqual({
      __typename: 'ActualImportResult',
      rowsStored: 0,
      alreadyImported: true,
    });

    const broken = `${csv(SUBMISSIONS.slice(0, 5))}99,revenue,2021-12-31,5,2021-12-31T16:00:00\n01,revenue,2022-01-15,5,2022-01-15T16:00:00\n01,revenue,2021-12-31,-3,2021-12-31T16:00:00\n`;
    const refused = await graphql(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importActuals(planId: "${PLAN}", files: $files) ${outcome('ActualImportResult', 'rowsStored')} }`,
      { files: [{ name: 'loi.csv', contentBase64: base64(broken) }] },
    );
    const problems = refusalIn(refused, 'importActuals')!.problems;
    expect(problems.map((p) => p.kind).sort()).toEqual(['DATE_OUTSIDE_PERIOD', 'NEGATIVE_NUMBER', 'UNKNOWN_PROVINCE']);
    expect(problems.map((p) => p.row).sort()).toEqual([7, 8, 9]);
    expect(await rankingAt('revenue', '2021-12-31')).toEqual(before);
  });

  // Answers are kept until the next write (the server caches each snapshot): a read just before an import must
  // not be served after it, for the date asked, the report date before it, or the national figure.
  it('answers with a new import at once, never with what it computed before it', async () => {
    type RankingRow = Row & { source: string | null };
    const read = async (as?: { token: string }) => {
      const result = await graphql<{ ranking: RankingRow[]; nationalAttainment: { actual: number } }>(
        server.url,
        `{ ranking(planId: "${PLAN}", metric: "revenue", asOf: "2021-12-31") {
            province { code } actual rank previousRank source }
          nationalAttainment(planId: "${PLAN}", metric: "revenue", asOf: "2021-12-31") { actual } }`,
        {},
        as,
      );
      expect(result.errors).toBeUndefined();
      return result.data!;
    };
    const before = await read();
    const hanoi = before.ranking.find((row) => row.province.code === '01')!;
    expect(hanoi.rank).not.toBe(1);
    expect(hanoi.previousRank).not.toBe(1);
    // Hà Nội corrects its reports of 15 and 31 December upwards, far above everyone.
    const corrected = `province,metric,report_date,value,submitted_at
01,revenue,2021-12-15,${hanoi.actual! * 50},2022-01-05T08:00:00
01,revenue,2021-12-31,${hanoi.actual! * 60},2022-01-05T08:00:00
`;
    const imported = await graphql<{ importActuals: { rowsStored: number } }>(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importActuals(planId: "${PLAN}", files: $files) ${outcome('ActualImportResult', 'rowsStored')} }`,
      { files: [{ name: 'dinh-chinh.csv', contentBase64: base64(corrected) }] },
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importActuals.rowsStored).toBe(2);

    const after = await read();
    const hanoiAfter = after.ranking[0]!;
    expect(hanoiAfter).toMatchObject({
      province: { code: '01' },
      actual: hanoi.actual! * 60,
      rank: 1,
      previousRank: 1,
    });
    expect(hanoiAfter.source).toMatch(/^dinh-chinh\.csv row 3 /);
    expect(after.nationalAttainment.actual).toBeCloseTo(before.nationalAttainment.actual + hanoi.actual! * 59, 6);

    // The answer just computed for headquarters is not handed to a province as it is: Hà Giang's director (02) sees
    // the same ranks without Hà Nội's source, and sees their own.
    const director = await read({ token: server.tokens['director:02']! });
    expect(director.ranking.map((row) => [row.province.code, row.rank])).toEqual(
      after.ranking.map((row) => [row.province.code, row.rank]),
    );
    expect(director.ranking.find((row) => row.province.code === '01')!.source).toBeNull();
    expect(director.ranking.find((row) => row.province.code === '02')!.source).not.toBeNull();
  });
});
