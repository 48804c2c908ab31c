import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { RANKING_QUERY, type RankingData, type RankingVariables } from './ranking.queries';

/** Ranking rows (rank order), national figures and time elapsed: one request per metric/date change. */
export function useRanking(variables: RankingVariables) {
  return useGraphQLQuery<RankingData, RankingVariables>(RANKING_QUERY, variables);
}
