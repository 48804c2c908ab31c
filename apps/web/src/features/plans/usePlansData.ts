import { useOperationQuery } from '../../api/useOperationQuery';
import { PLANS_QUERY } from './plans.queries';

const NO_VARIABLES = {};

/** Plans with their versions, and the metric catalogue; an import marks them stale and they are asked again. */
export function usePlansData() {
  return useOperationQuery(PLANS_QUERY, NO_VARIABLES);
}
