import { describe, expect, it } from 'vitest';
import { provinceAttainment } from '../attainment/province-attainment';
import { rankAttainments } from '../ranking/rank-provinces';
import { bandOfRatio, basisView, latePaymentBand, DEFAULT_BAND_THRESHOLDS } from './status-band';

// A four-month plan (1/9–31/12/2021, 122 days) at 15/10/2021: 45 days elapsed, time elapsed 45/122 = 36.9 %.
const period = { start: '2021-09-01', end: '2021-12-31' };
const asOf = '2021-10-15';
const months = (values: number[]) =>
  values.map((value, i) => ({ month: `2021-${String(9 + i).padStart(2, '0')}`, value }));

// Khánh Hòa's quota is back-loaded: T(15/10) = 100 + 100 × 15/31 = 148.387; 177.9 done is 119.9 % of it but only
// 17.8 % of the year's 1,000 against 36.9 % of the time. Hà Giang's is front-loaded: T(15/10) = 400 + 400 × 15/31
// = 593.548; 559.1 done is 94.2 % of it and 55.9 % of the year.
const khanhHoa = provinceAttainment({
  period,
  asOf,
  periodTotal: 1000,
  monthlyTargets: months([100, 100, 300, 500]),
  actual: 177.9,
});
const haGiang = provinceAttainment({
  period,
  asOf,
  periodTotal: 1000,
  monthlyTargets: months([400, 400, 100, 100]),
  actual: 559.1,
});

describe('status bands', () => {
  it('puts r ≥ 1 in Đạt, 0.9 ≤ r < 1 in Cần chú ý and r < 0.9 in Chậm, at six decimals', () => {
    expect(bandOfRatio(1)).toBe('ON_TRACK');
    expect(bandOfRatio(0.9999995)).toBe('ON_TRACK');
    expect(bandOfRatio(0.999)).toBe('AT_RISK');
    expect(bandOfRatio(0.9)).toBe('AT_RISK');
    expect(bandOfRatio(0.3 * 3)).toBe('AT_RISK');
    expect(bandOfRatio(0.8999)).toBe('BEHIND');
    expect(bandOfRatio(0.95, { ...DEFAULT_BAND_THRESHOLDS, atRisk: 0.96 })).toBe('BEHIND');
    expect(bandOfRatio(1.02, { ...DEFAULT_BAND_THRESHOLDS, onTrack: 1.05 })).toBe('AT_RISK');
  });

  it('scores late payment lower-is-better: at or below the reference Đạt, up to 1.1 × Cần chú ý, above Chậm', () => {
    expect(latePaymentBand(0.0291, 0.0291)).toBe('ON_TRACK');
    expect(latePaymentBand(0.02, 0.0291)).toBe('ON_TRACK');
    expect(latePaymentBand(0.032, 0.0291)).toBe('AT_RISK');
    expect(latePaymentBand(0.0291 * 1.1, 0.0291)).toBe('AT_RISK');
    expect(latePaymentBand(0.0321, 0.0291)).toBe('BEHIND');
  });
});

describe('one basis decides figure, reference, band and rank together', () => {
  it('works the Khánh Hòa / Hà Giang figures by hand', () => {
    expect(khanhHoa.attainmentToDate).toBeCloseTo(1.1989, 4);
    expect(haGiang.attainmentToDate).toBeCloseTo(0.942, 4);
    expect(khanhHoa.timeElapsed).toBeCloseTo(45 / 122, 10);
  });

  it('against the target to date: Khánh Hòa is ahead, Đạt, ranked above Hà Giang, who is Cần chú ý', () => {
    const [kh, hg] = [basisView(khanhHoa, 'TO_DATE'), basisView(haGiang, 'TO_DATE')];
    expect(kh).toMatchObject({ reference: 1, band: 'ON_TRACK' });
    expect(kh.figure).toBeCloseTo(1.1989, 4);
    expect(hg).toMatchObject({ reference: 1, band: 'AT_RISK' });
    expect(rankAttainments([khanhHoa, haGiang], 'TO_DATE')).toEqual([1, 2]);
  });

  it('against the period plan and time elapsed: Hà Giang is ahead, Đạt; Khánh Hòa is Chậm and ranked below', () => {
    const [kh, hg] = [basisView(khanhHoa, 'PERIOD'), basisView(haGiang, 'PERIOD')];
    expect(kh.reference).toBeCloseTo(45 / 122, 10);
    expect(kh.figure).toBeCloseTo(0.1779, 10);
    expect(kh.ratio).toBeCloseTo(0.1779 / (45 / 122), 10);
    expect(kh.band).toBe('BEHIND');
    expect(hg.band).toBe('ON_TRACK');
    expect(rankAttainments([khanhHoa, haGiang], 'PERIOD')).toEqual([2, 1]);
  });

  it('never shows a band for a province without a figure', () => {
    const notReported = provinceAttainment({
      period,
      asOf,
      periodTotal: 1000,
      monthlyTargets: months([250, 250, 250, 250]),
      actual: null,
    });
    expect(basisView(notReported, 'TO_DATE')).toMatchObject({ figure: null, ratio: null, band: null });
  });
});
