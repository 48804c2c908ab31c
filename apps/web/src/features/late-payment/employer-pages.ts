// The employers in arrears of one province, loaded a page at a time (api/usePagedConnection): what the list
// counts beyond its rows.
import type { EmployerArrearsConnection } from './late-payment.queries';

/** Totals of the whole list (not only the rows loaded), as the latest page gives them. */
export function employerTotals(
  pages: readonly EmployerArrearsConnection[],
): { totalCount: number; totalOverdue: number } | undefined {
  const last = pages.at(-1);
  return last ? { totalCount: last.totalCount, totalOverdue: last.totalOverdue } : undefined;
}
