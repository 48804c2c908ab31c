// A submitted report in the words of the approvals page: its dates, its figures with labels and units, who must
// approve it and what was decided.
import { formatDate, formatQuantity } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { textAccess } from '../../i18n/vi-access';
import type { MetricLabels } from '../../plan/metric-labels';
import { formatInstant } from '../accounts/timestamps';
import type { ApprovalState, ReportFigure, ReportSubmission } from './approvals.queries';

const t = textAccess.approvals;

/** The report dates the figures are for, oldest first, without repeats. */
export function reportDatesOf(figures: readonly Pick<ReportFigure, 'reportDate'>[]): string[] {
  return [...new Set(figures.map((figure) => figure.reportDate))].sort();
}

/** "31/12/2021" or "30/11/2021, 31/12/2021"; a dash for a report without figures. */
export function formatReportDates(figures: readonly Pick<ReportFigure, 'reportDate'>[]): string {
  const dates = reportDatesOf(figures);
  return dates.length === 0 ? textAccess.common.none : dates.map(formatDate).join(', ');
}

export type FigureRow = { key: string; metric: string; label: string; reportDate: string; value: string };

/** The figures in catalogue order, each value in vi-VN format with its unit ("99.999 hội nghị"). */
export function toFigureRows(figures: readonly ReportFigure[], labels: MetricLabels): FigureRow[] {
  return [...figures]
    .sort(
      (a, b) =>
        labels.order(a.metric) - labels.order(b.metric) ||
        a.reportDate.localeCompare(b.reportDate) ||
        a.provinceCode.localeCompare(b.provinceCode),
    )
    .map((figure) => {
      const unit = labels.unit(figure.metric);
      const value = formatQuantity(figure.value);
      return {
        key: `${figure.provinceCode}:${figure.metric}:${figure.reportDate}`,
        metric: figure.metric,
        label: labels.label(figure.metric),
        reportDate: formatDate(figure.reportDate),
        value: unit ? text.common.withUnit(value, unit) : value,
      };
    });
}

export type StateView = { text: string; badge: string; card: string };

/** The state in words, with colours that only repeat what the words say. */
export function describeState(state: ApprovalState): StateView {
  switch (state) {
    case 'PENDING':
      return { text: t.states.PENDING, badge: 'badge badge--pending', card: 'submission-card' };
    case 'APPROVED':
      return { text: t.states.APPROVED, badge: 'badge badge--ok', card: 'submission-card submission-card--approved' };
    case 'REJECTED':
      return {
        text: t.states.REJECTED,
        badge: 'badge badge--error',
        card: 'submission-card submission-card--rejected',
      };
  }
}

/** Who decided and when; null while pending or for a report that counted at once. */
export function describeDecision(
  submission: Pick<ReportSubmission, 'state' | 'decidedAt' | 'decidedBy'>,
): string | null {
  if (!submission.decidedBy || !submission.decidedAt) return null;
  const when = formatInstant(submission.decidedAt);
  switch (submission.state) {
    case 'APPROVED':
      return t.card.approvedBy(submission.decidedBy, when);
    case 'REJECTED':
      return t.card.rejectedBy(submission.decidedBy, when);
    case 'PENDING':
      return null;
  }
}

/** What the caller waits for when they may not decide a pending report themselves. */
export function waitingFor(
  submission: Pick<ReportSubmission, 'state' | 'approvalRequired' | 'canDecide'>,
): string | null {
  if (submission.state !== 'PENDING' || submission.canDecide) return null;
  switch (submission.approvalRequired) {
    case 'HEADQUARTERS':
      return t.card.cannotDecide.HEADQUARTERS;
    case 'DIRECTOR':
      return t.card.cannotDecide.DIRECTOR;
    case 'NONE':
      return null;
  }
}

/** The reason to reject is required (the sender reads it); null when one is given. */
export function rejectReasonIssue(reason: string): string | null {
  return reason.trim() === '' ? t.rejectForm.missingReason : null;
}

/** The name a report goes by in messages: its province, or "Tệp báo cáo" for a file. */
export function submissionName(submission: Pick<ReportSubmission, 'province'>): string {
  return submission.province?.nameVi ?? t.fileReport;
}

/** Where the report came from: the form ("form:<login>") in words, a file by its name. */
export function sourceLabel(source: string): string {
  return source.startsWith('form:') ? t.card.formSource : source;
}
