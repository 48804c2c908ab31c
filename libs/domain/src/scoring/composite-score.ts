import { competitionRanks } from '../ranking/competition-rank';

// The composite (emulation, "chấm điểm thi đua") score of docs/domain.md: the weighted mean over the plan's
// metrics of min(attainment to date, cap); a metric a province has no target for is left out and the weights
// renormalised; a missing report scores 0 and is marked; late payment, when weighted, enters as
// min(reference / ratio, cap).

export const LATE_PAYMENT_PART = 'late_payment';

export type CompositeSettings = {
  /** Weight per metric key (and LATE_PAYMENT_PART); a metric without a weight, or with 0, is left out. */
  weights: Readonly<Record<string, number>>;
  cap: number;
  /** The late-payment reference ratio the province's ratio is scored against (e.g. 0.0291). */
  latePaymentReference: number;
};

export const DEFAULT_COMPOSITE_CAP = 1.2;

/** One metric of one province, as the composite reads it. */
export type CompositeInput = {
  metric: string;
  /** False when the province has no target for the metric: left out, weights renormalised. */
  hasTarget: boolean;
  /** Attainment to date (for late payment: the late-payment ratio); null when the province has not reported. */
  value: number | null;
};

export type CompositePart = {
  metric: string;
  weight: number;
  /** The weight over the weights of the parts that count (0 for a part left out). */
  share: number;
  /** min(attainment, cap), min(reference / ratio, cap) for late payment; 0 when missing; null when left out. */
  score: number | null;
  missing: boolean;
  leftOut: boolean;
};

export type CompositeScore = {
  /** Σ share × score; null when no weighted metric has a target. */
  score: number | null;
  parts: CompositePart[];
  /** The metrics scored 0 because no report was in force. */
  missing: string[];
};

export function compositeScore(inputs: readonly CompositeInput[], settings: CompositeSettings): CompositeScore {
  const weighted = inputs.map((input) => {
    const weight = settings.weights[input.metric] ?? 0;
    const leftOut = weight <= 0 || !input.hasTarget;
    const missing = !leftOut && input.value === null;
    let score: number | null = null;
    if (!leftOut) score = missing ? 0 : partScore(input, settings);
    return { metric: input.metric, weight, leftOut, missing, score };
  });
  const total = weighted.reduce((sum, part) => sum + (part.leftOut ? 0 : part.weight), 0);
  const parts = weighted.map((part) => ({ ...part, share: part.leftOut || total === 0 ? 0 : part.weight / total }));
  return {
    score: total === 0 ? null : parts.reduce((sum, part) => sum + part.share * (part.score ?? 0), 0),
    parts,
    missing: parts.filter((part) => part.missing).map((part) => part.metric),
  };
}

function partScore(input: CompositeInput, settings: CompositeSettings): number {
  const value = input.value as number;
  if (input.metric === LATE_PAYMENT_PART)
    return value <= 0 ? settings.cap : Math.min(settings.latePaymentReference / value, settings.cap);
  return Math.min(value, settings.cap);
}

/** Equal weights over the plan's metrics, late payment not weighted: the default before headquarters sets any. */
export function defaultCompositeWeights(metrics: readonly string[]): Record<string, number> {
  return Object.fromEntries([...metrics.map((metric) => [metric, 1] as const), [LATE_PAYMENT_PART, 0] as const]);
}

/** Competition ranks of composite scores (higher first); a province without a score is not ranked. */
export function rankCompositeScores(scores: readonly CompositeScore[]): (number | null)[] {
  return competitionRanks(
    scores.map((score) => score.score),
    'HIGHER_FIRST',
  );
}
