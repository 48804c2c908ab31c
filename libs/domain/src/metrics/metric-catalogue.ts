import catalogue from '../../../../data/reference/metrics.json';

// The seven plan metrics. data/reference/metrics.json is the one list; everything else derives from it.
export type MetricKey = string;

export type MetricDefinition = {
  key: MetricKey;
  labelVi: string;
  shortLabelVi: string;
  labelEn: string;
  shortLabelEn: string;
  unit: string;
  unitVi: string;
  higherIsBetter: boolean;
  /** Appendix of plan 2800/KH-BHXH and the metric block within it (appendix 01 holds three side by side). */
  appendix: string;
  block: number;
  /**
   * Words that name the metric in a published table's caption or block header, folded: lower case, no
   * diacritics, "đ" as "d", single spaces ("bhxh bat buoc").
   */
  headerKeywords: string[];
};

export const METRICS: readonly MetricDefinition[] = catalogue;

export function findMetric(key: string): MetricDefinition | undefined {
  return METRICS.find((metric) => metric.key === key);
}

export function isMetricKey(key: string): boolean {
  return findMetric(key) !== undefined;
}
