// Calendar dates as ISO strings (YYYY-MM-DD) and whole-day arithmetic in UTC, so no time zone can move a day.
// This is the one rule for what a date or a month is: the API's LocalDate and YearMonth scalars parse with it.

export type IsoDate = string;
/** A calendar month, YYYY-MM. */
export type YearMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MS_PER_DAY = 86_400_000;

/** A date that exists on the calendar, written YYYY-MM-DD (2021-02-30 and 2021-1-5 are not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

/** A month written YYYY-MM (2021-13 and 2021-1 are not). */
export function isYearMonth(value: string): boolean {
  return YEAR_MONTH.test(value);
}

/** A date (or month) that is not one (2021-02-30, 30/11/2021 where YYYY-MM-DD is asked): the caller's to fix. */
export class InvalidDateError extends RangeError {
  override readonly name = 'InvalidDateError';
  readonly messageVi: string;

  constructor(what: string, value: string, form: 'date' | 'month' = 'date') {
    super(
      form === 'date'
        ? `${what} must be a date that exists on the calendar, written YYYY-MM-DD (e.g. 2021-11-30); got "${value}".`
        : `${what} must be a month written YYYY-MM (e.g. 2021-11); got "${value}".`,
    );
    this.messageVi =
      form === 'date'
        ? `${what} phải là một ngày có thật, viết theo dạng YYYY-MM-DD (ví dụ 2021-11-30); đã nhận "${value}".`
        : `${what} phải là một tháng viết theo dạng YYYY-MM (ví dụ 2021-11); đã nhận "${value}".`;
  }
}

export function assertIsoDate(value: string, what = 'date'): IsoDate {
  if (!isIsoDate(value)) throw new InvalidDateError(what, value);
  return value;
}

export function assertYearMonth(value: string, what = 'month'): YearMonth {
  if (!isYearMonth(value)) throw new InvalidDateError(what, value, 'month');
  return value;
}

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = assertIsoDate(date).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to`, counting both ends (a single day is 1). */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from) + 1;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month of a date as YYYY-MM. */
export function monthOf(date: IsoDate): string {
  return assertIsoDate(date).slice(0, 7);
}

export function firstDayOfMonth(month: string): IsoDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: string): IsoDate {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** Every month (YYYY-MM) that a period touches, in order. */
export function monthsBetween(start: IsoDate, end: IsoDate): string[] {
  const months: string[] = [];
  let [y, m] = monthOf(start).split('-').map(Number) as [number, number];
  const last = monthOf(end);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) return months;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
