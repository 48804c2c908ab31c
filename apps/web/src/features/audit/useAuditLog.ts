import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { graphqlRequest } from '../../api/graphql-client';
import { operationName } from '../../api/query-client';
import type { AuditFilter } from './audit-params';
import { AUDIT_LOG_QUERY, type AuditEvent } from './audit.queries';

export const AUDIT_PAGE_SIZE = 50;

/**
 * The newest page of the log for the filter, and older pages on demand ("Xem thêm", after the last cursor). A new
 * filter starts again from the newest page; until it is there the previous filter's events stay, marked as loading.
 * A failed older page keeps the events shown; any other failure shows the error alone.
 */
export function useAuditLog(filter: AuditFilter) {
  const query = useInfiniteQuery({
    queryKey: [operationName(AUDIT_LOG_QUERY), filter],
    queryFn: ({ pageParam, signal }) =>
      graphqlRequest(
        AUDIT_LOG_QUERY,
        { first: AUDIT_PAGE_SIZE, after: pageParam, action: filter.action, actor: filter.actor },
        { signal },
      ).then((data) => data.auditLog),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : null),
    placeholderData: keepPreviousData,
  });
  const moreFailed = query.isFetchNextPageError;
  const pages = query.isError && !moreFailed ? [] : (query.data?.pages ?? []);
  const newest = pages[0];

  const { hasNextPage, isFetching, fetchNextPage, refetch } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetching) void fetchNextPage();
  }, [hasNextPage, isFetching, fetchNextPage]);
  const reload = useCallback(() => void refetch(), [refetch]);

  const events: AuditEvent[] = pages.flatMap((page) => page.edges.map((edge) => edge.node));
  return {
    /** The newest page failed, or a reload of the pages shown did. */
    error: query.isError && !moreFailed ? query.error : undefined,
    /** A new filter's events or a reload are on their way; the events shown are the previous ones. */
    loading: query.isFetching && !query.isFetchingNextPage,
    reload,
    events,
    totalCount: newest?.totalCount,
    /** Older events follow: "Xem thêm" asks for them. */
    hasMore: hasNextPage,
    loadingMore: query.isFetchingNextPage,
    moreError: moreFailed ? query.error : undefined,
    loadMore,
  };
}
