import { describe, expect, it } from 'vitest';
import { cumulativeTargetToDate, monthsRemaining } from './target-to-date';

const months = [
  { month: '2021-09', value: 300 },
  { month: '2021-10', value: 310 },
  { month: '2021-11', value: 600 },
  { month: '2021-12', value: 0 },
];

describe('cumulativeTargetToDate', () => {
  it('pro-rates the month that contains the date by days elapsed including the date', () => {
    // 15 of 30 September days: 300 × 15/30
    expect(cumulativeTargetToDate(months, '2021-09-15')).toBe(150);
    // first day of the period counts one day
    expect(cumulativeTargetToDate(months, '2021-09-01')).toBe(10);
  });

  it('adds every month that ended on or before the date in full', () => {
    expect(cumulativeTargetToDate(months, '2021-09-30')).toBe(300);
    // September in full, then 10 of 31 October days
    expect(cumulativeTargetToDate(months, '2021-10-10')).toBeCloseTo(300 + (310 * 10) / 31, 10);
    expect(cumulativeTargetToDate(months, '2021-11-16')).toBe(300 + 310 + 320);
  });

  it('reaches the sum of the months on the last day of the period', () => {
    expect(cumulativeTargetToDate(months, '2021-12-31')).toBe(1210);
  });
});

describe('monthsRemaining', () => {
  it('counts the days after the date as fractions of their calendar months', () => {
    expect(monthsRemaining('2021-10-15', '2021-12-31')).toBeCloseTo(16 / 31 + 1 + 1, 10);
    expect(monthsRemaining('2021-12-31', '2021-12-31')).toBe(0);
  });
});
