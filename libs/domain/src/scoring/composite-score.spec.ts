import { describe, expect, it } from 'vitest';
import {
  LATE_PAYMENT_PART,
  compositeScore,
  defaultCompositeWeights,
  rankCompositeScores,
  type CompositeInput,
} from './composite-score';

const settings = { weights: { a: 2, b: 1, c: 1 }, cap: 1.2, latePaymentReference: 0.0291 };
const part = (metric: string, value: number | null, hasTarget = true): CompositeInput => ({ metric, value, hasTarget });

describe('composite score', () => {
  it('is the weighted mean of attainments capped at 1.2', () => {
    // (2 × min(1.5, 1.2) + 1 × 0.9 + 1 × 1.0) / 4 = (2.4 + 0.9 + 1.0) / 4 = 1.075
    const result = compositeScore([part('a', 1.5), part('b', 0.9), part('c', 1)], settings);
    expect(result.score).toBeCloseTo(1.075, 12);
    expect(result.parts.map((p) => p.score)).toEqual([1.2, 0.9, 1]);
    expect(result.parts.map((p) => p.share)).toEqual([0.5, 0.25, 0.25]);
    expect(result.missing).toEqual([]);
  });

  it('leaves out a metric without a target and renormalises the weights', () => {
    // (2 × 1.1 + 1 × 0.8) / 3 = 1.0
    const result = compositeScore([part('a', 1.1), part('b', 0.8), part('c', null, false)], settings);
    expect(result.score).toBeCloseTo(1, 12);
    expect(result.parts[2]).toMatchObject({ leftOut: true, share: 0, score: null, missing: false });
  });

  it('scores a metric without a report 0 and marks it', () => {
    // (2 × 1.0 + 1 × 0 + 1 × 1.0) / 4 = 0.75
    const result = compositeScore([part('a', 1), part('b', null), part('c', 1)], settings);
    expect(result.score).toBeCloseTo(0.75, 12);
    expect(result.missing).toEqual(['b']);
  });

  it('enters late payment, when weighted, as min(reference / ratio, cap)', () => {
    const weights = { a: 1, [LATE_PAYMENT_PART]: 1 };
    // (1.0 + 0.0291 / 0.0388) / 2 = (1 + 0.75) / 2 = 0.875
    const worse = compositeScore([part('a', 1), part(LATE_PAYMENT_PART, 0.0388)], { ...settings, weights });
    expect(worse.score).toBeCloseTo(0.875, 12);
    // A ratio far below the reference, or none late at all, is capped.
    const none = compositeScore([part('a', 1), part(LATE_PAYMENT_PART, 0)], { ...settings, weights });
    expect(none.score).toBeCloseTo(1.1, 12);
  });

  it('has no score when nothing weighted has a target, and such a province is not ranked', () => {
    const empty = compositeScore([part('a', null, false)], settings);
    expect(empty.score).toBeNull();
    const scores = [
      compositeScore([part('a', 1), part('b', 1), part('c', 1)], settings),
      empty,
      compositeScore([part('a', 1.3), part('b', 1), part('c', 1)], settings),
      compositeScore([part('a', 1), part('b', 1), part('c', 1)], settings),
    ];
    expect(rankCompositeScores(scores)).toEqual([2, null, 1, 2]);
  });

  it('weights every metric equally and late payment not at all by default', () => {
    expect(defaultCompositeWeights(['a', 'b'])).toEqual({ a: 1, b: 1, [LATE_PAYMENT_PART]: 0 });
  });
});
