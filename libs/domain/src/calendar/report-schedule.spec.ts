import { describe, expect, it } from 'vitest';
import { reportDateOnOrBefore, reportDates } from './report-schedule';
import { periodProgress } from './plan-period';

const period = { start: '2021-09-01', end: '2021-12-31' };

describe('reportDates', () => {
  it('lists the 15th and the last day of each month of the 2021 plan', () => {
    expect(reportDates(period, [15, 'last'])).toEqual([
      '2021-09-15',
      '2021-09-30',
      '2021-10-15',
      '2021-10-31',
      '2021-11-15',
      '2021-11-30',
      '2021-12-15',
      '2021-12-31',
    ]);
  });

  it('finds the report date in force at any date', () => {
    const dates = reportDates(period, [15, 'last']);
    expect(reportDateOnOrBefore(dates, '2021-10-20')).toBe('2021-10-15');
    expect(reportDateOnOrBefore(dates, '2021-09-14')).toBeUndefined();
  });
});

describe('periodProgress', () => {
  it('counts both the first day and the as-of date', () => {
    expect(periodProgress(period, '2021-09-01')).toMatchObject({
      daysElapsed: 1,
      daysInPeriod: 122,
      daysRemaining: 121,
    });
    expect(periodProgress(period, '2021-12-31').timeElapsed).toBe(1);
  });
});
