// The page's choices live in the URL (?plan=…&units=…&metric=…&asOf=…&basis=…) so a link shows the same view. As on
// the overview, the plan is written only when there is more than one to choose from, the unit set only when it is
// not the plan's own.
import type { Metric, Plan } from '../../api/fields';
import type { RankBasis, UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { resolvePeriodView, writePeriodView } from '../../plan/period-view';
import { PLAN_PARAM, resolvePlanChoice } from '../../plan/plan-choice';
import { UNITS_PARAM, resolveUnitSet, writeUnitSet } from '../../plan/unit-set-view';

export type RankingParams = { planId: string; unitSet: UnitSet; metric: string; asOf: IsoDate; basis: RankBasis };
export type RankingParamName = typeof PLAN_PARAM | typeof UNITS_PARAM | 'metric' | 'asOf' | 'basis';

export type ResolvedRankingParams = {
  plan: Plan;
  params: RankingParams;
  /** Parameters present in the URL but not usable; the default was used instead. */
  invalid: RankingParamName[];
};

/** `plans` must not be empty. */
export function resolveRankingParams(
  search: string,
  plans: readonly Plan[],
  metrics: readonly Metric[],
): ResolvedRankingParams {
  const query = new URLSearchParams(search);
  const invalid: RankingParamName[] = [];

  const { plan, invalid: planInvalid } = resolvePlanChoice(query, plans);
  if (planInvalid) invalid.push(PLAN_PARAM);

  const units = resolveUnitSet(query, plan);
  if (units.invalid) invalid.push(UNITS_PARAM);

  const metricParam = query.get('metric');
  const metricOk = metricParam !== null && metrics.some((m) => m.key === metricParam);
  if (metricParam !== null && !metricOk) invalid.push('metric');

  const period = resolvePeriodView(query, plan);
  invalid.push(...period.invalid);

  return {
    plan,
    params: {
      planId: plan.id,
      unitSet: units.unitSet,
      metric: metricOk ? metricParam : (metrics[0]?.key ?? ''),
      ...period.view,
    },
    invalid,
  };
}

/** The query string for the params, keeping any other parameters already in the URL. */
export function toSearch(params: RankingParams, currentSearch: string, plans: readonly Plan[]): string {
  const query = new URLSearchParams(currentSearch);
  if (plans.length > 1) query.set(PLAN_PARAM, params.planId);
  else query.delete(PLAN_PARAM);
  const plan = plans.find((p) => p.id === params.planId);
  if (plan) writeUnitSet(query, params.unitSet, plan);
  else query.delete(UNITS_PARAM);
  query.set('metric', params.metric);
  writePeriodView(query, params);
  return `?${query.toString()}`;
}
