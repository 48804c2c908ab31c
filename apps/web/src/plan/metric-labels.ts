import { metricName, metricUnit } from '../i18n/server-text';
import type { Metric } from '../api/fields';

export type MetricLabels = {
  /** The label in the page's language; the key itself for a metric missing from the catalogue. */
  label: (key: string) => string;
  unit: (key: string) => string | undefined;
  /** Catalogue order, for sorting; unknown metrics last. */
  order: (key: string) => number;
};

export function metricLabels(metrics: readonly Metric[]): MetricLabels {
  const byKey = new Map(metrics.map((metric, index) => [metric.key, { metric, index }]));
  return {
    label: (key) => {
      const entry = byKey.get(key);
      return entry ? metricName(entry.metric) : key;
    },
    unit: (key) => {
      const entry = byKey.get(key);
      return entry ? metricUnit(entry.metric) : undefined;
    },
    order: (key) => byKey.get(key)?.index ?? metrics.length,
  };
}
