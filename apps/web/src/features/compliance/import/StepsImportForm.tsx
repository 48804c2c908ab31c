import { useId } from 'react';
import { textCompliance } from '../../../i18n/vi-compliance';
import { FormPanel } from '../FormPanel';
import { useCheckedSubmit } from '../useCheckedSubmit';
import { useImportComplianceSteps } from '../useComplianceData';
import { checkStepsImport } from './compliance-import';
import { ImportFilePicker } from './ImportFilePicker';
import { StepsImportAnswer } from './ImportAnswers';
import { useChosenFiles } from './useChosenFiles';

const t = textCompliance.import.steps;

/** Steps and outcomes of many cases from one file, recorded all together or not at all. */
export function StepsImportForm() {
  const id = useId();
  const chosen = useChosenFiles();
  const { state, submit, reset } = useImportComplianceSteps();
  const { issues, onSubmit } = useCheckedSubmit({
    check: () => checkStepsImport(chosen.files),
    send: submit,
    reset,
    onAnswer: (data) => {
      if (data.importComplianceSteps.__typename === 'ComplianceStepsImportResult') chosen.clear();
    },
  });

  return (
    <FormPanel
      testId="steps-import"
      title={t.title}
      labels={t}
      state={state}
      onSubmit={onSubmit}
      intro={<p className="panel__note">{t.columns}</p>}
      answer={state.status === 'done' ? <StepsImportAnswer outcome={state.data.importComplianceSteps} /> : null}
    >
      <ImportFilePicker id={`${id}-files`} chosen={chosen} issue={issues.files} testId="steps-import-files" />
    </FormPanel>
  );
}
