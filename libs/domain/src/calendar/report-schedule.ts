import { firstDayOfMonth, lastDayOfMonth, maxDate, minDate, monthsBetween, type IsoDate } from './iso-date';
import type { PlanPeriod } from './plan-period';

// How often provinces report (kỳ báo cáo): the 15th and month end in the 2021 plan, the 10th/20th/month end
// in 2022 guidance. "last" stands for the last day of each month.
export type ReportDay = number | 'last';

export function reportDates(period: PlanPeriod, days: readonly ReportDay[]): IsoDate[] {
  const dates = new Set<IsoDate>();
  for (const month of monthsBetween(period.start, period.end)) {
    for (const day of days) {
      const date = day === 'last' ? lastDayOfMonth(month) : `${month}-${String(day).padStart(2, '0')}`;
      if (date > lastDayOfMonth(month)) continue;
      if (date >= period.start && date <= period.end) dates.add(date);
    }
  }
  return [...dates].sort();
}

/** The latest report date on or before `asOf`, if any. */
export function reportDateOnOrBefore(dates: readonly IsoDate[], asOf: IsoDate): IsoDate | undefined {
  let found: IsoDate | undefined;
  for (const date of dates) if (date <= asOf && (!found || date > found)) found = date;
  return found;
}

/** The part of a month that lies inside the period. */
export function monthWithinPeriod(period: PlanPeriod, month: string): PlanPeriod {
  return { start: maxDate(firstDayOfMonth(month), period.start), end: minDate(lastDayOfMonth(month), period.end) };
}

/** The report date before `reportDate` in the schedule (the one rank changes are measured against). */
export function previousReportDate(dates: readonly IsoDate[], reportDate: IsoDate): IsoDate | undefined {
  let found: IsoDate | undefined;
  for (const date of dates) if (date < reportDate && (!found || date > found)) found = date;
  return found;
}

/**
 * A report is due on its report date ("trước ngày 15 và ngày cuối cùng của tháng", plan 2800/KH-BHXH): a
 * submission after the end of that day is late.
 */
export function isLateSubmission(reportDate: IsoDate, submittedAt: string): boolean {
  return submittedAt.slice(0, 10) > reportDate;
}
