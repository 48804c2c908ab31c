import { describe, expect, it } from 'vitest';
import type { Plan } from '../api/fields';
import { dayBeforeInPlan, defaultAsOf, defaultReportDate, isDateInPlan, localToday } from './plan-dates';

const plan: Plan = {
  id: '2800-KH-BHXH-2021',
  title: 'Kế hoạch phát triển người tham gia',
  issuingDocument: '2800/KH-BHXH',
  issuedOn: '2021-09-06',
  periodStart: '2021-09-01',
  periodEnd: '2021-12-31',
  reportDates: ['2021-09-15', '2021-09-30', '2021-10-15', '2021-10-31', '2021-11-15', '2021-11-30'],
  latestReportDateWithData: '2021-10-15',
  hasSyntheticActuals: true,
  unitSet: 'VN63',
  synthetic: false,
};

describe('defaultAsOf', () => {
  it('is the latest report date with data, else the last report date', () => {
    expect(defaultAsOf(plan)).toBe('2021-10-15');
    expect(defaultAsOf({ ...plan, latestReportDateWithData: null })).toBe('2021-11-30');
  });
});

describe('isDateInPlan', () => {
  it('accepts calendar dates within the period only', () => {
    expect(isDateInPlan(plan, '2021-09-01')).toBe(true);
    expect(isDateInPlan(plan, '2022-01-01')).toBe(false);
    expect(isDateInPlan(plan, '2021-02-30')).toBe(false);
    expect(isDateInPlan(plan, '31/10/2021')).toBe(false);
  });
});

describe('defaultReportDate', () => {
  it('is the latest report date on or before today during the period', () => {
    expect(defaultReportDate(plan, '2021-10-20')).toBe('2021-10-15');
    expect(defaultReportDate(plan, '2021-10-31')).toBe('2021-10-31');
  });

  it('is the last report date once the period is over, and the first before it begins', () => {
    expect(defaultReportDate(plan, '2026-11-22')).toBe('2021-11-30');
    expect(defaultReportDate(plan, '2021-08-01')).toBe('2021-09-15');
  });
});

describe('dayBeforeInPlan', () => {
  it('is the day before, across a month end, and nothing at the period start', () => {
    expect(dayBeforeInPlan(plan, '2021-10-01')).toBe('2021-09-30');
    expect(dayBeforeInPlan(plan, '2021-09-01')).toBeUndefined();
  });
});

describe('localToday', () => {
  it('writes the local calendar date', () => {
    expect(localToday(new Date(2021, 9, 5, 23, 30))).toBe('2021-10-05');
  });
});
