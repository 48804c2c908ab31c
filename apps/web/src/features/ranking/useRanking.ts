import { useOperationQuery } from '../../api/useOperationQuery';
import { RANKING_QUERY, type RankingVariables } from './ranking.queries';

/** Ranking rows (rank order), national figures and time elapsed: one request per metric/date change. */
export function useRanking(variables: RankingVariables) {
  return useOperationQuery(RANKING_QUERY, variables);
}
