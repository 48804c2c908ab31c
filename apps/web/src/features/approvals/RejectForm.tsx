import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { textAccess } from '../../i18n/vi-access';
import { FailurePanel } from '../accounts/FailurePanel';
import { REJECT_REPORT_MUTATION, type ReportSubmission } from './approvals.queries';
import { rejectReasonIssue, submissionName } from './submission-view';

type RejectFormProps = {
  submission: ReportSubmission;
  onRejected: () => void;
  onCancel: () => void;
};

const t = textAccess.approvals.rejectForm;

/** Asks why the report is rejected (required: the sender reads it), then rejects it. Escape closes it. */
export function RejectForm({ submission, onRejected, onCancel }: RejectFormProps) {
  const [reason, setReason] = useState('');
  const [issue, setIssue] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const { state, run } = useOperationMutation(REJECT_REPORT_MUTATION);
  const running = state.status === 'running';

  useEffect(() => textRef.current?.focus(), []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = rejectReasonIssue(reason);
    setIssue(found);
    if (found) {
      textRef.current?.focus();
      return;
    }
    void run(() => Promise.resolve({ id: submission.id, reason: reason.trim() })).then((data) => {
      if (data) onRejected();
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape' && !running) onCancel();
  };

  return (
    <form
      className="access-inline access-confirm"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      aria-labelledby={`${id}-title`}
      aria-busy={running}
      noValidate
      data-testid="reject-form"
    >
      <h4 id={`${id}-title`} className="access-inline__title">
        {t.title(submissionName(submission))}
      </h4>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-reason`}>
          {t.reason}
        </label>
        <textarea
          ref={textRef}
          id={`${id}-reason`}
          className="text-input"
          rows={3}
          required
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={issue ? true : undefined}
          aria-describedby={`${id}-hint${issue ? ` ${id}-issue` : ''}`}
          data-testid="reject-reason"
        />
        <span id={`${id}-hint`} className="access-form__hint">
          {t.hint}
        </span>
        {issue ? (
          <span id={`${id}-issue`} className="report-value__issue" role="alert">
            {issue}
          </span>
        ) : null}
      </div>
      <div className="access-actions">
        <button type="submit" className="button button--danger" disabled={running} data-testid="reject-submit">
          {running ? textAccess.approvals.rejecting : t.submit}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={running}>
          {textAccess.common.cancel}
        </button>
      </div>
      {state.status === 'failed' ? (
        <FailurePanel title={textAccess.approvals.decideFailed} error={state.error} level={4} />
      ) : null}
    </form>
  );
}
