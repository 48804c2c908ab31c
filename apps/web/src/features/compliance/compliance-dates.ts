// The dates the compliance pages choose: the default date to look at, today in Vietnam (the server's "not in the
// future"), the work queue's week, and report 08-KT's dates (the 10th, the 20th and the last day of each month).
import { addDays, is08ktReportDate, lastDayOfMonth, monthOf, report08ktDateOnOrBefore } from '@scorecard/domain';
import type { IsoDate } from '../../api/scalars';
import { formatDate } from '../../i18n/format';
import { textCompliance } from '../../i18n/vi-compliance';
import type { DateEntryProblem } from '../../ui/date-entry';

/**
 * The date the page opens on: the last day anything was recorded on a case (complianceDataRange.to), so the view
 * shows the latest work (the sample cases end on 31/12/2023); today when there is no case yet. Never after today.
 */
export function defaultAsOf(lastRecorded: IsoDate | null, today: IsoDate): IsoDate {
  return lastRecorded === null || lastRecorded > today ? today : lastRecorded;
}

/** The earliest date the date field accepts. */
export const EARLIEST_DATE: IsoDate = '2000-01-01';

/** How far ahead the work queue looks: the week after the date seen. */
export const QUEUE_DAYS = 7;

/** Today's date in Vietnam, whatever the browser's zone: one function with the server and the command line. */
export { todayInVietnam } from '@scorecard/domain';

/** The last day of the work queue: the open cases due by then (overdue ones included). */
export function queueDueBy(asOf: IsoDate): IsoDate {
  return addDays(asOf, QUEUE_DAYS);
}

export { is08ktReportDate };

/** The report date 08-KT opens on: the latest one on or before the date seen. */
export function defaultReport08Date(asOf: IsoDate): IsoDate {
  return report08ktDateOnOrBefore(asOf);
}

/** The three report dates of a month "YYYY-MM": the 10th, the 20th and its last day. */
export function report08DatesOf(month: string): [IsoDate, IsoDate, IsoDate] {
  return [`${month}-10`, `${month}-20`, lastDayOfMonth(month)];
}

/** The months the report picker offers: `count` months ending with the month of `until`, newest first. */
export function report08Months(until: IsoDate, count = 36): string[] {
  const months: string[] = [];
  let month = monthOf(until);
  for (let i = 0; i < count; i += 1) {
    months.push(month);
    month = monthOf(addDays(`${month}-01`, -1));
  }
  return months;
}

/** The plan's report date to offer first: the latest on or before the date seen, else the plan's last one. */
export function planReportDateFor(reportDates: readonly IsoDate[], asOf: IsoDate): IsoDate | null {
  const sorted = [...reportDates].sort();
  return sorted.filter((date) => date <= asOf).at(-1) ?? sorted.at(-1) ?? null;
}

/** What is wrong with a typed date, in the page's language. */
export function describeDateProblem(
  problem: DateEntryProblem,
  typed: string,
  range: { start: IsoDate; end: IsoDate },
): string {
  const t = textCompliance.dateProblems;
  switch (problem) {
    case 'empty':
      return t.empty;
    case 'format':
      return t.format(typed);
    case 'noSuchDate':
      return t.noSuchDate(typed);
    case 'outsidePeriod':
      return t.outside(typed, formatDate(range.start), formatDate(range.end));
  }
}
