// "Tỉnh chậm theo chỉ tiêu": for each metric, the provinces in the band Chậm on the basis, the furthest behind first.
import type { OverviewAttainment } from './overview.queries';

export type BehindList<TMetric> = { metric: TMetric; rows: OverviewAttainment[] };

export function behindByMetric<TMetric>(
  answers: readonly { metric: TMetric; rows: readonly OverviewAttainment[] }[],
): BehindList<TMetric>[] {
  return answers.map(({ metric, rows }) => ({
    metric,
    rows: rows
      .filter((row) => row.band === 'BEHIND')
      .sort(
        (a, b) =>
          (a.ratioToReference ?? Infinity) - (b.ratioToReference ?? Infinity) ||
          a.province.code.localeCompare(b.province.code),
      ),
  }));
}
