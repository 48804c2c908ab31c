import { dayNumber, daysInMonth, lastDayOfMonth, monthOf, type IsoDate } from '../calendar/iso-date';

export type MonthlyTarget = { month: string; value: number };

/**
 * Cumulative target to date T(d): the months that ended on or before d in full, plus the month that
 * contains d pro-rated by the days of that month elapsed up to and including d.
 */
export function cumulativeTargetToDate(months: readonly MonthlyTarget[], asOf: IsoDate): number {
  const current = monthOf(asOf);
  let total = 0;
  for (const { month, value } of months) {
    if (lastDayOfMonth(month) <= asOf) total += value;
    else if (month === current) {
      const [y, m] = month.split('-').map(Number) as [number, number];
      const elapsed = dayNumber(asOf) - dayNumber(`${month}-01`) + 1;
      total += (value * elapsed) / daysInMonth(y, m);
    }
  }
  return total;
}

/** The remaining days after d expressed in calendar months (16 days of a 31-day month count 16/31). */
export function monthsRemaining(asOf: IsoDate, end: IsoDate): number {
  let months = 0;
  for (let day = dayNumber(asOf) + 1; day <= dayNumber(end); day += 1) {
    const date = new Date(day * 86_400_000);
    months += 1 / daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
  }
  return months;
}
