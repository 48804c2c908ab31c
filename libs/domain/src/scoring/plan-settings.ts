import { DEFAULT_BAND_THRESHOLDS, type BandThresholds } from './status-band';
import { DEFAULT_COMPOSITE_CAP, LATE_PAYMENT_PART, defaultCompositeWeights } from './composite-score';

// A plan's settings that headquarters may change (docs/domain.md): the status-band thresholds and the composite
// score's weights, cap and late-payment reference. Version 0 is the defaults, before anyone sets them.

export type PlanSettings = BandThresholds & {
  compositeCap: number;
  latePaymentReference: number;
  weights: Readonly<Record<string, number>>;
};

/** 2.91 %: the national late-payment ratio at the end of 2022 (seed 002), the reference the composite scores against. */
export const DEFAULT_LATE_PAYMENT_REFERENCE = 0.0291;

export function defaultPlanSettings(metrics: readonly string[]): PlanSettings {
  return {
    ...DEFAULT_BAND_THRESHOLDS,
    compositeCap: DEFAULT_COMPOSITE_CAP,
    latePaymentReference: DEFAULT_LATE_PAYMENT_REFERENCE,
    weights: defaultCompositeWeights(metrics),
  };
}

/** What is wrong with settings someone wants to store, in words that say the fix; empty when nothing is. */
export function planSettingsProblems(settings: PlanSettings, metrics: readonly string[]): string[] {
  const problems: string[] = [];
  const finite = (value: number) => Number.isFinite(value);
  if (!finite(settings.onTrack) || settings.onTrack <= 0 || settings.onTrack > 2)
    problems.push(
      `onTrack ${settings.onTrack}: give the ratio to the reference from which a province is "Đạt", above 0 and at most 2 (default 1).`,
    );
  if (!finite(settings.atRisk) || settings.atRisk <= 0 || settings.atRisk > settings.onTrack)
    problems.push(
      `atRisk ${settings.atRisk}: give the ratio from which a province is "Cần chú ý", above 0 and at most onTrack (default 0.9).`,
    );
  if (!finite(settings.latePaymentAtRisk) || settings.latePaymentAtRisk < 1 || settings.latePaymentAtRisk > 3)
    problems.push(
      `latePaymentAtRisk ${settings.latePaymentAtRisk}: give the multiple of the reference up to which late payment is "Cần chú ý", from 1 to 3 (default 1.1).`,
    );
  if (!finite(settings.compositeCap) || settings.compositeCap < 1 || settings.compositeCap > 3)
    problems.push(
      `compositeCap ${settings.compositeCap}: give the cap on each attainment in the composite, from 1 to 3 (default 1.2).`,
    );
  if (
    !finite(settings.latePaymentReference) ||
    settings.latePaymentReference <= 0 ||
    settings.latePaymentReference >= 1
  )
    problems.push(
      `latePaymentReference ${settings.latePaymentReference}: give the reference late-payment ratio as a fraction, e.g. 0.0291 for 2.91 %.`,
    );
  const known = new Set([...metrics, LATE_PAYMENT_PART]);
  for (const [metric, weight] of Object.entries(settings.weights)) {
    if (!known.has(metric))
      problems.push(`weight for "${metric}": not a metric of the plan (${[...known].join(', ')}).`);
    else if (!finite(weight) || weight < 0 || weight > 100)
      problems.push(`weight for "${metric}" ${weight}: give a weight from 0 to 100 (0 leaves the metric out).`);
  }
  if (!Object.values(settings.weights).some((weight) => weight > 0))
    problems.push('weights: give at least one metric a weight above 0.');
  return problems;
}
