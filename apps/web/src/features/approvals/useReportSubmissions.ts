import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import {
  REPORT_SUBMISSIONS_QUERY,
  type ReportSubmissionsData,
  type ReportSubmissionsVariables,
} from './approvals.queries';

/** Submitted reports, newest first; reload() after a decision. */
export function useReportSubmissions(variables: ReportSubmissionsVariables) {
  return useGraphQLQuery<ReportSubmissionsData, ReportSubmissionsVariables>(REPORT_SUBMISSIONS_QUERY, variables);
}
