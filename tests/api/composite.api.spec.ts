import { join } from 'node:path';
import { METRICS as CATALOGUE } from '@scorecard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';
import { outcome } from '../support/import-outcome';

// The composite (emulation) score over HTTP on the shipped plan with no sample data: three provinces report
// chosen multiples of their targets to date, and the answer must equal the same weighted mean worked here by
// hand (docs/domain.md: min(attainment to date, 1.2), a metric without a report scores 0 and is marked, equal
// weights by default). New weights make a new settings version; the old result stays reproducible.
const PLAN = '2800-KH-BHXH-2021';
const AS_OF = '2021-10-31';
const CAP = 1.2;
// The seven metrics in the catalogue's order (data/reference/metrics.json), as CHOSEN lists them.
const METRICS = CATALOGUE.map((metric) => metric.key);
// Attainment to date chosen per province and metric; null: no report on that metric.
const CHOSEN: Record<string, (number | null)[]> = {
  '01': [1.5, 1.0, 0.8, 1.1, 1.0, 0.95, 1.3],
  '79': [0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9],
  '12': [1.0, null, 1.0, 1.25, null, 1.0, 1.0],
};

type Part = {
  metric: string;
  weight: number;
  share: number;
  value: number | null;
  score: number | null;
  missing: boolean;
};
type Row = {
  province: { code: string };
  rank: number | null;
  score: number | null;
  band: string | null;
  missing: string[];
  parts: Part[];
};
type Ranking = { asOf: string; settings: { version: number }; provinces: Row[] };
const COMPOSITE = `query($version: Int) { compositeRanking(planId: "${PLAN}", asOf: "${AS_OF}", settingsVersion: $version) {
  asOf settings { version } provinces { province { code } rank score band missing parts { metric weight share value score missing } } } }`;

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('composite score and plan settings', () => {
  const temp = tempDir('scorecard-composite-');
  let server: RunningServer;
  const actualOf: Record<string, Record<string, number>> = {};
  const targetToDateOf: Record<string, Record<string, number>> = {};

  beforeAll(async () => {
    server = await startServer({
      dbPath: join(temp.dir, 'composite.duckdb'),
      tokens: ['data-officer', 'leadership'],
      env: { SCORECARD_SAMPLE_DATA: 'off' },
    });
    // The targets to date the plan gives these provinces, then reports worth the chosen multiples of them.
    const lines = ['province,metric,report_date,value,submitted_at'];
    for (const metric of METRICS) {
      const answer = await graphql<{ attainment: { province: { code: string }; targetToDate: number }[] }>(
        server.url,
        `{ attainment(planId: "${PLAN}", metric: "${metric}", asOf: "${AS_OF}") { province { code } targetToDate } }`,
      );
      expect(answer.errors).toBeUndefined();
      for (const [code, chosen] of Object.entries(CHOSEN)) {
        const targetToDate = answer.data!.attainment.find((row) => row.province.code === code)!.targetToDate;
        (targetToDateOf[code] ??= {})[metric] = targetToDate;
        const k = chosen[METRICS.indexOf(metric)];
        if (k === null || k === undefined) continue;
        const value = Math.round(targetToDate * k);
        (actualOf[code] ??= {})[metric] = value;
        lines.push(`${code},${metric},${AS_OF},${value},${AS_OF}T17:00:00`);
      }
    }
    const imported = await graphql(
      server.url,
      `mutation($files: [PlanFileInput!]!) { importActuals(planId: "${PLAN}", files: $files) ${outcome('ActualImportResult', 'rowsStored')} }`,
      { files: [{ name: 'three-provinces.csv', contentBase64: base64(`${lines.join('\n')}\n`) }] },
    );
    expect(imported.errors).toBeUndefined();
  });
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  /** The composite worked by hand from the stored actuals and targets, with weights per metric. */
  function byHand(code: string, weights: Record<string, number>): number {
    let sum = 0;
    let total = 0;
    for (const metric of METRICS) {
      const weight = weights[metric] ?? 0;
      if (weight === 0) continue;
      const actual = actualOf[code]?.[metric];
      const attainment = actual === undefined ? 0 : Math.min(actual / targetToDateOf[code]![metric]!, CAP);
      sum += weight * attainment;
      total += weight;
    }
    return sum / total;
  }

  it('equals the weighted mean worked by hand, ranks the three, and marks the metrics not reported', async () => {
    const answer = await graphql<{ compositeRanking: Ranking }>(server.url, COMPOSITE, { version: null });
    expect(answer.errors).toBeUndefined();
    const ranking = answer.data!.compositeRanking;
    expect(ranking.settings.version).toBe(0);
    const equal = Object.fromEntries(METRICS.map((metric) => [metric, 1]));
    const row = (code: string) => ranking.provinces.find((p) => p.province.code === code)!;
    for (const code of Object.keys(CHOSEN)) expect(row(code).score).toBeCloseTo(byHand(code, equal), 9);
    // Hà Nội ≈ (1.2 + 1 + 0.8 + 1.1 + 1 + 0.95 + 1.2) / 7 ≈ 1.036; TP. Hồ Chí Minh 0.9; Lai Châu (5 × ~1.0 + 0 + 0) / 7.
    expect(row('01').rank).toBe(1);
    expect(row('79').rank).toBe(2);
    expect(row('12').rank).toBe(3);
    expect(row('01').band).toBe('ON_TRACK');
    expect(row('79').band).toBe('AT_RISK');
    expect(row('12').band).toBe('BEHIND');
    expect(row('12').missing).toEqual(['dev_voluntary_si', 'overdue_unit_inspections']);
    expect(row('01').parts.find((p) => p.metric === 'dev_compulsory_si')!.score).toBe(CAP);
    // The other 60 provinces reported nothing: every metric scores 0, ranked together after the three.
    const others = ranking.provinces.filter((p) => !(p.province.code in CHOSEN));
    expect(others).toHaveLength(60);
    expect(new Set(others.map((p) => p.score))).toEqual(new Set([0]));
    expect(new Set(others.map((p) => p.rank))).toEqual(new Set([4]));
  });

  it('stores new weights as a new version and still scores the old one on request', async () => {
    const before = (await graphql<{ compositeRanking: Ranking }>(server.url, COMPOSITE, { version: null })).data!;
    const weights = { ...Object.fromEntries(METRICS.map((metric) => [metric, 1])), revenue: 3 };
    const set = await graphql<{
      setPlanSettings: { version: number; setBy: string; weights: { metric: string; weight: number }[] };
    }>(
      server.url,
      `mutation($settings: PlanSettingsInput!) { setPlanSettings(planId: "${PLAN}", settings: $settings) { version setBy weights { metric weight } } }`,
      {
        settings: {
          onTrack: 1,
          atRisk: 0.9,
          latePaymentAtRisk: 1.1,
          compositeCap: CAP,
          latePaymentReference: 0.0291,
          weights: Object.entries(weights).map(([metric, weight]) => ({ metric, weight })),
          note: 'Thu trọng số 3 cho quý IV',
        },
      },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setPlanSettings.version).toBe(1);
    const now = (await graphql<{ compositeRanking: Ranking }>(server.url, COMPOSITE, { version: null })).data!;
    expect(now.compositeRanking.settings.version).toBe(1);
    const row = (ranking: Ranking, code: string) => ranking.provinces.find((p) => p.province.code === code)!;
    for (const code of Object.keys(CHOSEN))
      expect(row(now.compositeRanking, code).score).toBeCloseTo(byHand(code, weights), 9);
    const again = (await graphql<{ compositeRanking: Ranking }>(server.url, COMPOSITE, { version: 0 })).data!;
    expect(again).toEqual(before);
    const history = await graphql<{ planSettingsHistory: { version: number; note: string }[] }>(
      server.url,
      `{ planSettingsHistory(planId: "${PLAN}") { version note } }`,
    );
    expect(history.data!.planSettingsHistory.map((v) => v.version)).toEqual([1, 0]);
    expect(history.data!.planSettingsHistory[0]!.note).toBe('Thu trọng số 3 cho quý IV');
  });

  it('refuses settings out of bounds with every problem named, and refuses leadership', async () => {
    const settings = {
      onTrack: 1,
      atRisk: 1.2,
      latePaymentAtRisk: 1.1,
      compositeCap: 1.2,
      latePaymentReference: 0.0291,
      weights: [{ metric: 'nonsense', weight: 1 }],
      note: ' ',
    };
    const mutation = `mutation($settings: PlanSettingsInput!) { setPlanSettings(planId: "${PLAN}", settings: $settings) { version } }`;
    const refused = await graphql(server.url, mutation, { settings });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const part of ['atRisk 1.2', '"nonsense"', 'note']) expect(refused.errors?.[0]?.message).toContain(part);
    const leadership = await graphql(server.url, mutation, { settings }, { token: server.tokens['leadership'] });
    expect(leadership.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
