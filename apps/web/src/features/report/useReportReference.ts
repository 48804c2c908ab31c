import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { REPORT_REFERENCE_QUERY, type ReportReferenceData, type ReportReferenceVariables } from './report.queries';

export function useReportReference(variables: ReportReferenceVariables) {
  return useGraphQLQuery<ReportReferenceData, ReportReferenceVariables>(REPORT_REFERENCE_QUERY, variables);
}
