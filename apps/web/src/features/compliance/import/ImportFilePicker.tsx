import { textCompliance } from '../../../i18n/vi-compliance';
import { FilePicker } from '../../../ui/FilePicker';
import { IMPORT_ACCEPT } from './compliance-import';
import type { ChosenFiles } from './useChosenFiles';

type ImportFilePickerProps = {
  id: string;
  chosen: ChosenFiles;
  issue: string | undefined;
  testId: string;
};

const t = textCompliance.import;

/** The .csv or .xlsx files of a compliance import. */
export function ImportFilePicker({ id, chosen, issue, testId }: ImportFilePickerProps) {
  return (
    <FilePicker
      id={id}
      label={t.files}
      files={chosen.files}
      onChange={chosen.setFiles}
      accept={IMPORT_ACCEPT}
      multiple
      testId={testId}
      texts={{ choose: t.chooseFiles, none: t.noFilesChosen, chosen: t.filesChosen }}
      hint={t.filesHint}
      issue={issue}
      inputKey={chosen.inputKey}
    />
  );
}
