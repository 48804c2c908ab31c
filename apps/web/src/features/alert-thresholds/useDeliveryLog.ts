import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { graphqlRequest } from '../../api/graphql-client';
import { operationName } from '../../api/query-client';
import { ALERT_MESSAGES_QUERY, type AlertMessage } from './alert-thresholds.queries';
import { DELIVERY_PAGE_SIZE, nextDeliveryOffset } from './delivery-pages';

/**
 * The newest 20 messages of the delivery log, and 20 more on demand ("Xem thêm"). A failed later page keeps the
 * messages shown; a failure of the first shows the error alone.
 */
export function useDeliveryLog() {
  const query = useInfiniteQuery({
    queryKey: [operationName(ALERT_MESSAGES_QUERY)],
    queryFn: ({ pageParam, signal }) =>
      graphqlRequest(ALERT_MESSAGES_QUERY, { first: DELIVERY_PAGE_SIZE, offset: pageParam }, { signal }).then(
        (data) => data.alertMessages,
      ),
    initialPageParam: 0,
    getNextPageParam: (_last, pages) => nextDeliveryOffset(pages),
  });
  const moreFailed = query.isFetchNextPageError;
  const pages = query.isError && !moreFailed ? [] : (query.data?.pages ?? []);
  const { hasNextPage, isFetching, fetchNextPage, refetch } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetching) void fetchNextPage();
  }, [hasNextPage, isFetching, fetchNextPage]);
  const reload = useCallback(() => void refetch(), [refetch]);

  const messages: AlertMessage[] = pages.flat();
  return {
    error: query.isError && !moreFailed ? query.error : undefined,
    loaded: query.data !== undefined,
    messages,
    hasMore: hasNextPage,
    loadingMore: query.isFetchingNextPage,
    moreError: moreFailed ? query.error : undefined,
    loadMore,
    reload,
  };
}
