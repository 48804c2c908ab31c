import { useCallback } from 'react';
import { useGraphQLMutation } from '../../api/useGraphQLMutation';
import { SUBMIT_REPORT_MUTATION, type SubmitReportData, type SubmitReportVariables } from './report.queries';

/** Sends one province's report for one report date. */
export function useSubmitReport() {
  const { state, run, reset } = useGraphQLMutation<SubmitReportData, SubmitReportVariables>(SUBMIT_REPORT_MUTATION);
  const submit = useCallback((variables: SubmitReportVariables) => run(() => Promise.resolve(variables)), [run]);
  return { state, submit, reset };
}
