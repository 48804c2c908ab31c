import { describe, expect, it } from 'vitest';
import { nationalChange, sparkPoints } from './national-trend';
import type { NationalPoint } from './overview.queries';

const point = (asOf: string, figure: number | null, reference = 1): NationalPoint => ({
  asOf,
  figure,
  reference,
  band: null,
  actual: 0,
  synthetic: false,
});

const REPORT_DATES = ['2021-09-15', '2021-09-30', '2021-10-15', '2021-10-31', '2021-11-15', '2021-11-30'];

describe('nationalChange', () => {
  it('gives the change of the national figure since the previous report date', () => {
    const trend = nationalChange(
      [point('2021-10-15', 0.8), point('2021-10-31', 0.9), point('2021-11-15', 0.95)],
      REPORT_DATES,
    );
    expect(trend?.current.asOf).toBe('2021-11-15');
    expect(trend?.previous?.asOf).toBe('2021-10-31');
    expect(trend?.change).toBeCloseTo(0.05);
  });

  it('between two report dates, compares with the report date before the one in force', () => {
    const trend = nationalChange(
      [point('2021-10-31', 0.9), point('2021-11-15', 0.95), point('2021-11-20', 0.95)],
      REPORT_DATES,
    );
    expect(trend?.previous?.asOf).toBe('2021-10-31');
    expect(trend?.change).toBeCloseTo(0.05);
  });

  it('has no previous figure up to the first report date', () => {
    expect(nationalChange([point('2021-09-15', 0.4)], REPORT_DATES)).toEqual({
      current: point('2021-09-15', 0.4),
      previous: null,
      change: null,
    });
    expect(nationalChange([point('2021-09-10', 0.3)], REPORT_DATES)?.previous).toBeNull();
  });

  it('gives no change when either figure is missing, and nothing without history', () => {
    expect(nationalChange([point('2021-09-15', null), point('2021-09-30', 0.5)], REPORT_DATES)?.change).toBeNull();
    expect(nationalChange([], REPORT_DATES)).toBeNull();
  });
});

describe('sparkPoints', () => {
  it('draws the figure and its reference at each report date', () => {
    expect(sparkPoints([point('2021-09-15', 0.1, 0.12), point('2021-09-30', null, 0.25)])).toEqual([
      { date: '2021-09-15', figure: 0.1, reference: 0.12 },
      { date: '2021-09-30', figure: null, reference: 0.25 },
    ]);
  });
});
