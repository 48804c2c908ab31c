import { useId, useState } from 'react';
import type { ComplianceListKind } from '../../../api/generated/graphql';
import type { IsoDate } from '../../../api/scalars';
import { formatDate } from '../../../i18n/format';
import { textCompliance } from '../../../i18n/vi-compliance';
import { isComplianceListKind, LIST_KIND_ORDER, listKindWithListForm } from '../compliance-labels';
import { FormPanel } from '../FormPanel';
import { TextField } from '../TextField';
import { useCheckedSubmit } from '../useCheckedSubmit';
import { useImportComplianceList } from '../useComplianceData';
import { checkListImport } from './compliance-import';
import { ImportFilePicker } from './ImportFilePicker';
import { ListImportAnswer } from './ImportAnswers';
import { useChosenFiles } from './useChosenFiles';

const t = textCompliance.import;

/**
 * A list of employers from the tax authority (Mẫu 02a-KT or 03a-KT): the file, which list, the day it was received
 * and the day it was entered in the software (today first).
 */
export function ListImportForm({ today }: { today: IsoDate }) {
  const id = useId();
  const chosen = useChosenFiles();
  const [kind, setKind] = useState<ComplianceListKind>('NOT_PARTICIPATING');
  const [received, setReceived] = useState('');
  const [entered, setEntered] = useState(() => formatDate(today));
  const { state, submit, reset } = useImportComplianceList();
  const { issues, onSubmit } = useCheckedSubmit({
    check: () => checkListImport({ files: chosen.files, kind, received, entered }, today),
    send: submit,
    reset,
    onAnswer: (data) => {
      if (data.importComplianceList.__typename === 'ComplianceListImportResult') chosen.clear();
    },
  });
  const todayShown = formatDate(today);

  return (
    <FormPanel
      testId="list-import"
      title={t.list.title}
      labels={t.list}
      state={state}
      onSubmit={onSubmit}
      intro={<p className="panel__note">{t.list.columns}</p>}
      answer={state.status === 'done' ? <ListImportAnswer outcome={state.data.importComplianceList} /> : null}
    >
      <ImportFilePicker id={`${id}-files`} chosen={chosen} issue={issues.files} testId="list-import-files" />
      <label className="field">
        <span className="field__label">{t.list.kind}</span>
        <select
          data-testid="list-import-kind"
          value={kind}
          onChange={(event) => {
            if (isComplianceListKind(event.target.value)) setKind(event.target.value);
          }}
        >
          {LIST_KIND_ORDER.map((k) => (
            <option key={k} value={k}>
              {listKindWithListForm(k)}
            </option>
          ))}
        </select>
      </label>
      <TextField
        id={`${id}-received`}
        kind="date"
        label={t.list.received}
        hint={t.list.receivedHint(todayShown)}
        value={received}
        issue={issues.received}
        onChange={setReceived}
        testId="list-import-received"
      />
      <TextField
        id={`${id}-entered`}
        kind="date"
        label={t.list.entered}
        hint={t.list.enteredHint(todayShown)}
        value={entered}
        issue={issues.entered}
        onChange={setEntered}
        testId="list-import-entered"
      />
    </FormPanel>
  );
}
