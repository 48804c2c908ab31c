import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Metric, Plan } from '../../api/graphql-types';
import { resolveRankingParams, toSearch, type RankingParams } from './ranking-params';

/** Metric, as-of date and rank basis, read from and written to the URL query. */
export function useRankingParams(plan: Plan, metrics: readonly Metric[]) {
  const [search, setSearch] = useState(() => window.location.search);

  useEffect(() => {
    const onPopState = () => setSearch(window.location.search);
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const { params, invalid } = useMemo(() => resolveRankingParams(search, plan, metrics), [search, plan, metrics]);

  // Write the defaults into the address bar so that copying it gives the same view.
  useEffect(() => {
    const next = toSearch(params, window.location.search);
    if (next !== window.location.search) window.history.replaceState(null, '', next);
  }, [params]);

  const update = useCallback(
    (change: Partial<RankingParams>) => {
      const next = toSearch({ ...params, ...change }, window.location.search);
      if (next === window.location.search) return;
      window.history.pushState(null, '', next);
      setSearch(next);
    },
    [params],
  );

  return { params, invalid, update };
}
