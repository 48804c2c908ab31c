import { useId, useState, type FormEvent } from 'react';
import type { ComplianceStep } from '../../../api/generated/graphql';
import type { IsoDate } from '../../../api/scalars';
import { formatDate } from '../../../i18n/format';
import { text } from '../../../i18n/vi';
import { textCompliance } from '../../../i18n/vi-compliance';
import { isComplianceStep, STEP_ORDER, stepWithForm } from '../compliance-labels';
import type { ComplianceCase } from '../compliance.queries';
import { useRecordStep } from '../useComplianceData';
import { FormRefusal } from './FormRefusal';
import { buildStepVariables, type RecordRange, type StepFormIssues } from './record-forms';
import { STEP_FORMS } from '@scorecard/domain';

type RecordStepFormProps = {
  data: ComplianceCase;
  range: RecordRange;
  /** The step and the day stored: the page says so, and shows the case at a date that has it. */
  onSaved: (step: ComplianceStep, on: IsoDate) => void;
};

const t = textCompliance.recordStep;

/** Records a step done on the case: which (the case's next one first), when (today first), its document. */
export function RecordStepForm({ data, range, onSaved }: RecordStepFormProps) {
  const id = useId();
  const [step, setStep] = useState<ComplianceStep>(data.next?.step ?? 'NOTICE_SENT');
  const [date, setDate] = useState(() => formatDate(range.today));
  const [document, setDocument] = useState('');
  const [issues, setIssues] = useState<StepFormIssues>({});
  const { state, run, reset } = useRecordStep();
  const running = state.status === 'running';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = buildStepVariables(data.id, { step, date, document }, range);
    if (!built.ok) {
      setIssues(built.issues);
      reset();
      return;
    }
    setIssues({});
    void run(() => Promise.resolve(built.variables)).then((answer) => {
      if (answer) onSaved(built.variables.step, built.variables.on);
    });
  };

  return (
    <section className="panel case-form" aria-labelledby={`${id}-title`} data-testid="record-step">
      <h2 id={`${id}-title`} className="panel__title">
        {t.title}
      </h2>
      <form className="case-form__fields" onSubmit={onSubmit} noValidate aria-busy={running}>
        <label className="field">
          <span className="field__label">{t.step}</span>
          <select
            data-testid="record-step-step"
            value={step}
            onChange={(event) => {
              if (isComplianceStep(event.target.value)) setStep(event.target.value);
            }}
          >
            {STEP_ORDER.filter((s) => s !== 'LIST_RECEIVED').map((s) => (
              <option key={s} value={s}>
                {stepWithForm(s, STEP_FORMS[s])}
              </option>
            ))}
          </select>
        </label>
        <DateInput
          id={`${id}-date`}
          label={t.date}
          hint={t.dateHint(formatDate(range.earliest), formatDate(range.today))}
          value={date}
          issue={issues.date}
          onChange={setDate}
          testId="record-step-date"
        />
        <label className="field">
          <span className="field__label">{t.document}</span>
          <input
            type="text"
            className="text-input"
            data-testid="record-step-document"
            maxLength={100}
            autoComplete="off"
            value={document}
            aria-describedby={`${id}-document-hint`}
            onChange={(event) => setDocument(event.target.value)}
          />
          <span className="field__hint" id={`${id}-document-hint`}>
            {t.documentHint}
          </span>
        </label>
        <p className="case-form__actions">
          <button type="submit" className="button" data-testid="record-step-submit" disabled={running}>
            {running ? t.running : t.submit}
          </button>
        </p>
      </form>
      {state.status === 'failed' ? (
        <FormRefusal title={t.failed} error={state.error} testId="record-step-refusal" />
      ) : null}
    </section>
  );
}

type DateInputProps = {
  id: string;
  label: string;
  hint: string;
  value: string;
  issue: string | undefined;
  onChange: (value: string) => void;
  testId: string;
};

/** A dd/mm/yyyy text box with its hint and, after a try, what is wrong with it. */
export function DateInput({ id, label, hint, value, issue, onChange, testId }: DateInputProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        className="text-input case-form__date"
        inputMode="numeric"
        autoComplete="off"
        placeholder={text.dateEntry.placeholder}
        maxLength={12}
        data-testid={testId}
        value={value}
        aria-invalid={issue !== undefined}
        aria-describedby={issue !== undefined ? `${id}-issue ${id}-hint` : `${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <span className="field__hint" id={`${id}-hint`}>
        {hint}
      </span>
      {issue !== undefined ? (
        <span className="field__issue" id={`${id}-issue`} role="alert" data-testid={`${testId}-issue`}>
          {issue}
        </span>
      ) : null}
    </div>
  );
}
