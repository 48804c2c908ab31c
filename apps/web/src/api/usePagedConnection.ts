import { useInfiniteQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback } from 'react';
import { nextPageCursor, pagedRows, pagedStatus, pagedTotal, type Connection } from './paged-rows';

type PagedConnectionOptions<TNode, TConnection extends Connection<TNode>> = {
  queryKey: QueryKey;
  fetchPage: (after: string | null, signal: AbortSignal) => Promise<TConnection>;
  /** What tells two rows apart: a row repeated by a later page is listed once. */
  rowKey: (node: TNode) => string;
};

/**
 * A list a page at a time. A new filter (a new key) starts again from the first page (the previous filter's rows
 * are not shown meanwhile); `loadMore` appends the next; a failure stays a failure (the rows already shown stay
 * too). `pages` are the connections as answered, for what a list counts beyond its rows (a total amount).
 */
export function usePagedConnection<TNode, TConnection extends Connection<TNode> = Connection<TNode>>({
  queryKey,
  fetchPage,
  rowKey,
}: PagedConnectionOptions<TNode, TConnection>) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => nextPageCursor([last]),
  });
  const pages = query.data?.pages ?? [];
  const status = pagedStatus({
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
    pages,
    rows,
    total,
    remaining: total === undefined ? 0 : Math.max(0, total - rows.length),
    hasMore: hasNextPage,
    loadMore,
    reload,
  };
}
