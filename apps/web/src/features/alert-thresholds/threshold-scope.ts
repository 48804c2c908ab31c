// The scope "Ngưỡng cảnh báo" shows lives in the URL (?plan=…), so a reload or a link shows the same thresholds:
// no parameter is agency-wide ("Toàn ngành", planId null), a plan's id is that plan.
import { PLAN_PARAM } from '../../plan/plan-choice';

/** A plan's id, or null for the agency-wide thresholds. */
export type ThresholdScope = string | null;

/** The scope the address names; a plan that is not listed gives agency-wide, and `invalid`. */
export function resolveThresholdScope(
  search: string,
  plans: readonly { id: string }[],
): { scope: ThresholdScope; invalid: boolean } {
  const named = new URLSearchParams(search).get(PLAN_PARAM);
  if (named === null || named === '') return { scope: null, invalid: false };
  return plans.some((plan) => plan.id === named) ? { scope: named, invalid: false } : { scope: null, invalid: true };
}

/** The query for a scope, keeping other parameters; agency-wide needs none. */
export function toThresholdSearch(scope: ThresholdScope, currentSearch: string): string {
  const query = new URLSearchParams(currentSearch);
  if (scope === null) query.delete(PLAN_PARAM);
  else query.set(PLAN_PARAM, scope);
  const text = query.toString();
  return text ? `?${text}` : '';
}
