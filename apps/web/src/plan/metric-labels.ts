import type { Metric } from '../api/graphql-types';

export type MetricLabels = {
  /** The Vietnamese label; the key itself for a metric missing from the catalogue. */
  label: (key: string) => string;
  unit: (key: string) => string | undefined;
  /** Catalogue order, for sorting; unknown metrics last. */
  order: (key: string) => number;
};

export function metricLabels(metrics: readonly Metric[]): MetricLabels {
  const byKey = new Map(metrics.map((metric, index) => [metric.key, { metric, index }]));
  return {
    label: (key) => byKey.get(key)?.metric.labelVi ?? key,
    unit: (key) => byKey.get(key)?.metric.unitVi,
    order: (key) => byKey.get(key)?.index ?? metrics.length,
  };
}
