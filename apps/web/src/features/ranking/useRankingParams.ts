import { useCallback } from 'react';
import type { Metric, Plan } from '../../api/fields';
import { useUrlParams } from '../../navigation/useUrlParams';
import { resolveRankingParams, toSearch } from './ranking-params';

/** Metric, as-of date and rank basis, read from and written to the URL query. */
export function useRankingParams(plan: Plan, metrics: readonly Metric[]) {
  const resolve = useCallback((search: string) => resolveRankingParams(search, plan, metrics), [plan, metrics]);
  return useUrlParams(resolve, toSearch);
}
