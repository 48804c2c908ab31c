// A date typed as dd/mm/yyyy, whatever the browser's language: read into an ISO date, and the rule deciding
// when a typed text becomes the page's date (and so a query).
import type { IsoDate } from '../api/scalars';

/** Why a typed text is not a date of the period. */
export type DateEntryProblem = 'empty' | 'format' | 'noSuchDate' | 'outsidePeriod';

export type DateEntryResult = { ok: true; date: IsoDate } | { ok: false; problem: DateEntryProblem };

/** The length of a whole date as the field shows it, "30/11/2021": typing the last digit commits it. */
export const FULL_DATE_LENGTH = 10;

// Day and month of one or two digits, a four-digit year; "/", "." or "-" between them, as people type.
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "30/11/2021" or "1/9/2021" → the ISO date; a two-digit year, text or a day the calendar lacks are refused. */
export function parseDayMonthYear(text: string): DateEntryResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const match = DAY_MONTH_YEAR.exec(trimmed);
  if (!match) return { ok: false, problem: 'format' };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31/02 over into March: a day that does not exist comes back different.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return { ok: false, problem: 'noSuchDate' };
  return { ok: true, date: `${match[3]}-${pad(month)}-${pad(day)}` };
}

/** A date of the period, or why not. */
export function parseDateInPeriod(text: string, period: { start: IsoDate; end: IsoDate }): DateEntryResult {
  const result = parseDayMonthYear(text);
  if (!result.ok) return result;
  // ISO dates compare correctly as strings.
  if (result.date < period.start || result.date > period.end) return { ok: false, problem: 'outsidePeriod' };
  return result;
}

/** What made the field look at its text: a keystroke, Enter, or leaving the field. */
export type DateEntryTrigger = 'input' | 'enter' | 'blur';

export type DateEntryDecision =
  /** Still typing: no query, no message. */
  | { kind: 'wait' }
  /** The text is the date already shown: nothing to query. */
  | { kind: 'unchanged'; date: IsoDate }
  | { kind: 'commit'; date: IsoDate }
  | { kind: 'refuse'; problem: DateEntryProblem };

/**
 * When a typed text becomes the page's date: on Enter, on leaving the field, or as soon as a whole date
 * (dd/mm/yyyy, 10 characters) has been typed. A half-typed date never sends a query.
 */
export function decideDateEntry(
  text: string,
  trigger: DateEntryTrigger,
  current: IsoDate,
  period: { start: IsoDate; end: IsoDate },
): DateEntryDecision {
  if (trigger === 'input' && text.trim().length < FULL_DATE_LENGTH) return { kind: 'wait' };
  const result = parseDateInPeriod(text, period);
  if (!result.ok) return { kind: 'refuse', problem: result.problem };
  return result.date === current ? { kind: 'unchanged', date: result.date } : { kind: 'commit', date: result.date };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
