import { useCallback, useMemo } from 'react';
import { pushSearch, useLocation } from '../../navigation/location-store';
import { NAV_ROUTES } from '../../navigation/routes';
import { resolveComplianceParams, toComplianceSearch, type ComplianceParams } from './compliance-params';

/** The page's view, read from and written to the URL query; each change is a history entry, so back returns. */
export function useComplianceParams() {
  const { search } = useLocation();
  const { params, invalid } = useMemo(() => resolveComplianceParams(search), [search]);
  const update = useCallback(
    (change: Partial<ComplianceParams>) =>
      pushSearch(toComplianceSearch({ ...params, ...change }, window.location.search)),
    [params],
  );
  /** The address of the page with the view changed: for links (tabs, "xem danh sách"). */
  const hrefWith = useCallback(
    (change: Partial<ComplianceParams>) =>
      `${NAV_ROUTES.compliance.path}${toComplianceSearch({ ...params, ...change })}`,
    [params],
  );
  return { params, invalid, update, hrefWith };
}
