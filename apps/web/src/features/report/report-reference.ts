// The figures shown beside each box of the form, per metric, from the reference query.
import type { IsoDate } from '../../api/scalars';
import type { ReportReferenceData } from './report.queries';

export type MetricReference = {
  target: number | null;
  /** The figure in force before this report date, and the date it was reported for. */
  previous: { value: number; reportDate: IsoDate | null } | null;
  /** A figure already sent for this very report date: a new one will be a correction. */
  sentForThisDate: number | null;
};

export function referenceByMetric(data: ReportReferenceData, reportDate: IsoDate): Map<string, MetricReference> {
  const previous = new Map((data.previous ?? []).map((row) => [row.metric, row]));
  return new Map(
    data.current.map((row) => {
      const before = previous.get(row.metric);
      return [
        row.metric,
        {
          target: row.target,
          previous: before && before.actual !== null ? { value: before.actual, reportDate: before.reportDate } : null,
          sentForThisDate: row.reportDate === reportDate ? row.actual : null,
        },
      ];
    }),
  );
}
