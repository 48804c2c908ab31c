// The published national row beside the sum of the provinces, per metric, for the period and each month.
// The dashboard's national figures are the sums of the provinces; the published row stays as printed.
import type { Metric } from '../../api/fields';
import type { PlanTargetTotal } from './plans.queries';
import { metricLabels } from '../../plan/metric-labels';

export type TotalsCell = {
  /** The national row as published; null when the table has none for this month. */
  published: number | null;
  provinces: number;
  /** published − provinces, as in the reconciliation; null without a published figure. */
  difference: number | null;
};

export type TargetSummaryRow = {
  metric: string;
  label: string;
  unit: string | undefined;
  total: TotalsCell;
  /** One cell per month of TargetSummary.months; undefined where the metric has no figure that month. */
  months: Array<TotalsCell | undefined>;
  /** Whether any published figure differs from the sum of the provinces. */
  differs: boolean;
};

export type TargetSummary = { months: string[]; rows: TargetSummaryRow[] };

export function toTargetSummary(totals: readonly PlanTargetTotal[], metrics: readonly Metric[]): TargetSummary {
  const labels = metricLabels(metrics);
  const months = [...new Set(totals.flatMap((total) => total.months.map((m) => m.month)))].sort();
  const rows = [...totals]
    .sort((a, b) => labels.order(a.metric) - labels.order(b.metric) || a.metric.localeCompare(b.metric))
    .map((total) => {
      const byMonth = new Map(total.months.map((m) => [m.month, cell(m.publishedNational, m.provinces)]));
      const totalCell = cell(total.publishedNationalTotal, total.provincesTotal);
      const monthCells = months.map((month) => byMonth.get(month));
      return {
        metric: total.metric,
        label: labels.label(total.metric),
        unit: labels.unit(total.metric),
        total: totalCell,
        months: monthCells,
        differs: [totalCell, ...monthCells].some((c) => c !== undefined && c.difference !== null && c.difference !== 0),
      };
    });
  return { months, rows };
}

function cell(published: number | null, provinces: number): TotalsCell {
  return { published, provinces, difference: published === null ? null : published - provinces };
}
