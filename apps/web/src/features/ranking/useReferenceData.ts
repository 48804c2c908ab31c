import { useOperationQuery } from '../../api/useOperationQuery';
import { RANKING_REFERENCE_QUERY } from './ranking.queries';

const NO_VARIABLES = {};

/** Plans and the metric catalogue: loaded once per page. */
export function useReferenceData() {
  return useOperationQuery(RANKING_REFERENCE_QUERY, NO_VARIABLES);
}
