import { useOperationQuery } from '../../api/useOperationQuery';
import { REPORT_SUBMISSIONS_QUERY, type ReportSubmissionsVariables } from './approvals.queries';

/** Submitted reports, newest first; a decision marks them stale and the list is asked for again. */
export function useReportSubmissions(variables: ReportSubmissionsVariables) {
  return useOperationQuery(REPORT_SUBMISSIONS_QUERY, variables);
}
