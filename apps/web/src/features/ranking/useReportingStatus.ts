import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { REPORTING_STATUS_QUERY, type ReportingStatusData, type ReportingStatusVariables } from './ranking.queries';

/** Who has reported for one report date, and since when the others have not. */
export function useReportingStatus(variables: ReportingStatusVariables) {
  return useGraphQLQuery<ReportingStatusData, ReportingStatusVariables>(REPORTING_STATUS_QUERY, variables);
}
