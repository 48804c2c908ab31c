import { GraphQLRequestError, graphqlRequest } from '../../api/graphql-client';
import type { IsoDate } from '../../api/graphql-types';
import { useAsyncData } from '../../api/useAsyncData';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import type { LatePaymentAnswer } from './province-standing';
import {
  ACTUAL_HISTORY_QUERY,
  DATA_QUALITY_WARNINGS_QUERY,
  PROVINCE_COMPOSITE_QUERY,
  PROVINCE_LATE_PAYMENT_QUERY,
  PROVINCE_SCORECARD_QUERY,
  type ActualHistoryData,
  type ActualHistoryVariables,
  type DataQualityWarningsData,
  type DataQualityWarningsVariables,
  type ProvinceCompositeData,
  type ProvinceCompositeVariables,
  type ProvinceLatePaymentAnswer,
  type ProvinceLatePaymentData,
  type ProvinceLatePaymentVariables,
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

/** The composite (emulation) score of every province at the date; the page picks its province's row. */
export function useProvinceComposite(variables: ProvinceCompositeVariables) {
  return useGraphQLQuery<ProvinceCompositeData, ProvinceCompositeVariables>(PROVINCE_COMPOSITE_QUERY, variables);
}

function requestLatePayment(asOf: IsoDate | null, signal: AbortSignal): Promise<ProvinceLatePaymentAnswer> {
  return graphqlRequest<ProvinceLatePaymentData, ProvinceLatePaymentVariables>(
    PROVINCE_LATE_PAYMENT_QUERY,
    { asOf },
    { signal },
  ).then((answer) => answer.latePayment);
}

/**
 * Every province's late-payment ratio at the page's date or, when the ledger does not cover it (the server refuses
 * with DATE_OUTSIDE_LEDGER), at the ledger's last day; the panel says which date it shows.
 */
export async function fetchProvinceLatePayment(asOf: IsoDate, signal: AbortSignal): Promise<LatePaymentAnswer> {
  try {
    return { data: await requestLatePayment(asOf, signal), asked: asOf };
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || !error.extensionsWithReason('DATE_OUTSIDE_LEDGER')) throw error;
  }
  return { data: await requestLatePayment(null, signal), asked: asOf };
}

export function useProvinceLatePayment(asOf: IsoDate) {
  return useAsyncData((signal) => fetchProvinceLatePayment(asOf, signal), asOf);
}
