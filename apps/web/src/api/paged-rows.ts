// A list loaded a page at a time with the one cursor convention (edges, pageInfo, totalCount): "Xem thêm" asks
// for the page after the last cursor. Pure; the hook usePagedConnection asks through TanStack Query.

export type Connection<TNode> = {
  totalCount: number;
  edges: readonly { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
};

/** The rows of every page in order; a row a later page repeats is listed once. */
export function pagedRows<TNode>(pages: readonly Connection<TNode>[], key: (node: TNode) => string): TNode[] {
  const seen = new Set<string>();
  const rows: TNode[] = [];
  for (const page of pages) {
    for (const { node } of page.edges) {
      const id = key(node);
      if (seen.has(id)) continue;
      seen.add(id);
      rows.push(node);
    }
  }
  return rows;
}

/** The cursor of the next page; null when the last page says there is none. */
export function nextPageCursor(pages: readonly Connection<unknown>[]): string | null {
  const last = pages.at(-1);
  return last?.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? null) : null;
}

/** The matching rows on every page, as the latest page counts them. */
export function pagedTotal(pages: readonly Connection<unknown>[]): number | undefined {
  return pages.at(-1)?.totalCount;
}

export type PagedStatus = 'loading' | 'ready' | 'loading-more' | 'failed' | 'more-failed';

/** The state of the paged query (TanStack's useInfiniteQuery) the list is drawn from. */
export type PagedQueryState = {
  /** At least one page of the current filter is loaded. */
  hasPages: boolean;
  isError: boolean;
  /** The failure was that of the next page ("Xem thêm"), not of the first. */
  isFetchNextPageError: boolean;
  isFetchingNextPage: boolean;
};

/**
 * What the list shows. A failed next page keeps the rows already shown; any other failure shows the error alone,
 * never an empty list.
 */
export function pagedStatus(query: PagedQueryState): PagedStatus {
  if (query.isError) return query.isFetchNextPageError && query.hasPages ? 'more-failed' : 'failed';
  if (!query.hasPages) return 'loading';
  return query.isFetchingNextPage ? 'loading-more' : 'ready';
}
