// Wall-clock time of an instant, apart from the other value parsers so that the file readers, which run in a
// reader process, can use it: no import (see ../worker/source-reader.worker.ts).

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * YYYY-MM-DDTHH:MM:SS of an instant given as milliseconds: the UTC fields when the source stores wall-clock time
 * without a zone (a spreadsheet date, a Parquet TIMESTAMP), Vietnam time when it stores an instant (`zoned`).
 * null when the year is outside 1000–9999 (a corrupt or sentinel value).
 */
export function wallClockOfEpochMs(epochMs: number, zoned: boolean): string | null {
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) return null;
  const date = new Date(Math.floor(epochMs / 1000) * 1000 + (zoned ? VIETNAM_OFFSET_MS : 0));
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return null;
  return date.toISOString().slice(0, 19);
}
