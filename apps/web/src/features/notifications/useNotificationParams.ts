import { useCallback, useMemo } from 'react';
import { pushSearch, replaceSearch, useLocation } from '../../navigation/location-store';
import { resolveNotificationParams, toNotificationSearch, type NotificationParams } from './notification-params';

/**
 * The filter and page shown, kept in the URL: a change is a history entry (Back returns to the last list); `correct`
 * writes a page that is there in place of one past the end, with no history entry.
 */
export function useNotificationParams() {
  const { search } = useLocation();
  const { params, invalid } = useMemo(() => resolveNotificationParams(search), [search]);
  const update = useCallback(
    (change: Partial<NotificationParams>) =>
      pushSearch(toNotificationSearch({ ...params, ...change }, window.location.search)),
    [params],
  );
  const correct = useCallback(
    (page: number) => replaceSearch(toNotificationSearch({ ...params, page }, window.location.search)),
    [params],
  );
  return { params, invalid, update, correct };
}
