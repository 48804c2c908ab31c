import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import { employerPagesStatus } from '../late-payment/employer-pages';
import { nextPageCursor, pagedRows, pagedTotal, type Connection } from './paged-rows';

type PagedConnectionOptions<TNode> = {
  queryKey: QueryKey;
  fetchPage: (after: string | null, signal: AbortSignal) => Promise<Connection<TNode>>;
  /** What tells two rows apart: a row repeated by a later page is listed once. */
  rowKey: (node: TNode) => string;
};

/**
 * A list a page at a time. A new filter (a new key) starts again from the first page; `loadMore` appends the next;
 * a failure stays a failure (the rows already shown stay too), as the late-payment page's employer list does.
 */
export function usePagedConnection<TNode>({ queryKey, fetchPage, rowKey }: PagedConnectionOptions<TNode>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => nextPageCursor([last]),
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
  const rows = pagedRows(pages, rowKey);
  const total = pagedTotal(pages);
  return {
    status,
    error: query.error ?? undefined,
    rows,
    total,
    remaining: total === undefined ? 0 : Math.max(0, total - rows.length),
    hasMore: hasNextPage,
    loadMore,
    reload,
  };
}
