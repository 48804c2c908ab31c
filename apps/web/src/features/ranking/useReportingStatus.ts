import type { VariablesOf } from '../../api/graphql-client';
import { useOperationQuery } from '../../api/useOperationQuery';
import { REPORTING_STATUS_QUERY } from './ranking.queries';

/** Who has reported for one report date, and since when the others have not. */
export function useReportingStatus(variables: VariablesOf<typeof REPORTING_STATUS_QUERY>) {
  return useOperationQuery(REPORTING_STATUS_QUERY, variables);
}
