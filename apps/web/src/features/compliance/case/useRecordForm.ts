import { useState } from 'react';
import type { IsoDate } from '../../../api/scalars';
import type { MutationState } from '../../../api/useOperationMutation';
import { formatDate } from '../../../i18n/format';
import { useCheckedSubmit, type Checked } from '../useCheckedSubmit';
import type { ComplianceCase } from '../compliance.queries';
import type { RecordRange } from './record-forms';

/** The props of a form of a case: the case, the days it may be dated, and what is done once a record is stored. */
export type RecordFormProps<TKind> = {
  data: ComplianceCase;
  range: RecordRange;
  /** The step or outcome and the day stored: the page says so, and shows the case at a date that has it. */
  onSaved: (kind: TKind, on: IsoDate) => void;
};

type RecordMutation<TVariables, TData> = {
  state: MutationState<TData>;
  run: (prepare: () => Promise<TVariables>) => Promise<TData | undefined>;
  reset: () => void;
};

/**
 * What the two forms of a case share: the date typed (today first), the fields checked before sending, the
 * mutation, and the day stored once the server took it.
 */
export function useRecordForm<TVariables extends { on: IsoDate }, TIssues extends object, TData>({
  mutation,
  range,
  check,
  onStored,
}: {
  mutation: RecordMutation<TVariables, TData>;
  range: RecordRange;
  /** The form read with the date as typed. */
  check: (date: string) => Checked<TVariables, TIssues>;
  onStored: (variables: TVariables) => void;
}) {
  const [date, setDate] = useState(() => formatDate(range.today));
  const { issues, onSubmit } = useCheckedSubmit({
    check: () => check(date),
    send: (variables: TVariables) => mutation.run(() => Promise.resolve(variables)),
    reset: mutation.reset,
    onAnswer: (_answer, variables) => onStored(variables),
  });
  return { state: mutation.state, date, setDate, issues, onSubmit };
}
