import { join } from 'node:path';
import { METRICS } from '@scorecard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// One meaning of the late-payment bands: named with a plan, latePayment bands with that plan's latePaymentAtRisk
// setting (as the overview's matrix, map and card do); unnamed, with the default 1.1 × the reference.
const PLAN = '2800-KH-BHXH-2021';
const AS_OF = '2023-02-28';

type Answer = {
  latePayment: {
    bandThreshold: number;
    bandReference: { ratio: number };
    national: { ratio: number | null; band: string | null };
    provinces: { province: { code: string }; ratio: number | null; band: string | null }[];
  };
};
const QUERY = `query($planId: String) { latePayment(asOf: "${AS_OF}", planId: $planId) { bandThreshold bandReference { ratio }
  national { ratio band } provinces { province { code } ratio band } } }`;

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;
const byHand = (ratio: number | null, reference: number, multiple: number) => {
  if (ratio === null) return null;
  if (round6(ratio) <= round6(reference)) return 'ON_TRACK';
  return round6(ratio) <= round6(reference * multiple) ? 'AT_RISK' : 'BEHIND';
};

describe('late-payment bands with a plan’s threshold', () => {
  const temp = tempDir('scorecard-late-band-');
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'bands.duckdb'), tokens: ['data-officer', 'leadership'] });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it('bands every province and the nation with the plan’s multiple when named, the default otherwise', async () => {
    const set = await graphql(
      server.url,
      `mutation($settings: PlanSettingsInput!) { setPlanSettings(planId: "${PLAN}", settings: $settings) { version } }`,
      {
        settings: {
          onTrack: 1,
          atRisk: 0.9,
          latePaymentAtRisk: 1.5,
          compositeCap: 1.2,
          latePaymentReference: 0.0291,
          weights: METRICS.map((metric) => ({ metric: metric.key, weight: 1 })),
          note: 'Nới ngưỡng chậm đóng để thử',
        },
      },
    );
    expect(set.errors).toBeUndefined();

    const read = async (planId: string | null) =>
      (await graphql<Answer>(server.url, QUERY, { planId }, { token: server.tokens['leadership'] })).data!.latePayment;
    const withPlan = await read(PLAN);
    const without = await read(null);
    expect(withPlan.bandThreshold).toBe(1.5);
    expect(without.bandThreshold).toBe(1.1);

    for (const [answer, multiple] of [
      [withPlan, 1.5],
      [without, 1.1],
    ] as const) {
      const reference = answer.bandReference.ratio;
      expect(answer.national.band).toBe(byHand(answer.national.ratio, reference, multiple));
      for (const row of answer.provinces)
        expect(row.band, row.province.code).toBe(byHand(row.ratio, reference, multiple));
    }
    // The wider threshold moves some province from Chậm to Cần chú ý; the figures themselves do not change.
    const changed = withPlan.provinces.filter(
      (row, i) => row.band !== without.provinces[i]!.band && row.province.code === without.provinces[i]!.province.code,
    );
    expect(changed.length).toBeGreaterThan(0);
    expect(withPlan.provinces.map((row) => row.ratio)).toEqual(without.provinces.map((row) => row.ratio));
  });
});
