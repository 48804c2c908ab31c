// The overview's choices live in the URL (?plan=…&asOf=…&basis=…&map=…), read and written as the ranking page does,
// so a link shows the same view. The plan is written only when there is more than one to choose from.
import type { Plan } from '../../api/fields';
import type { RankBasis } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { resolvePeriodView, writePeriodView, type PeriodViewParamName } from '../../plan/period-view';
import { COMPOSITE_COLUMN } from './overview-matrix';

export type OverviewParams = {
  planId: string;
  asOf: IsoDate;
  basis: RankBasis;
  /** What the map is coloured by: a metric key, "late_payment" or "composite". */
  map: string;
};
export type OverviewParamName = 'plan' | PeriodViewParamName | 'map';

export type ResolvedOverviewParams = { plan: Plan; params: OverviewParams; invalid: OverviewParamName[] };

export const DEFAULT_MAP = COMPOSITE_COLUMN;

/** `plans` must not be empty; `mapChoices` are the keys the map may be coloured by. */
export function resolveOverviewParams(
  search: string,
  plans: readonly Plan[],
  mapChoices: readonly string[],
): ResolvedOverviewParams {
  const query = new URLSearchParams(search);
  const invalid: OverviewParamName[] = [];

  const planParam = query.get('plan');
  const chosen = planParam === null ? undefined : plans.find((p) => p.id === planParam);
  if (planParam !== null && !chosen) invalid.push('plan');
  const plan = chosen ?? (plans[0] as Plan);

  const period = resolvePeriodView(query, plan);
  invalid.push(...period.invalid);

  const mapParam = query.get('map');
  const mapOk = mapParam !== null && mapChoices.includes(mapParam);
  if (mapParam !== null && !mapOk) invalid.push('map');

  return { plan, params: { planId: plan.id, ...period.view, map: mapOk ? mapParam : DEFAULT_MAP }, invalid };
}

/** The query string for the params, keeping any other parameters already in the URL. */
export function toOverviewSearch(params: OverviewParams, currentSearch: string, planCount: number): string {
  const query = new URLSearchParams(currentSearch);
  if (planCount > 1) query.set('plan', params.planId);
  else query.delete('plan');
  writePeriodView(query, params);
  if (params.map === DEFAULT_MAP) query.delete('map');
  else query.set('map', params.map);
  return `?${query.toString()}`;
}
