import { useId, useState, type FormEvent } from 'react';
import type { ComplianceOutcome } from '../../../api/generated/graphql';
import type { IsoDate } from '../../../api/scalars';
import { formatDate } from '../../../i18n/format';
import { textCompliance } from '../../../i18n/vi-compliance';
import { isComplianceOutcome, OUTCOME_ORDER, outcomeLabel, registersWorkers } from '../compliance-labels';
import type { ComplianceCase } from '../compliance.queries';
import { useRecordOutcome } from '../useComplianceData';
import { FormRefusal } from './FormRefusal';
import { buildOutcomeVariables, type OutcomeFormIssues, type RecordRange } from './record-forms';
import { DateInput } from './RecordStepForm';

type RecordOutcomeFormProps = {
  data: ComplianceCase;
  range: RecordRange;
  onSaved: (outcome: ComplianceOutcome, on: IsoDate) => void;
};

const t = textCompliance.recordOutcome;

/** Records how the case ended: registered (all or part), or closed; workers registered and money recovered. */
export function RecordOutcomeForm({ data, range, onSaved }: RecordOutcomeFormProps) {
  const id = useId();
  const [outcome, setOutcome] = useState<ComplianceOutcome>('REGISTERED');
  const [date, setDate] = useState(() => formatDate(range.today));
  const [workers, setWorkers] = useState('0');
  const [recovered, setRecovered] = useState('0');
  const [document, setDocument] = useState('');
  const [issues, setIssues] = useState<OutcomeFormIssues>({});
  const { state, run, reset } = useRecordOutcome();
  const running = state.status === 'running';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = buildOutcomeVariables(data.id, { outcome, date, workers, recovered, document }, range);
    if (!built.ok) {
      setIssues(built.issues);
      reset();
      return;
    }
    setIssues({});
    void run(() => Promise.resolve(built.variables)).then((answer) => {
      if (answer) onSaved(built.variables.outcome, built.variables.on);
    });
  };

  return (
    <section className="panel case-form" aria-labelledby={`${id}-title`} data-testid="record-outcome">
      <h2 id={`${id}-title`} className="panel__title">
        {t.title}
      </h2>
      <form className="case-form__fields" onSubmit={onSubmit} noValidate aria-busy={running}>
        <label className="field">
          <span className="field__label">{t.kind}</span>
          <select
            data-testid="record-outcome-kind"
            value={outcome}
            onChange={(event) => {
              const value = event.target.value;
              if (!isComplianceOutcome(value)) return;
              setOutcome(value);
              if (!registersWorkers(value)) setWorkers('0');
            }}
          >
            {OUTCOME_ORDER.map((o) => (
              <option key={o} value={o}>
                {outcomeLabel(o)}
              </option>
            ))}
          </select>
        </label>
        <DateInput
          id={`${id}-date`}
          label={t.date}
          hint={textCompliance.recordStep.dateHint(formatDate(range.earliest), formatDate(range.today))}
          value={date}
          issue={issues.date}
          onChange={setDate}
          testId="record-outcome-date"
        />
        <NumberInput
          id={`${id}-workers`}
          label={t.workers}
          hint={t.workersHint}
          value={workers}
          issue={issues.workers}
          onChange={setWorkers}
          testId="record-outcome-workers"
        />
        <NumberInput
          id={`${id}-recovered`}
          label={t.recovered}
          hint={t.recoveredHint}
          value={recovered}
          issue={issues.recovered}
          onChange={setRecovered}
          testId="record-outcome-recovered"
        />
        <label className="field">
          <span className="field__label">{t.document}</span>
          <input
            type="text"
            className="text-input"
            data-testid="record-outcome-document"
            maxLength={100}
            autoComplete="off"
            value={document}
            onChange={(event) => setDocument(event.target.value)}
          />
        </label>
        <p className="case-form__actions">
          <button type="submit" className="button" data-testid="record-outcome-submit" disabled={running}>
            {running ? t.running : t.submit}
          </button>
        </p>
      </form>
      {state.status === 'failed' ? (
        <FormRefusal title={t.failed} error={state.error} testId="record-outcome-refusal" />
      ) : null}
    </section>
  );
}

type NumberInputProps = {
  id: string;
  label: string;
  hint: string;
  value: string;
  issue: string | undefined;
  onChange: (value: string) => void;
  testId: string;
};

function NumberInput({ id, label, hint, value, issue, onChange, testId }: NumberInputProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        className="text-input text-input--number"
        inputMode="numeric"
        autoComplete="off"
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
