import { useId, useRef, useState, type FormEvent } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { textAlertThresholds } from '../../i18n/vi-alert-thresholds';
import { LoadingState } from '../../ui/LoadingState';
import { NoteField } from '../../ui/NoteField';
import { FailurePanel } from '../accounts/FailurePanel';
import { SettingsField } from '../plan-settings/SettingsField';
import { SET_ALERT_THRESHOLDS_MUTATION, type ThresholdsInForce } from './alert-thresholds.queries';
import {
  checkThresholdForm,
  toThresholdForm,
  type ThresholdFormIssues,
  type ThresholdFormValues,
} from './threshold-form';
import type { ThresholdScope } from './threshold-scope';
import { fieldsOfScope, thresholdText, type ThresholdField } from './threshold-values';

type ThresholdFormProps = {
  scope: ThresholdScope;
  inForce: ThresholdsInForce;
  /** A save starts: the last outcome is no longer news. */
  onSaving: () => void;
  onSaved: (version: number) => void;
};

const t = textAlertThresholds;

/** The form of the scope's next version: a box per threshold it sets (empty inherits) and the reason. */
export function ThresholdForm({ scope, inForce, onSaving, onSaved }: ThresholdFormProps) {
  const id = useId();
  const [values, setValues] = useState<ThresholdFormValues>(() => toThresholdForm(inForce));
  const [issues, setIssues] = useState<ThresholdFormIssues>({});
  const formRef = useRef<HTMLFormElement>(null);
  const { state, run, reset } = useOperationMutation(SET_ALERT_THRESHOLDS_MUTATION);
  const running = state.status === 'running';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkThresholdForm(values, scope, inForce);
    if (!checked.ok) {
      setIssues(checked.issues);
      reset();
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setIssues({});
    onSaving();
    void run(() => Promise.resolve(checked.variables)).then((data) => {
      if (data) onSaved(data.setAlertThresholds.version);
    });
  };

  const hint = (field: ThresholdField) =>
    inForce.inherited.includes(field)
      ? `${t.form.hints[field]} ${t.form.inherits(thresholdText(field, inForce[field]))}`
      : t.form.hints[field];

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t.form.title}
      </h2>
      <p className="panel__note">{t.form.hint}</p>
      <form
        ref={formRef}
        className="access-form"
        onSubmit={onSubmit}
        aria-busy={running}
        noValidate
        data-testid="threshold-form"
      >
        <div className="access-form__grid">
          {fieldsOfScope(scope).map((field) => (
            <SettingsField
              key={field}
              id={`${id}-${field}`}
              label={field === 'latePaymentRatio' ? t.form.latePaymentLabel : t.fields[field]}
              hint={hint(field)}
              value={values[field]}
              issue={issues[field]}
              onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
              testId={`threshold-${field}`}
            />
          ))}
        </div>
        {scope === null ? null : (
          <p className="notice" data-testid="threshold-late-payment-agency-wide">
            {t.form.latePaymentAgencyWide}
          </p>
        )}
        <NoteField
          id={id}
          label={t.form.note}
          hint={t.form.noteHint}
          value={values.note}
          issue={issues.note}
          onChange={(note) => setValues((current) => ({ ...current, note }))}
          testId="threshold-note-input"
          className="alert-thresholds__note-field"
        />
        <div className="access-actions">
          <button type="submit" className="button" disabled={running} data-testid="threshold-submit">
            {t.form.submit}
          </button>
        </div>
      </form>
      {running ? <LoadingState label={t.form.running} /> : null}
      {state.status === 'failed' ? (
        <FailurePanel title={t.form.failed} error={state.error} level={3} testId="threshold-failure" />
      ) : null}
    </section>
  );
}
