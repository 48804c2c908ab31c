import { describe, expect, it } from 'vitest';
import { rankChange } from './rank-change';
import { previousReportDate } from '../calendar/report-schedule';

describe('rankChange', () => {
  it('counts places gained as positive and places lost as negative', () => {
    expect(rankChange(5, 2)).toBe(3);
    expect(rankChange(2, 5)).toBe(-3);
    expect(rankChange(4, 4)).toBe(0);
  });

  it('has no change when the province was or is not ranked', () => {
    expect(rankChange(null, 3)).toBeNull();
    expect(rankChange(3, null)).toBeNull();
  });
});

describe('previousReportDate', () => {
  const dates = ['2021-09-15', '2021-09-30', '2021-10-15'];
  it('is the report date strictly before, also between report dates', () => {
    expect(previousReportDate(dates, '2021-10-15')).toBe('2021-09-30');
    expect(previousReportDate(dates, '2021-10-01')).toBe('2021-09-30');
    expect(previousReportDate(dates, '2021-09-15')).toBeUndefined();
  });
});
