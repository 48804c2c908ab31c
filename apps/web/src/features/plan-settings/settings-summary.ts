// The settings of a version as people read them: the band sentences and each weight's share of the total.
import { metricShortName } from '../../i18n/server-text';
import { LATE_PAYMENT_PART } from '@scorecard/domain';
import { formatNumber } from '../../i18n/format';
import { textPlanSettings } from '../../i18n/vi-plan-settings';
import type { PlanSettingsVersion, SettingsMetric } from './plan-settings.queries';

const t = textPlanSettings.summary;

/** A ratio as a percent with as many decimals as it has: 1 → "100 %", 0.925 → "92,5 %", 0.0291 → "2,91 %". */
export function percentText(ratio: number): string {
  return `${formatNumber(ratio * 100, 4)} %`;
}

/** A multiple of the reference: 1.1 → "1,1". */
export function multipleText(multiple: number): string {
  return formatNumber(multiple, 4);
}

type Thresholds = Pick<PlanSettingsVersion, 'onTrack' | 'atRisk' | 'latePaymentAtRisk'>;

/** "Đạt khi đạt ≥ 100 % mốc; Cần chú ý từ 90 %; Chậm dưới 90 %". */
export function bandSentence(settings: Thresholds): string {
  return t.bands(percentText(settings.onTrack), percentText(settings.atRisk));
}

/** Late payment, lower is better: "Đạt khi ≤ mốc; Cần chú ý đến 1,1 × mốc; Chậm trên 1,1 × mốc". */
export function latePaymentSentence(settings: Thresholds): string {
  return t.latePayment(multipleText(settings.latePaymentAtRisk));
}

/** The thresholds of a version in one line, for the history table. */
export function thresholdsLine(settings: PlanSettingsVersion): string {
  return [
    t.bandsShort(percentText(settings.onTrack), percentText(settings.atRisk)),
    t.latePaymentShort(multipleText(settings.latePaymentAtRisk)),
    t.capShort(percentText(settings.compositeCap)),
    t.referenceShort(percentText(settings.latePaymentReference)),
  ].join('; ');
}

export type WeightShare = {
  metric: string;
  label: string;
  weight: number;
  /** The weight over the sum of all weights; 0 for a metric left out, null when nothing weighs anything. */
  share: number | null;
};

/** The name of a weighted part: the metric's short name, "Tỷ lệ chậm đóng", or the key of a metric not listed. */
export function weightLabel(metric: string, metrics: readonly SettingsMetric[]): string {
  if (metric === LATE_PAYMENT_PART) return textPlanSettings.latePaymentMetric;
  const found = metrics.find((m) => m.key === metric);
  return found ? metricShortName(found) : metric;
}

/** Each weight with its share of the total, in the catalogue's order of metrics, late payment last. */
export function weightShares(
  weights: readonly { metric: string; weight: number }[],
  metrics: readonly SettingsMetric[],
): WeightShare[] {
  const total = weights.reduce((sum, w) => sum + (w.weight > 0 ? w.weight : 0), 0);
  const order = (metric: string) => {
    if (metric === LATE_PAYMENT_PART) return metrics.length + 1;
    const index = metrics.findIndex((m) => m.key === metric);
    return index === -1 ? metrics.length : index;
  };
  return [...weights]
    .sort((a, b) => order(a.metric) - order(b.metric))
    .map((w) => ({
      metric: w.metric,
      label: weightLabel(w.metric, metrics),
      weight: w.weight,
      share: total > 0 ? Math.max(w.weight, 0) / total : null,
    }));
}

/** The weights of a version in one line, for the history table: "Thu 3 · Phát triển BHXH 1 · …" (0s left out). */
export function weightsLine(
  weights: readonly { metric: string; weight: number }[],
  metrics: readonly SettingsMetric[],
): string {
  return weightShares(weights, metrics)
    .filter((w) => w.weight > 0)
    .map((w) => `${w.label} ${formatNumber(w.weight, 2)}`)
    .join(' · ');
}
