// The headline of a stored report, from the server's counts, and whether it counts yet.
import type { ActualImportResult } from './report.queries';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';

export type ReportHeadline = { title: string; detail: string | null; tone: 'saved' | 'unchanged' };

export function reportHeadline(
  result: Pick<ActualImportResult, 'rowsStored' | 'rowsUnchanged' | 'alreadyImported'>,
): ReportHeadline {
  const t = text.report.result;
  if (result.alreadyImported) return { title: t.alreadyImported, detail: null, tone: 'unchanged' };
  const unchanged = result.rowsUnchanged > 0 ? t.unchanged(formatInteger(result.rowsUnchanged)) : null;
  if (result.rowsStored === 0) return { title: t.nothingSaved, detail: unchanged, tone: 'unchanged' };
  return { title: t.saved(formatInteger(result.rowsStored)), detail: unchanged, tone: 'saved' };
}

export type ApprovalOutcome = { title: string; detail: string; tone: 'recorded' | 'pending' | 'rejected' };

/**
 * Whether the stored figures count yet: "Đã ghi nhận", or "Chờ duyệt" with who approves (the province's director,
 * or headquarters when a data-quality rule tripped). Null when nothing new was stored.
 */
export function approvalOutcome(
  result: Pick<ActualImportResult, 'submissionId' | 'state' | 'approvalRequired' | 'rowsStored'>,
): ApprovalOutcome | null {
  const t = text.report.approval;
  if (result.submissionId === null || result.rowsStored === 0) return null;
  switch (result.state) {
    case 'APPROVED':
      return { title: t.recorded, detail: t.recordedDetail, tone: 'recorded' };
    case 'REJECTED':
      return { title: t.rejected, detail: t.rejectedDetail, tone: 'rejected' };
    case 'PENDING':
      return result.approvalRequired === 'HEADQUARTERS'
        ? { title: t.pendingHeadquarters, detail: t.pendingDetail, tone: 'pending' }
        : { title: t.pendingDirector, detail: t.pendingDetail, tone: 'pending' };
  }
}
