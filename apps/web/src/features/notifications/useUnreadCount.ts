import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { operationName } from '../../api/query-client';
import { useOperationQuery } from '../../api/useOperationQuery';
import { useLocation } from '../../navigation/location-store';
import type { UnreadState } from './notification-labels';
import { NOTIFICATION_COUNT_QUERY } from './notifications.queries';

const NO_VARIABLES = {};

/**
 * The viewer's unread count, asked for when the app opens. Marking one read (any change) marks it stale and it is
 * asked for again; moving to another page asks again once the answer is older than the cache's half a minute. No
 * polling: new alerts come with changes to the figures or a new day, which a page load or a move shows.
 */
export function useUnreadCount(): UnreadState {
  const count = useOperationQuery(NOTIFICATION_COUNT_QUERY, NO_VARIABLES);
  const { pathname } = useLocation();
  const queryClient = useQueryClient();

  useEffect(() => {
    // cancelRefetch false: the request of the first load (or one already on its way) is not sent twice.
    void queryClient.refetchQueries(
      { queryKey: [operationName(NOTIFICATION_COUNT_QUERY)], type: 'active', stale: true },
      { cancelRefetch: false },
    );
  }, [pathname, queryClient]);

  if (count.error !== undefined) return { status: 'failed' };
  return count.data ? { status: 'ready', count: count.data.notifications.unreadCount } : { status: 'loading' };
}
