import type { IsoDate } from '@scorecard/domain';

/** Today in Vietnam (UTC+7): the latest day a step, an outcome or a list recorded now may be dated. */
export function todayInVietnam(now = Date.now()): IsoDate {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}
