import { describe, expect, it } from 'vitest';
import {
  defaultAsOf,
  defaultReport08Date,
  describeDateProblem,
  planReportDateFor,
  queueDueBy,
  report08DatesOf,
  report08Months,
  todayInVietnam,
} from './compliance-dates';

describe('the dates of the compliance pages', () => {
  it('counts today in Vietnam, seven hours ahead of UTC', () => {
    expect(todayInVietnam(new Date('2026-12-03T16:59:00Z'))).toBe('2026-12-03');
    expect(todayInVietnam(new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
  });

  it('opens on the last day recorded on a case, today when no case is recorded, never after today', () => {
    expect(defaultAsOf('2023-12-31', '2026-12-03')).toBe('2023-12-31');
    expect(defaultAsOf(null, '2026-12-03')).toBe('2026-12-03');
    expect(defaultAsOf('2026-12-04', '2026-12-03')).toBe('2026-12-03');
  });

  it('looks a week ahead for the work queue, across a month and a year', () => {
    expect(queueDueBy('2023-12-31')).toBe('2024-01-07');
    expect(queueDueBy('2023-02-25')).toBe('2023-03-04');
  });

  it('opens report 08-KT on the latest report date on or before the date seen', () => {
    expect(defaultReport08Date('2023-12-31')).toBe('2023-12-31');
    expect(defaultReport08Date('2023-12-25')).toBe('2023-12-20');
    expect(defaultReport08Date('2023-12-10')).toBe('2023-12-10');
    expect(defaultReport08Date('2023-12-09')).toBe('2023-11-30');
    expect(defaultReport08Date('2024-03-05')).toBe('2024-02-29');
  });

  it('offers the 10th, the 20th and the month’s last day', () => {
    expect(report08DatesOf('2023-02')).toEqual(['2023-02-10', '2023-02-20', '2023-02-28']);
    expect(report08DatesOf('2024-02')).toEqual(['2024-02-10', '2024-02-20', '2024-02-29']);
  });

  it('lists the months back from the date seen, newest first', () => {
    expect(report08Months('2023-02-15', 4)).toEqual(['2023-02', '2023-01', '2022-12', '2022-11']);
    expect(report08Months('2023-12-31')).toHaveLength(36);
  });

  it('offers the plan’s latest report date on or before the date seen, else its last one', () => {
    const dates = ['2021-09-15', '2021-09-30', '2021-10-15', '2021-12-31'];
    expect(planReportDateFor(dates, '2021-10-20')).toBe('2021-10-15');
    expect(planReportDateFor(dates, '2023-12-31')).toBe('2021-12-31');
    expect(planReportDateFor(dates, '2021-01-01')).toBe('2021-12-31');
    expect(planReportDateFor([], '2021-01-01')).toBeNull();
  });

  it('says what is wrong with a typed date, naming the range', () => {
    const range = { start: '2000-01-01', end: '2026-12-04' };
    expect(describeDateProblem('outsidePeriod', '01/01/2030', range)).toContain('01/01/2000 – 04/12/2026');
    expect(describeDateProblem('noSuchDate', '31/02/2023', range)).toContain('31/02/2023');
  });
});
