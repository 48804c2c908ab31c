// The work queue ("Việc đến hạn tuần này"): open cases whose next step falls due within the week, overdue first,
// then by deadline; the API lists cases by number, so the order is the page's.
import type { ComplianceCaseRow } from './compliance.queries';

/** How many cases the queue loads at most (pages of 200); beyond it the page says the list is cut. */
export const QUEUE_LIMIT = 1000;
export const QUEUE_PAGE_SIZE = 200;

type QueueRow = Pick<ComplianceCaseRow, 'id' | 'next'>;

/** Overdue first, then the earliest deadline, then the case number; a case without a deadline goes last. */
export function sortWorkQueue<T extends QueueRow>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => {
    const overdue = Number(b.next?.overdue ?? false) - Number(a.next?.overdue ?? false);
    if (overdue !== 0) return overdue;
    const da = a.next?.deadline ?? null;
    const db = b.next?.deadline ?? null;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    return caseNumber(a.id) - caseNumber(b.id) || a.id.localeCompare(b.id);
  });
}

function caseNumber(id: string): number {
  const n = Number(id);
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}
