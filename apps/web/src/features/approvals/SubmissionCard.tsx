import { useEffect, useId, useRef, useState } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { formatInteger } from '../../i18n/format';
import { textAccess } from '../../i18n/vi-access';
import type { MetricLabels } from '../../plan/metric-labels';
import { DataQualityWarningList } from '../../ui/DataQualityWarningList';
import { TableScroll } from '../../ui/TableScroll';
import { FailurePanel } from '../accounts/FailurePanel';
import { roleLabel } from '../accounts/roles';
import { formatInstant } from '../accounts/timestamps';
import { APPROVE_REPORT_MUTATION, type ReportSubmission } from './approvals.queries';
import { RejectForm } from './RejectForm';
import {
  describeDecision,
  describeState,
  formatReportDates,
  reportDatesOf,
  sourceLabel,
  submissionName,
  toFigureRows,
  waitingFor,
} from './submission-view';

export type DecisionOutcome = 'approved' | 'rejected';

type SubmissionCardProps = {
  submission: ReportSubmission;
  labels: MetricLabels;
  onDecided: (submission: ReportSubmission, outcome: DecisionOutcome) => void;
};

const t = textAccess.approvals;

/** One submitted report: where from, for which dates, its figures and warnings, and the decision on it. */
export function SubmissionCard({ submission, labels, onDecided }: SubmissionCardProps) {
  const [rejecting, setRejecting] = useState(false);
  const rejectButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  const approve = useOperationMutation(APPROVE_REPORT_MUTATION);
  const id = useId();
  const state = describeState(submission.state);
  const decision = describeDecision(submission);
  const waiting = waitingFor(submission);
  const rows = toFigureRows(submission.figures, labels);
  const manyDates = reportDatesOf(submission.figures).length > 1;
  const name = submissionName(submission);
  const decidable = submission.canDecide && submission.state === 'PENDING';

  // Closing the reason form with Hủy or Escape puts the focus back on "Từ chối".
  useEffect(() => {
    if (!rejecting && cancelled.current) {
      cancelled.current = false;
      rejectButton.current?.focus();
    }
  }, [rejecting]);

  const onApprove = () => {
    void approve
      .run(() => Promise.resolve({ id: submission.id }))
      .then((data) => {
        if (data) onDecided(submission, 'approved');
      });
  };

  return (
    <article
      className={state.card}
      aria-labelledby={`${id}-title`}
      data-testid="submission"
      data-id={submission.id}
      data-state={submission.state}
    >
      <header className="submission-card__head">
        <h3 id={`${id}-title`} className="submission-card__title">
          {name}
          <span className="visually-hidden">, {formatReportDates(submission.figures)}</span>
        </h3>
        <span className={state.badge} data-testid="submission-state">
          {state.text}
        </span>
      </header>

      <dl className="submission-card__facts">
        <div>
          <dt>{manyDates ? t.card.reportDates : t.card.reportDate}</dt>
          <dd>{formatReportDates(submission.figures)}</dd>
        </div>
        <div>
          <dt>{t.card.sentBy}</dt>
          <dd>{t.card.sentByValue(submission.submittedBy, roleLabel(submission.submittedByRole))}</dd>
        </div>
        <div>
          <dt>{t.card.sentAt}</dt>
          <dd>{formatInstant(submission.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t.card.requirement}</dt>
          <dd data-testid="submission-requirement">{t.requirements[submission.approvalRequired]}</dd>
        </div>
        <div>
          <dt>{t.card.source}</dt>
          <dd>{sourceLabel(submission.source)}</dd>
        </div>
        {decision ? (
          <div>
            <dt>{t.card.decided}</dt>
            <dd>{decision}</dd>
          </div>
        ) : null}
      </dl>

      {submission.state === 'REJECTED' && submission.reason ? (
        <p className="submission-card__reason">
          <strong>{t.card.reason}:</strong> {submission.reason}
        </p>
      ) : null}

      <h4 id={`${id}-figures`} className="submission-card__subtitle">
        {t.card.figuresTitle}
      </h4>
      {rows.length === 0 ? (
        <p className="panel__empty">{t.card.noFigures}</p>
      ) : (
        <TableScroll labelledBy={`${id}-figures`} className="access-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t.card.metric}</th>
                {manyDates ? <th scope="col">{t.card.reportDate}</th> : null}
                <th scope="col" className="num">
                  {t.card.value}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-testid="submission-figure" data-metric={row.metric}>
                  <th scope="row">{row.label}</th>
                  {manyDates ? <td className="nowrap">{row.reportDate}</td> : null}
                  <td className="num">{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      {submission.warnings.length > 0 ? (
        <>
          <h4 className="submission-card__subtitle">
            {t.card.warningsTitle(formatInteger(submission.warnings.length))}
          </h4>
          {submission.approvalRequired === 'HEADQUARTERS' && submission.state === 'PENDING' ? (
            <p className="panel__note">{t.card.warningsWhy}</p>
          ) : null}
          <DataQualityWarningList warnings={submission.warnings} labels={labels} itemTestId="submission-warning" />
        </>
      ) : null}

      {waiting ? <p className="submission-card__waiting">{waiting}</p> : null}

      {decidable ? (
        <div className="submission-card__actions">
          {rejecting ? (
            <RejectForm
              submission={submission}
              onCancel={() => {
                cancelled.current = true;
                setRejecting(false);
              }}
              onRejected={() => {
                setRejecting(false);
                onDecided(submission, 'rejected');
              }}
            />
          ) : (
            <div className="access-actions" role="group" aria-label={name}>
              <button
                type="button"
                className="button"
                onClick={onApprove}
                disabled={approve.state.status === 'running'}
                data-testid="approve"
              >
                {approve.state.status === 'running' ? t.approving : t.approve}
                <span className="visually-hidden"> {name}</span>
              </button>
              <button
                ref={rejectButton}
                type="button"
                className="button button--secondary"
                onClick={() => setRejecting(true)}
                disabled={approve.state.status === 'running'}
                data-testid="reject"
              >
                {t.reject}
                <span className="visually-hidden"> {name}</span>
              </button>
            </div>
          )}
          {approve.state.status === 'failed' ? (
            <FailurePanel title={t.decideFailed} error={approve.state.error} level={4} />
          ) : null}
        </div>
      ) : null}
    </article>
  );
}
