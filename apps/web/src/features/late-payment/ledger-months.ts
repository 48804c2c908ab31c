// The dates the page can be seen at: the month ends the contribution ledger covers.
import { isIsoDate } from '@scorecard/domain';
import type { IsoDate, LatePayment } from '../../api/graphql-types';

/** The last day of the month of a YYYY-MM-DD date. */
export function monthEndOf(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(lastDay).padStart(2, '0')}`;
}

export function isMonthEnd(date: string): boolean {
  return isIsoDate(date) && monthEndOf(date) === date;
}

/** Every month end from `from` to `to` (both YYYY-MM-DD), the latest first. */
export function monthEndsBetween(from: IsoDate, to: IsoDate): IsoDate[] {
  if (!isIsoDate(from) || !isIsoDate(to)) return [];
  const ends: IsoDate[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (;;) {
    const end = monthEndOf(`${year}-${String(month).padStart(2, '0')}-01`);
    if (end > to) break;
    // ISO dates compare correctly as strings.
    if (end >= from) ends.push(end);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return ends.reverse();
}

/** The as-of choices: the ledger's month ends, with the date shown even if it is not one of them. */
export function asOfOptions(data: Pick<LatePayment, 'asOf' | 'ledgerFrom' | 'ledgerTo'>): IsoDate[] {
  const ends = monthEndsBetween(data.ledgerFrom, data.ledgerTo);
  if (ends.includes(data.asOf)) return ends;
  return [...ends, data.asOf].sort().reverse();
}
