import type { IsoDate } from '../calendar/iso-date';

export type SubmittedFigure = { reportDate: IsoDate; value: number; submittedAt: string; id: number };

/**
 * A(d): the latest revision of the latest report dated on or before d. The latest revision is the one
 * submitted last (by submission time, then by arrival), whatever order the revisions arrived in.
 */
export function actualInForce<T extends SubmittedFigure>(submissions: readonly T[], asOf: IsoDate): T | null {
  let best: T | null = null;
  for (const s of submissions) {
    if (s.reportDate > asOf) continue;
    if (
      best === null ||
      s.reportDate > best.reportDate ||
      (s.reportDate === best.reportDate &&
        (s.submittedAt > best.submittedAt || (s.submittedAt === best.submittedAt && s.id > best.id)))
    ) {
      best = s;
    }
  }
  return best;
}
