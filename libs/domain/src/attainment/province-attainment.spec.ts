import { describe, expect, it } from 'vitest';
import { provinceAttainment } from './province-attainment';

const period = { start: '2021-09-01', end: '2021-12-31' }; // 122 days
const monthlyTargets = [
  { month: '2021-09', value: 200 },
  { month: '2021-10', value: 350 },
  { month: '2021-11', value: 300 },
  { month: '2021-12', value: 150 },
];

describe('provinceAttainment', () => {
  it('computes attainment, time elapsed, on track, pace and projection at a mid-month date', () => {
    // 2021-10-15: September in full + 15/31 of October = 200 + 169.354838…
    const figures = provinceAttainment({ period, asOf: '2021-10-15', periodTotal: 1000, monthlyTargets, actual: 400 });
    const targetToDate = 200 + (350 * 15) / 31;
    expect(figures.status).toBe('REPORTED');
    expect(figures.targetToDate).toBeCloseTo(targetToDate, 10);
    expect(figures.attainmentToDate).toBeCloseTo(400 / targetToDate, 10);
    expect(figures.attainmentOfPeriod).toBe(0.4);
    // 45 days from 1 September to 15 October inclusive, of 122
    expect(figures.timeElapsed).toBeCloseTo(45 / 122, 12);
    expect(figures.onTrack).toBe(true);
    // 600 still to do over 77 remaining days
    expect(figures.requiredPacePerDay).toBeCloseTo(600 / 77, 10);
    expect(figures.requiredPacePerMonth).toBeCloseTo(600 / (16 / 31 + 2), 10);
    expect(figures.projectedAttainment).toBeCloseTo((400 + (400 / 45) * 77) / 1000, 10);
  });

  it('says a province is behind when attainment of the period is below time elapsed', () => {
    const figures = provinceAttainment({ period, asOf: '2021-10-15', periodTotal: 1000, monthlyTargets, actual: 300 });
    expect(figures.onTrack).toBe(false);
  });

  it('treats the last day of the period: no days remain, so no required pace, and projection equals attainment', () => {
    const figures = provinceAttainment({ period, asOf: '2021-12-31', periodTotal: 1000, monthlyTargets, actual: 900 });
    expect(figures.timeElapsed).toBe(1);
    expect(figures.requiredPacePerDay).toBeNull();
    expect(figures.requiredPacePerMonth).toBeNull();
    expect(figures.projectedAttainment).toBe(0.9);
  });

  it('asks for no further pace once the quota is met', () => {
    const figures = provinceAttainment({ period, asOf: '2021-11-30', periodTotal: 1000, monthlyTargets, actual: 1200 });
    expect(figures.requiredPacePerDay).toBe(0);
  });

  it('never counts a province without a report as zero', () => {
    const figures = provinceAttainment({ period, asOf: '2021-10-15', periodTotal: 1000, monthlyTargets, actual: null });
    expect(figures.status).toBe('NOT_REPORTED');
    expect(figures.actual).toBeNull();
    expect(figures.attainmentToDate).toBeNull();
    expect(figures.onTrack).toBeNull();
  });

  it('marks a province with no target on the metric', () => {
    const figures = provinceAttainment({ period, asOf: '2021-10-15', periodTotal: 0, monthlyTargets: [], actual: 5 });
    expect(figures.status).toBe('NO_TARGET');
    expect(figures.attainmentOfPeriod).toBeNull();
  });

  it('refuses an as-of date outside the plan period', () => {
    expect(() => provinceAttainment({ period, asOf: '2022-01-01', periodTotal: 1, monthlyTargets, actual: 1 })).toThrow(
      /outside the plan period/,
    );
  });
});
