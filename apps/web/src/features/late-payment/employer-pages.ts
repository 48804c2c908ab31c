// The employers in arrears of one province, loaded a page at a time ("Xem thêm" asks for the page after the last
// cursor). Pure: the hook useEmployersInArrears asks through TanStack Query; these functions say what it means.
import type { EmployerArrears, EmployerArrearsConnection } from './late-payment.queries';

export type EmployerPagesStatus = 'loading' | 'ready' | 'loading-more' | 'failed' | 'more-failed';

/** The state of the paged query (TanStack's useInfiniteQuery) the list is drawn from. */
export type EmployerPagesQuery = {
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
export function employerPagesStatus(query: EmployerPagesQuery): EmployerPagesStatus {
  if (query.isError) return query.isFetchNextPageError && query.hasPages ? 'more-failed' : 'failed';
  if (!query.hasPages) return 'loading';
  return query.isFetchingNextPage ? 'loading-more' : 'ready';
}

/** The rows of every page in order; an employer a later page repeats is listed once. */
export function employerRows(pages: readonly EmployerArrearsConnection[]): EmployerArrears[] {
  const seen = new Set<string>();
  const rows: EmployerArrears[] = [];
  for (const page of pages) {
    for (const edge of page.edges) {
      if (seen.has(edge.node.employer.id)) continue;
      seen.add(edge.node.employer.id);
      rows.push(edge.node);
    }
  }
  return rows;
}

/** The cursor to ask for the next page after; null when the last page says there is none. */
export function nextCursor(pages: readonly EmployerArrearsConnection[]): string | null {
  const last = pages.at(-1);
  return last?.pageInfo.hasNextPage ? last.pageInfo.endCursor : null;
}

/** Totals of the whole list (not only the rows loaded), as the latest page gives them. */
export function employerTotals(
  pages: readonly EmployerArrearsConnection[],
): { totalCount: number; totalOverdue: number } | undefined {
  const last = pages.at(-1);
  return last ? { totalCount: last.totalCount, totalOverdue: last.totalOverdue } : undefined;
}

/** How many employers "Xem thêm" has still to show. */
export function remainingCount(pages: readonly EmployerArrearsConnection[]): number {
  const totals = employerTotals(pages);
  return totals ? Math.max(0, totals.totalCount - employerRows(pages).length) : 0;
}
