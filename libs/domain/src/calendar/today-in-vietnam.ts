import type { IsoDate } from './iso-date';

/** Vietnam's offset from UTC: seven hours, all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * Today's date in Vietnam whatever the machine's zone: the last day a step, an outcome or a list recorded now may
 * be dated (the server refuses later ones, and the pages and the command line say so before sending).
 */
export function todayInVietnam(now: Date | number = Date.now()): IsoDate {
  return nowInVietnam(now).slice(0, 10);
}

/** Local time in Vietnam, "YYYY-MM-DDTHH:MM:SS", as submissions and alerts are stamped. */
export function nowInVietnam(now: Date | number = Date.now()): string {
  const ms = typeof now === 'number' ? now : now.getTime();
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 19);
}
