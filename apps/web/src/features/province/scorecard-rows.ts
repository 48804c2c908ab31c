import type { Metric, ProvinceAttainment } from '../../api/fields';

export type ScorecardEntry = { row: ProvinceAttainment; metric: Metric | undefined };

/** The rows in catalogue order, each with its metric; a metric the catalogue lacks comes last, still shown. */
export function orderByCatalogue(rows: readonly ProvinceAttainment[], metrics: readonly Metric[]): ScorecardEntry[] {
  const position = new Map(metrics.map((metric, index) => [metric.key, index]));
  return rows
    .map((row) => ({ row, metric: metrics.find((m) => m.key === row.metric) }))
    .sort((a, b) => (position.get(a.row.metric) ?? metrics.length) - (position.get(b.row.metric) ?? metrics.length));
}
