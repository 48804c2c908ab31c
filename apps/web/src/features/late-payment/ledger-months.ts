// The dates the page offers: the report dates (the 15th and the last day of each month, as the plans report)
// that the contribution ledger covers. A link may name any other date; it is shown too.
import { isIsoDate } from '@scorecard/domain';
import type { IsoDate, LatePayment } from '../../api/graphql-types';

/** The last day of the month of a YYYY-MM-DD date. */
export function monthEndOf(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(lastDay).padStart(2, '0')}`;
}

/** Every report date (the 15th and the month end) from `from` to `to` (both YYYY-MM-DD), the latest first. */
export function reportDatesBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  if (!isIsoDate(from) || !isIsoDate(to)) return [];
  const dates: IsoDate[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (first > to) break;
    // ISO dates compare correctly as strings.
    for (const date of [`${first.slice(0, 8)}15`, monthEndOf(first)]) {
      if (date >= from && date <= to) dates.push(date);
    }
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return dates.reverse();
}

/** The as-of choices: the ledger's report dates, with the date shown even if it is not one of them. */
export function asOfOptions(data: Pick<LatePayment, 'asOf' | 'ledgerFrom' | 'ledgerTo'>): IsoDate[] {
  const dates = reportDatesBetween(data.ledgerFrom, data.ledgerTo);
  if (dates.includes(data.asOf)) return dates;
  return [...dates, data.asOf].sort().reverse();
}
