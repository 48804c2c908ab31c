import { useCallback } from 'react';
import type { Plan } from '../../api/fields';
import { useUrlParams } from '../../navigation/useUrlParams';
import { resolveOverviewParams, toOverviewSearch, type OverviewParams } from './overview-params';

/** Plan, unit set, as-of date, basis and the map's colouring, read from and written to the URL query. */
export function useOverviewParams(plans: readonly Plan[], mapChoices: readonly string[]) {
  const resolve = useCallback(
    (search: string) => {
      const { params, invalid } = resolveOverviewParams(search, plans, mapChoices);
      return { params, invalid };
    },
    [plans, mapChoices],
  );
  const toSearch = useCallback(
    (params: OverviewParams, current: string) => toOverviewSearch(params, current, plans),
    [plans],
  );
  const { params, invalid, update } = useUrlParams(resolve, toSearch);
  // A plan the URL names that is not there falls back to the first, as resolveOverviewParams does.
  const plan = plans.find((p) => p.id === params.planId) ?? (plans[0] as Plan);
  return { plan, params, invalid, update };
}
