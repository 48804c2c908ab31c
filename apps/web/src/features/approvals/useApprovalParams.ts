import { useCallback, useMemo } from 'react';
import { pushSearch, useLocation } from '../../navigation/location-store';
import { resolveApprovalParams, toApprovalSearch, type ApprovalParams } from './approval-params';

/** The state and province shown, kept in the URL; each change is a history entry (Back returns to the last list). */
export function useApprovalParams(provinceCodes: readonly string[]) {
  const { search } = useLocation();
  const { params, invalid } = useMemo(() => resolveApprovalParams(search, provinceCodes), [search, provinceCodes]);
  const update = useCallback(
    (change: Partial<ApprovalParams>) => pushSearch(toApprovalSearch({ ...params, ...change }, window.location.search)),
    [params],
  );
  return { params, invalid, update };
}
