// What the metric cards say about the national figure: where it stands now and how it moved since the previous
// report date (nationalAttainmentHistory lists the report dates up to asOf, asOf itself last).
import { reportDateOnOrBefore } from '@scorecard/domain';
import type { IsoDate } from '../../api/scalars';
import type { NationalPoint } from './overview.queries';

export type NationalChange = {
  current: NationalPoint;
  /** The figure at the report date before the one in force at asOf; null up to the first report date. */
  previous: NationalPoint | null;
  /** current − previous figure (a difference of fractions: 0.012 is 1,2 percentage points); null without both. */
  change: number | null;
};

/**
 * The figure at asOf against the one at the previous report date: the report date before the one in force at asOf.
 * On a report date that is the date before it; between two (20/11) it is the one before the last (31/10, not
 * 15/11), so the change counts the latest reports and not only the days since.
 */
export function nationalChange(
  history: readonly NationalPoint[],
  reportDates: readonly IsoDate[],
): NationalChange | null {
  const current = history.at(-1);
  if (!current) return null;
  const inForce = reportDateOnOrBefore(reportDates, current.asOf);
  const previous = inForce === undefined ? null : (history.findLast((point) => point.asOf < inForce) ?? null);
  const change =
    previous && previous.figure !== null && current.figure !== null ? current.figure - previous.figure : null;
  return { current, previous, change };
}

export type SparkPoint = { date: IsoDate; figure: number | null; reference: number };

/** The points a sparkline draws: the figure and its reference at each report date. */
export function sparkPoints(history: readonly NationalPoint[]): SparkPoint[] {
  return history.map((point) => ({ date: point.asOf, figure: point.figure, reference: point.reference }));
}
