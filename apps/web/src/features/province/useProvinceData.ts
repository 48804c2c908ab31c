import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import {
  ACTUAL_HISTORY_QUERY,
  DATA_QUALITY_WARNINGS_QUERY,
  PROVINCE_SCORECARD_QUERY,
  type ActualHistoryData,
  type ActualHistoryVariables,
  type DataQualityWarningsData,
  type DataQualityWarningsVariables,
  type ProvinceScorecardData,
  type ProvinceScorecardVariables,
} from './province.queries';

/** One row per metric for the province at the date, with the time elapsed of the period. */
export function useProvinceScorecard(variables: ProvinceScorecardVariables) {
  return useGraphQLQuery<ProvinceScorecardData, ProvinceScorecardVariables>(PROVINCE_SCORECARD_QUERY, variables);
}

/** Cumulative actual and target on every report date, with every revision; one request per chart. */
export function useActualHistory(variables: ActualHistoryVariables) {
  return useGraphQLQuery<ActualHistoryData, ActualHistoryVariables>(ACTUAL_HISTORY_QUERY, variables);
}

export function useDataQualityWarnings(variables: DataQualityWarningsVariables) {
  return useGraphQLQuery<DataQualityWarningsData, DataQualityWarningsVariables>(DATA_QUALITY_WARNINGS_QUERY, variables);
}
