import type { PendingFigure as Pending } from '../api/fields';
import { formatDate, formatDateTime, formatQuantity } from '../i18n/format';
import { text } from '../i18n/vi';

/** "chờ duyệt: 1.234 (31/10/2021)": a newer figure beside the approved one it does not replace yet. */
export function PendingFigure({ pending }: { pending: Pending | null }) {
  if (!pending) return null;
  return (
    <span
      className="pending-figure"
      data-testid="pending-figure"
      data-submission-id={pending.submissionId}
      title={text.approval.pendingTitle(formatDateTime(pending.submittedAt))}
    >
      {text.approval.pending(formatQuantity(pending.value), formatDate(pending.reportDate))}
    </span>
  );
}
