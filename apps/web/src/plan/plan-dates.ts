// The plan's calendar as the pages use it: which date to show by default, which dates are in the period,
// which report date a form starts on.
import { addDays, isIsoDate, reportDateOnOrBefore } from '@scorecard/domain';
import type { Plan } from '../api/fields';
import type { IsoDate } from '../api/scalars';

/** The latest report date with data, else the plan's last report date, else the period end. */
export function defaultAsOf(plan: Plan): IsoDate {
  return plan.latestReportDateWithData ?? plan.reportDates.at(-1) ?? plan.periodEnd;
}

export function isDateInPlan(plan: Pick<Plan, 'periodStart' | 'periodEnd'>, date: string): boolean {
  // ISO dates compare correctly as strings.
  return isIsoDate(date) && date >= plan.periodStart && date <= plan.periodEnd;
}

/**
 * The report date a new report is most likely for: the latest one on or before today within the period, or the
 * last one when the period is over (or the first when it has not begun).
 */
export function defaultReportDate(plan: Pick<Plan, 'reportDates'>, today: IsoDate): IsoDate | undefined {
  return reportDateOnOrBefore(plan.reportDates, today) ?? plan.reportDates[0];
}

/** The day before a report date, to read the figure in force before it; undefined at the period start. */
export function dayBeforeInPlan(plan: Pick<Plan, 'periodStart'>, date: IsoDate): IsoDate | undefined {
  return date > plan.periodStart ? addDays(date, -1) : undefined;
}

/** Today in the browser's own calendar, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
