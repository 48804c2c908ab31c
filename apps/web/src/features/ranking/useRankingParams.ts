import { useCallback } from 'react';
import type { Metric, Plan } from '../../api/fields';
import { useUrlParams } from '../../navigation/useUrlParams';
import { resolveRankingParams, toSearch, type RankingParams } from './ranking-params';

/** Plan, unit set, metric, as-of date and rank basis, read from and written to the URL query. */
export function useRankingParams(plans: readonly Plan[], metrics: readonly Metric[]) {
  const resolve = useCallback(
    (search: string) => {
      const { params, invalid } = resolveRankingParams(search, plans, metrics);
      return { params, invalid };
    },
    [plans, metrics],
  );
  const write = useCallback((params: RankingParams, current: string) => toSearch(params, current, plans), [plans]);
  const { params, invalid, update } = useUrlParams(resolve, write);
  // A plan the URL names that is not there falls back to the first, as resolveRankingParams does.
  const plan = plans.find((p) => p.id === params.planId) ?? (plans[0] as Plan);
  return { plan, params, invalid, update };
}
