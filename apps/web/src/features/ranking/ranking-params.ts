// The page's choices live in the URL (?metric=…&asOf=…&basis=…) so a link shows the same view.
import type { Metric, Plan } from '../../api/fields';
import type { RankBasis } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { resolvePeriodView, writePeriodView } from '../../plan/period-view';

export type RankingParams = { metric: string; asOf: IsoDate; basis: RankBasis };
export type RankingParamName = keyof RankingParams;

export type ResolvedRankingParams = {
  params: RankingParams;
  /** Parameters present in the URL but not usable; the default was used instead. */
  invalid: RankingParamName[];
};

export function resolveRankingParams(search: string, plan: Plan, metrics: readonly Metric[]): ResolvedRankingParams {
  const query = new URLSearchParams(search);
  const invalid: RankingParamName[] = [];

  const metricParam = query.get('metric');
  const metricOk = metricParam !== null && metrics.some((m) => m.key === metricParam);
  if (metricParam !== null && !metricOk) invalid.push('metric');

  const period = resolvePeriodView(query, plan);
  invalid.push(...period.invalid);

  return {
    params: { metric: metricOk ? metricParam : (metrics[0]?.key ?? ''), ...period.view },
    invalid,
  };
}

/** The query string for the params, keeping any other parameters already in the URL. */
export function toSearch(params: RankingParams, currentSearch: string): string {
  const query = new URLSearchParams(currentSearch);
  query.set('metric', params.metric);
  writePeriodView(query, params);
  return `?${query.toString()}`;
}
