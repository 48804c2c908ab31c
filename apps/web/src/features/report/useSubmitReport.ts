import { useCallback } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { SUBMIT_REPORT_MUTATION, type SubmitReportVariables } from './report.queries';

/** Sends one province's report for one report date. */
export function useSubmitReport() {
  const { state, run, reset } = useOperationMutation(SUBMIT_REPORT_MUTATION);
  const submit = useCallback((variables: SubmitReportVariables) => run(() => Promise.resolve(variables)), [run]);
  return { state, submit, reset };
}
