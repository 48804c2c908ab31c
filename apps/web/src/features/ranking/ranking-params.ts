// The page's choices live in the URL (?metric=…&asOf=…&basis=…) so a link shows the same view.
import type { IsoDate, Metric, Plan, RankBasis } from '../../api/graphql-types';
import { defaultAsOf, isDateInPlan } from '../../plan/plan-dates';

export type RankingParams = { metric: string; asOf: IsoDate; basis: RankBasis };
export type RankingParamName = keyof RankingParams;

export type ResolvedRankingParams = {
  params: RankingParams;
  /** Parameters present in the URL but not usable; the default was used instead. */
  invalid: RankingParamName[];
};

const DEFAULT_BASIS: RankBasis = 'TO_DATE';

export function resolveRankingParams(search: string, plan: Plan, metrics: readonly Metric[]): ResolvedRankingParams {
  const query = new URLSearchParams(search);
  const invalid: RankingParamName[] = [];

  const metricParam = query.get('metric');
  const metricOk = metricParam !== null && metrics.some((m) => m.key === metricParam);
  if (metricParam !== null && !metricOk) invalid.push('metric');

  const asOfParam = query.get('asOf');
  const asOfOk = asOfParam !== null && isDateInPlan(plan, asOfParam);
  if (asOfParam !== null && !asOfOk) invalid.push('asOf');

  const basisParam = query.get('basis');
  const basisOk = basisParam === 'TO_DATE' || basisParam === 'PERIOD';
  if (basisParam !== null && !basisOk) invalid.push('basis');

  return {
    params: {
      metric: metricOk ? metricParam : (metrics[0]?.key ?? ''),
      asOf: asOfOk ? asOfParam : defaultAsOf(plan),
      basis: basisOk ? basisParam : DEFAULT_BASIS,
    },
    invalid,
  };
}

/** The query string for the params, keeping any other parameters already in the URL. */
export function toSearch(params: RankingParams, currentSearch: string): string {
  const query = new URLSearchParams(currentSearch);
  query.set('metric', params.metric);
  query.set('asOf', params.asOf);
  if (params.basis === DEFAULT_BASIS) query.delete('basis');
  else query.set('basis', params.basis);
  return `?${query.toString()}`;
}
