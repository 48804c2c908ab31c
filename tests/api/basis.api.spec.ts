import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';
import { outcome } from '../support/import-outcome';

// One meaning of "ahead" (docs/domain.md, "Basis", "Status bands", "Stale figure"): on either basis the rank, the
// figure the bar shows, the reference mark and the band come from one pair, so they can never disagree, as they
// did on the shipped sample at 15/10/2021 (Khánh Hòa 12th at 119.9 % of its target to date but "Chậm").
const PLAN = '2800-KH-BHXH-2021';

type Row = {
  province: { code: string; nameVi: string };
  rank: number | null;
  figure: number | null;
  reference: number;
  ratioToReference: number | null;
  band: string | null;
  bandLabel: string | null;
  onTrack: boolean | null;
  attainmentToDate: number | null;
  attainmentOfPeriod: number | null;
  timeElapsed: number;
  basis: string;
  stale: boolean;
  reportDate: string | null;
};
const RANKING = `query($basis: RankBasis!, $asOf: LocalDate) { ranking(planId: "${PLAN}", metric: "revenue", asOf: $asOf, basis: $basis) {
  province { code nameVi } rank figure reference ratioToReference band bandLabel onTrack attainmentToDate attainmentOfPeriod
  timeElapsed basis stale reportDate } }`;
const BAND_ORDER = { ON_TRACK: 0, AT_RISK: 1, BEHIND: 2 } as Record<string, number>;

describe('one basis for rank, bar, mark and band (shipped sample, revenue, 15/10/2021)', () => {
  const temp = tempDir('scorecard-basis-');
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'basis.duckdb'), env: { SCORECARD_LEDGER_EMPLOYERS: '0' } });
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  for (const basis of ['TO_DATE', 'PERIOD'] as const) {
    it(`agrees with itself on ${basis}: bands never improve down the ranking, and each follows figure / reference`, async () => {
      const answer = await graphql<{ ranking: Row[] }>(server.url, RANKING, { basis, asOf: '2021-10-15' });
      expect(answer.errors).toBeUndefined();
      const ranked = answer.data!.ranking.filter((row) => row.rank !== null);
      expect(ranked.length).toBeGreaterThan(50);
      for (const row of ranked) {
        expect(row.basis).toBe(basis);
        expect(row.figure).toBe(basis === 'TO_DATE' ? row.attainmentToDate : row.attainmentOfPeriod);
        expect(row.reference).toBe(basis === 'TO_DATE' ? 1 : row.timeElapsed);
        expect(row.ratioToReference).toBeCloseTo(row.figure! / row.reference, 12);
        const r = Math.round(row.ratioToReference! * 1e6) / 1e6;
        expect(row.band).toBe(r >= 1 ? 'ON_TRACK' : r >= 0.9 ? 'AT_RISK' : 'BEHIND');
        expect(row.bandLabel).toBe({ ON_TRACK: 'Đạt', AT_RISK: 'Cần chú ý', BEHIND: 'Chậm' }[row.band!]);
        expect(row.onTrack).toBe(row.band === 'ON_TRACK');
      }
      for (let i = 1; i < ranked.length; i += 1) {
        expect(ranked[i]!.rank!).toBeGreaterThanOrEqual(ranked[i - 1]!.rank!);
        expect(ranked[i]!.figure!).toBeLessThanOrEqual(ranked[i - 1]!.figure!);
        expect(BAND_ORDER[ranked[i]!.band!]).toBeGreaterThanOrEqual(BAND_ORDER[ranked[i - 1]!.band!]!);
      }
    });
  }

  it('puts Khánh Hòa (12th, 119.9 %) in Đạt and Hà Giang (30th, 94.2 %) in Cần chú ý against the target to date', async () => {
    const rows = async (basis: string) =>
      (await graphql<{ ranking: Row[] }>(server.url, RANKING, { basis, asOf: '2021-10-15' })).data!.ranking;
    const find = (all: Row[], name: string) => all.find((row) => row.province.nameVi === name)!;
    const toDate = await rows('TO_DATE');
    expect(find(toDate, 'Khánh Hòa')).toMatchObject({ rank: 12, band: 'ON_TRACK', bandLabel: 'Đạt', reference: 1 });
    expect(find(toDate, 'Khánh Hòa').figure).toBeCloseTo(1.199, 3);
    expect(find(toDate, 'Hà Giang')).toMatchObject({ rank: 30, band: 'AT_RISK', bandLabel: 'Cần chú ý' });
    expect(find(toDate, 'Hà Giang').figure).toBeCloseTo(0.942, 3);
    // Against the period plan and time elapsed (36.9 %) the two are neighbours, each band following its own figure.
    const period = await rows('PERIOD');
    expect(find(period, 'Hà Giang')).toMatchObject({ rank: 17, band: 'ON_TRACK' });
    expect(find(period, 'Khánh Hòa')).toMatchObject({ rank: 18, band: 'AT_RISK' });
    expect(find(period, 'Khánh Hòa').reference).toBeCloseTo(45 / 122, 12);
  });

  it('gives the national figure at each report date up to the date, banded on the basis like a province', async () => {
    type National = { asOf: string; figure: number | null; reference: number; band: string | null; actual: number };
    const query = `query($basis: RankBasis!) {
      nationalAttainmentHistory(planId: "${PLAN}", metric: "revenue", asOf: "2021-10-20", basis: $basis) {
        asOf figure reference band actual }
      nationalAttainment(planId: "${PLAN}", metric: "revenue", asOf: "2021-10-20", basis: $basis) {
        asOf figure reference band actual }
      plan(id: "${PLAN}") { reportDates } }`;
    for (const basis of ['TO_DATE', 'PERIOD']) {
      const answer = await graphql<{
        nationalAttainmentHistory: National[];
        nationalAttainment: National;
        plan: { reportDates: string[] };
      }>(server.url, query, { basis });
      expect(answer.errors).toBeUndefined();
      const { nationalAttainmentHistory: history, nationalAttainment: now, plan } = answer.data!;
      const expected = [...plan.reportDates.filter((date) => date <= '2021-10-20'), '2021-10-20'];
      expect(history.map((point) => point.asOf)).toEqual(expected);
      expect(history[history.length - 1]).toEqual(now);
      for (const point of history) {
        const r = Math.round((point.figure! / point.reference) * 1e6) / 1e6;
        expect(point.band).toBe(r >= 1 ? 'ON_TRACK' : r >= 0.9 ? 'AT_RISK' : 'BEHIND');
      }
    }
  });
});

describe('a province ranked on an older report is marked', () => {
  const temp = tempDir('scorecard-stale-');
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'stale.duckdb'), env: { SCORECARD_SAMPLE_DATA: 'off' } });
    const csv = [
      'province,metric,report_date,value,submitted_at',
      '01,revenue,2021-10-15,1000000,2021-10-15T17:00:00',
      '79,revenue,2021-10-15,2000000,2021-10-15T17:00:00',
      '79,revenue,2021-10-31,2500000,2021-10-31T17:00:00',
    ].join('\n');
    const imported = await graphql(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importActuals(planId: "${PLAN}", files: $files) ${outcome('ActualImportResult', 'rowsStored')} }`,
      { files: [{ name: 'two.csv', contentBase64: Buffer.from(`${csv}\n`).toString('base64') }] },
    );
    expect(imported.errors).toBeUndefined();
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('marks a figure older than the latest report date on or before the date, with its report date', async () => {
    const answer = await graphql<{ ranking: Row[] }>(server.url, RANKING, { basis: 'TO_DATE', asOf: '2021-11-05' });
    const row = (code: string) => answer.data!.ranking.find((r) => r.province.code === code)!;
    expect(row('01')).toMatchObject({ stale: true, reportDate: '2021-10-15' });
    expect(row('01').rank).not.toBeNull();
    expect(row('79')).toMatchObject({ stale: false, reportDate: '2021-10-31' });
    const earlier = await graphql<{ ranking: Row[] }>(server.url, RANKING, { basis: 'TO_DATE', asOf: '2021-10-20' });
    expect(earlier.data!.ranking.find((r) => r.province.code === '01')!.stale).toBe(false);
  });
});
