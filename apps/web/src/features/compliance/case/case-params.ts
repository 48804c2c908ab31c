// The case page's date lives in the URL (?asOf=…): the date the list showed the case at. Without it, today.
import { isIsoDate } from '@scorecard/domain';
import type { IsoDate } from '../../../api/scalars';

export function resolveCaseAsOf(search: string): { asOf: IsoDate | null; invalid: boolean } {
  const value = new URLSearchParams(search).get('asOf');
  if (value === null) return { asOf: null, invalid: false };
  return isIsoDate(value) ? { asOf: value, invalid: false } : { asOf: null, invalid: true };
}

/**
 * After a step or an outcome dated `on` is recorded: the date to show the case at so that it is on the page. A
 * page seen at an earlier date moves on to today (null); otherwise it stays.
 */
export function asOfAfterRecording(asOf: IsoDate | null, on: IsoDate): IsoDate | null {
  return asOf !== null && on > asOf ? null : asOf;
}
