import { useCallback, useEffect, useMemo } from 'react';
import type { Plan, Province } from '../../api/fields';
import { replaceSearch, useLocation } from '../../navigation/location-store';
import { localToday } from '../../plan/plan-dates';
import { resolveReportParams, toReportSearch, type ReportParams } from './report-params';

/** Province and report date of the form, kept in the URL; changing them adds no history entry. */
export function useReportParams(plan: Plan, provinces: readonly Province[]) {
  const { search } = useLocation();
  const { params, invalid } = useMemo(
    () => resolveReportParams(search, plan, provinces, localToday()),
    [search, plan, provinces],
  );

  useEffect(() => {
    replaceSearch(toReportSearch(params, window.location.search));
  }, [params]);

  const update = useCallback(
    (change: Partial<ReportParams>) => replaceSearch(toReportSearch({ ...params, ...change }, window.location.search)),
    [params],
  );
  return { params, invalid, update };
}
