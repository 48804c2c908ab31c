import { useOperationQuery } from '../../api/useOperationQuery';
import { REPORT_REFERENCE_QUERY, type ReportReferenceVariables } from './report.queries';

export function useReportReference(variables: ReportReferenceVariables) {
  return useOperationQuery(REPORT_REFERENCE_QUERY, variables);
}
