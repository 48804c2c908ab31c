import { useId, useState } from 'react';
import type { ComplianceStep } from '../../../api/generated/graphql';
import { formatDate } from '../../../i18n/format';
import { textCompliance } from '../../../i18n/vi-compliance';
import { isComplianceStep, STEP_ORDER, stepWithForm } from '../compliance-labels';
import { FormPanel } from '../FormPanel';
import { TextField } from '../TextField';
import { useRecordStep } from '../useComplianceData';
import { buildStepVariables } from './record-forms';
import { useRecordForm, type RecordFormProps } from './useRecordForm';
import { STEP_FORMS } from '@scorecard/domain';

const t = textCompliance.recordStep;

/** Records a step done on the case: which (the case's next one first), when (today first), its document. */
export function RecordStepForm({ data, range, onSaved }: RecordFormProps<ComplianceStep>) {
  const id = useId();
  const [step, setStep] = useState<ComplianceStep>(data.next?.step ?? 'NOTICE_SENT');
  const [document, setDocument] = useState('');
  const { state, date, setDate, issues, onSubmit } = useRecordForm({
    mutation: useRecordStep(),
    range,
    check: (date) => buildStepVariables(data.id, { step, date, document }, range),
    onStored: (variables) => onSaved(variables.step, variables.on),
  });

  return (
    <FormPanel testId="record-step" title={t.title} labels={t} state={state} onSubmit={onSubmit}>
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
      <TextField
        id={`${id}-date`}
        kind="date"
        label={t.date}
        hint={t.dateHint(formatDate(range.earliest), formatDate(range.today))}
        value={date}
        issue={issues.date}
        onChange={setDate}
        testId="record-step-date"
      />
      <TextField
        id={`${id}-document`}
        kind="document"
        label={t.document}
        hint={t.documentHint}
        value={document}
        onChange={setDocument}
        testId="record-step-document"
      />
    </FormPanel>
  );
}
