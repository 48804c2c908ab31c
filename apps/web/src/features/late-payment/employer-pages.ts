// The employers in arrears of one province, loaded a page at a time ("Xem thêm" asks for the page after the last
// cursor). Pure: the hook useEmployersInArrears keeps the state; these functions say what it means.
import type { EmployerArrears, EmployerArrearsConnection } from '../../api/graphql-types';

export type EmployerPagesStatus = 'loading' | 'ready' | 'loading-more' | 'failed' | 'more-failed';

export type EmployerPagesState = {
  /** The filter (province, date, bucket) the pages belong to. */
  key: string;
  pages: readonly EmployerArrearsConnection[];
  status: EmployerPagesStatus;
  error: unknown;
};

export type EmployerPagesAction =
  | { type: 'reset'; key: string }
  | { type: 'loading-more'; key: string }
  | { type: 'page'; key: string; page: EmployerArrearsConnection }
  | { type: 'failed'; key: string; error: unknown };

export function initialEmployerPages(key: string): EmployerPagesState {
  return { key, pages: [], status: 'loading', error: undefined };
}

/** An answer for another filter than the one shown (the user moved on) is ignored. */
export function employerPagesReducer(state: EmployerPagesState, action: EmployerPagesAction): EmployerPagesState {
  if (action.type === 'reset') return initialEmployerPages(action.key);
  if (action.key !== state.key) return state;
  switch (action.type) {
    case 'loading-more':
      return { ...state, status: 'loading-more', error: undefined };
    case 'page':
      return { ...state, pages: [...state.pages, action.page], status: 'ready', error: undefined };
    case 'failed':
      // The rows already shown stay; a failed first page shows the error alone, never an empty list.
      return { ...state, status: state.pages.length === 0 ? 'failed' : 'more-failed', error: action.error };
  }
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
