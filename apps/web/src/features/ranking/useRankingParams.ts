import { useCallback, useEffect, useMemo } from 'react';
import type { Metric, Plan } from '../../api/graphql-types';
import { pushSearch, replaceSearch, useLocation } from '../../navigation/location-store';
import { resolveRankingParams, toSearch, type RankingParams } from './ranking-params';

/** Metric, as-of date and rank basis, read from and written to the URL query. */
export function useRankingParams(plan: Plan, metrics: readonly Metric[]) {
  const { search } = useLocation();
  const { params, invalid } = useMemo(() => resolveRankingParams(search, plan, metrics), [search, plan, metrics]);

  // Write the defaults into the address bar so that copying it gives the same view.
  useEffect(() => {
    replaceSearch(toSearch(params, window.location.search));
  }, [params]);

  const update = useCallback(
    (change: Partial<RankingParams>) => pushSearch(toSearch({ ...params, ...change }, window.location.search)),
    [params],
  );

  return { params, invalid, update };
}
