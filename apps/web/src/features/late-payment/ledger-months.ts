// The dates the page offers: the report dates (the 15th and the last day of each month, as the plans report)
// that the contribution ledger covers. A link may name any other date; it is shown too.
import { isIsoDate, lastDayOfMonth, monthOf, reportDates } from '@scorecard/domain';
import type { IsoDate } from '../../api/scalars';
import type { LatePayment } from './late-payment.queries';

export function isMonthEnd(date: IsoDate): boolean {
  return lastDayOfMonth(monthOf(date)) === date;
}

/** Every report date (the 15th and the month end) from `from` to `to` (both YYYY-MM-DD), the latest first. */
export function reportDatesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  if (!isIsoDate(from) || !isIsoDate(to)) return [];
  return reportDates({ start: from, end: to }, [15, 'last']).reverse();
}

/** The as-of choices: the ledger's report dates, with the date shown even if it is not one of them. */
export function asOfOptions(data: Pick<LatePayment, 'asOf' | 'ledgerFrom' | 'ledgerTo'>): IsoDate[] {
  const dates = reportDatesBetween(data.ledgerFrom, data.ledgerTo);
  if (dates.includes(data.asOf)) return dates;
  return [...dates, data.asOf].sort().reverse();
}
