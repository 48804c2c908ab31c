import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { RANKING_REFERENCE_QUERY, type RankingReferenceData } from './ranking.queries';

const NO_VARIABLES = {};

/** Plans and the metric catalogue: loaded once per page. */
export function useReferenceData() {
  return useGraphQLQuery<RankingReferenceData, Record<string, never>>(RANKING_REFERENCE_QUERY, NO_VARIABLES);
}
