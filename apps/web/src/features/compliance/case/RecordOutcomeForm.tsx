import { useId, useState } from 'react';
import type { ComplianceOutcome } from '../../../api/generated/graphql';
import { formatDate } from '../../../i18n/format';
import { textCompliance } from '../../../i18n/vi-compliance';
import { isComplianceOutcome, OUTCOME_ORDER, outcomeLabel, registersWorkers } from '../compliance-labels';
import { FormPanel } from '../FormPanel';
import { TextField } from '../TextField';
import { useRecordOutcome } from '../useComplianceData';
import { buildOutcomeVariables } from './record-forms';
import { useRecordForm, type RecordFormProps } from './useRecordForm';

const t = textCompliance.recordOutcome;

/** Records how the case ended: registered (all or part), or closed; workers registered and money recovered. */
export function RecordOutcomeForm({ data, range, onSaved }: RecordFormProps<ComplianceOutcome>) {
  const id = useId();
  const [outcome, setOutcome] = useState<ComplianceOutcome>('REGISTERED');
  const [workers, setWorkers] = useState('0');
  const [recovered, setRecovered] = useState('0');
  const [document, setDocument] = useState('');
  const { state, date, setDate, issues, onSubmit } = useRecordForm({
    mutation: useRecordOutcome(),
    range,
    check: (date) => buildOutcomeVariables(data.id, { outcome, date, workers, recovered, document }, range),
    onStored: (variables) => onSaved(variables.outcome, variables.on),
  });

  return (
    <FormPanel testId="record-outcome" title={t.title} labels={t} state={state} onSubmit={onSubmit}>
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
      <TextField
        id={`${id}-date`}
        kind="date"
        label={t.date}
        hint={textCompliance.recordStep.dateHint(formatDate(range.earliest), formatDate(range.today))}
        value={date}
        issue={issues.date}
        onChange={setDate}
        testId="record-outcome-date"
      />
      <TextField
        id={`${id}-workers`}
        kind="number"
        label={t.workers}
        hint={t.workersHint}
        value={workers}
        issue={issues.workers}
        onChange={setWorkers}
        testId="record-outcome-workers"
      />
      <TextField
        id={`${id}-recovered`}
        kind="number"
        label={t.recovered}
        hint={t.recoveredHint}
        value={recovered}
        issue={issues.recovered}
        onChange={setRecovered}
        testId="record-outcome-recovered"
      />
      <TextField
        id={`${id}-document`}
        kind="document"
        label={t.document}
        value={document}
        onChange={setDocument}
        testId="record-outcome-document"
      />
    </FormPanel>
  );
}
