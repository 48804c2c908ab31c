import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { PLANS_QUERY, type PlansData } from './plans.queries';

const NO_VARIABLES = {};

/** Plans with their versions, and the metric catalogue; reload() after an import. */
export function usePlansData() {
  return useGraphQLQuery<PlansData, Record<string, never>>(PLANS_QUERY, NO_VARIABLES);
}
