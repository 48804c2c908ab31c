import { monthOf, type IsoDate, type YearMonth } from '../calendar/iso-date';
import { bucketOfAge, type ArrearsBucket } from './arrears-buckets';

// An employer's contribution ledger at a date, by the rules the product states (docs/late-payment.md):
// - The contribution of month M (YYYY-MM) is due by the last day of M; what is unpaid of it on the first day
//   of the next month is overdue from that day.
// - Payments settle the oldest dues first, whatever month the employer meant them for. A payment counts from
//   the day it was paid. Paying more than is billed leaves a credit, never a negative debt.
// - At date d the months up to and including d's month are billed; the current month is receivable but not
//   yet overdue. Later months are not billed yet.
// - The age of an overdue amount of month M at d, in whole months: monthIndex(d) − monthIndex(M) − 1. So at
//   10/02 January's arrears are under one month old, at 01/03 one month, at 01/05 three months.
// - Receivable at d: the dues of the months from January of d's year through d's month.

export type LedgerDue = { month: YearMonth; amount: number };
export type LedgerPayment = { paidOn: IsoDate; amount: number };

export type EmployerArrears = {
  receivable: number;
  overdue: number;
  /** Overdue amount by the age of each unpaid month's remainder. */
  byBucket: Record<ArrearsBucket, number>;
  /** The oldest month with an unpaid overdue remainder; null when nothing is overdue. */
  oldestOverdueMonth: YearMonth | null;
  /** Age of that month's remainder, and its bucket: the action the employer calls for. */
  ageMonths: number | null;
  bucket: ArrearsBucket | null;
  /** Paid beyond every billed due. */
  credit: number;
};

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthIndex(month: YearMonth): number {
  const match = YEAR_MONTH.exec(month);
  if (!match) throw new RangeError(`expected a month YYYY-MM, got ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/** Age in whole months at `asOf` of the overdue remainder of `month` (negative: not overdue yet). */
export function overdueAgeMonths(month: YearMonth, asOf: IsoDate): number {
  return monthIndex(monthOf(asOf)) - monthIndex(month) - 1;
}

export function employerArrears(
  dues: readonly LedgerDue[],
  payments: readonly LedgerPayment[],
  asOf: IsoDate,
): EmployerArrears {
  const current = monthIndex(monthOf(asOf));
  const yearStart = current - (current % 12);
  let paid = payments.filter((p) => p.paidOn <= asOf).reduce((sum, p) => sum + p.amount, 0);
  const billed = dues
    .map((due) => ({ ...due, index: monthIndex(due.month) }))
    .filter((due) => due.index <= current)
    .sort((a, b) => a.index - b.index);
  const result: EmployerArrears = {
    receivable: billed.filter((due) => due.index >= yearStart).reduce((sum, due) => sum + due.amount, 0),
    overdue: 0,
    byBucket: { UNDER_1_MONTH: 0, FROM_1_TO_3_MONTHS: 0, FROM_3_MONTHS: 0 },
    oldestOverdueMonth: null,
    ageMonths: null,
    bucket: null,
    credit: 0,
  };
  // Oldest first: each month takes what is left of the payments.
  for (const due of billed) {
    const settled = Math.min(due.amount, paid);
    paid -= settled;
    const unpaid = due.amount - settled;
    if (unpaid <= 0 || due.index === current) continue;
    const age = current - due.index - 1;
    const bucket = bucketOfAge(age);
    result.overdue += unpaid;
    result.byBucket[bucket] += unpaid;
    if (result.oldestOverdueMonth === null) {
      result.oldestOverdueMonth = due.month;
      result.ageMonths = age;
      result.bucket = bucket;
    }
  }
  result.credit = paid;
  return result;
}

/** Late-payment ratio: overdue / receivable; null when nothing is receivable. */
export function latePaymentRatio(overdue: number, receivable: number): number | null {
  return receivable > 0 ? overdue / receivable : null;
}
