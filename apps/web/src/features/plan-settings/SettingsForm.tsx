import { LATE_PAYMENT_PART } from '@scorecard/domain';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { textPlanSettings } from '../../i18n/vi-plan-settings';
import { LoadingState } from '../../ui/LoadingState';
import { NoteField } from '../../ui/NoteField';
import { FailurePanel } from '../accounts/FailurePanel';
import { FieldIssue } from '../accounts/FieldIssue';
import { SET_PLAN_SETTINGS_MUTATION, type PlanSettingsVersion, type SettingsMetric } from './plan-settings.queries';
import {
  checkSettingsForm,
  toFormValues,
  type NumberField,
  type SettingsFormIssues,
  type SettingsFormValues,
} from './settings-form';
import { SettingsField } from './SettingsField';
import { weightLabel } from './settings-summary';

type SettingsFormProps = {
  planId: string;
  inForce: PlanSettingsVersion;
  metrics: readonly SettingsMetric[];
  onSaved: (version: number) => void;
};

const t = textPlanSettings.form;

/** The data officer's form of a new settings version, prefilled from the one in force. */
export function SettingsForm({ planId, inForce, metrics, onSaved }: SettingsFormProps) {
  const id = useId();
  const metricKeys = useMemo(() => metrics.map((m) => m.key), [metrics]);
  const [values, setValues] = useState<SettingsFormValues>(() => toFormValues(inForce, metricKeys));
  const [issues, setIssues] = useState<SettingsFormIssues>({});
  const formRef = useRef<HTMLFormElement>(null);
  const { state, run, reset } = useOperationMutation(SET_PLAN_SETTINGS_MUTATION);
  const running = state.status === 'running';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkSettingsForm(values, metricKeys);
    if (!checked.ok) {
      setIssues(checked.issues);
      reset();
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setIssues({});
    void run(() => Promise.resolve({ planId, settings: checked.input })).then((data) => {
      if (data) onSaved(data.setPlanSettings.version);
    });
  };

  const numberField = (field: NumberField, label: string, hint: string) => (
    <SettingsField
      id={`${id}-${field}`}
      label={label}
      hint={hint}
      value={values[field]}
      issue={issues[field]}
      onChange={(value) => setValues((current) => ({ ...current, [field]: value }))}
      testId={`settings-${field}`}
    />
  );
  const weightsIssueId = `${id}-weights-issue`;

  return (
    <section className="panel" aria-labelledby="settings-form-title">
      <h2 id="settings-form-title" className="panel__title">
        {t.title}
      </h2>
      <p className="panel__note">{t.hint}</p>
      <form
        ref={formRef}
        className="access-form"
        onSubmit={onSubmit}
        aria-busy={running}
        noValidate
        data-testid="plan-settings-form"
      >
        <fieldset className="plan-settings__fieldset">
          <legend>{t.thresholdsLegend}</legend>
          <div className="access-form__grid">
            {numberField('onTrack', t.onTrack, t.onTrackHint)}
            {numberField('atRisk', t.atRisk, t.atRiskHint)}
            {numberField('latePaymentAtRisk', t.latePaymentAtRisk, t.latePaymentAtRiskHint)}
          </div>
        </fieldset>
        <fieldset className="plan-settings__fieldset">
          <legend>{t.compositeLegend}</legend>
          <div className="access-form__grid">
            {numberField('compositeCap', t.compositeCap, t.compositeCapHint)}
            {numberField('latePaymentReference', t.latePaymentReference, t.latePaymentReferenceHint)}
          </div>
        </fieldset>
        <fieldset
          className="plan-settings__fieldset"
          aria-describedby={issues.weights ? weightsIssueId : undefined}
          data-testid="settings-weights"
        >
          <legend>{t.weightsLegend}</legend>
          <FieldIssue id={weightsIssueId} issue={issues.weights} />
          <div className="access-form__grid">
            {[...metricKeys, LATE_PAYMENT_PART].map((metric) => (
              <SettingsField
                key={metric}
                id={`${id}-weight-${metric}`}
                label={weightLabel(metric, metrics)}
                value={values.weights[metric] ?? ''}
                issue={issues[`weight:${metric}`]}
                onChange={(value) =>
                  setValues((current) => ({ ...current, weights: { ...current.weights, [metric]: value } }))
                }
                testId={`settings-weight-${metric}`}
              />
            ))}
          </div>
        </fieldset>
        <NoteField
          id={id}
          label={t.note}
          hint={t.noteHint}
          value={values.note}
          issue={issues.note}
          onChange={(note) => setValues((current) => ({ ...current, note }))}
          testId="settings-note"
        />
        <div className="access-actions">
          <button type="submit" className="button" disabled={running} data-testid="settings-submit">
            {t.submit}
          </button>
        </div>
      </form>
      {running ? <LoadingState label={t.running} /> : null}
      {state.status === 'failed' ? (
        <FailurePanel title={t.failed} error={state.error} level={3} testId="settings-failure" />
      ) : null}
    </section>
  );
}
