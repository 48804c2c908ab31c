import { useInfiniteQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ArrearsBucket } from '../../api/generated/graphql';
import { graphqlRequest } from '../../api/graphql-client';
import { operationName } from '../../api/query-client';
import type { IsoDate } from '../../api/scalars';
import { employerPagesStatus, employerRows, employerTotals, nextCursor, remainingCount } from './employer-pages';
import { EMPLOYERS_IN_ARREARS_QUERY, EMPLOYERS_PAGE_SIZE } from './late-payment.queries';

export type EmployersFilter = { province: string; asOf: IsoDate; bucket: ArrearsBucket | null };

/**
 * A province's employers in arrears, largest debt first, a page at a time. A new filter starts again from the
 * first page (the previous filter's rows are not shown meanwhile); `loadMore` appends the next; a failure stays a
 * failure (the rows already shown stay too).
 */
export function useEmployersInArrears(filter: EmployersFilter) {
  const query = useInfiniteQuery({
    queryKey: [operationName(EMPLOYERS_IN_ARREARS_QUERY), filter],
    queryFn: ({ pageParam, signal }) =>
      graphqlRequest(
        EMPLOYERS_IN_ARREARS_QUERY,
        { ...filter, first: EMPLOYERS_PAGE_SIZE, after: pageParam },
        { signal },
      ).then((data) => data.employersInArrears),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => nextCursor([last]),
  });
  const pages = query.data?.pages ?? [];
  const status = employerPagesStatus({
    hasPages: pages.length > 0,
    isError: query.isError,
    isFetchNextPageError: query.isFetchNextPageError,
    isFetchingNextPage: query.isFetchingNextPage,
  });

  const { hasNextPage, isFetching, fetchNextPage, refetch } = query;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetching) void fetchNextPage();
  }, [hasNextPage, isFetching, fetchNextPage]);
  const reload = useCallback(() => void refetch(), [refetch]);

  return {
    status,
    error: query.error ?? undefined,
    rows: employerRows(pages),
    totals: employerTotals(pages),
    remaining: remainingCount(pages),
    hasMore: hasNextPage,
    loadMore,
    reload,
  };
}
