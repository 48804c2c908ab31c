import { GraphQLRequestError, graphqlRequest, type VariablesOf } from '../../api/graphql-client';
import { operationName } from '../../api/query-client';
import type { IsoDate } from '../../api/scalars';
import { useOperationQuery, useQueryState } from '../../api/useOperationQuery';
import type { LatePaymentAnswer } from './province-standing';
import {
  ACTUAL_HISTORY_QUERY,
  DATA_QUALITY_WARNINGS_QUERY,
  PROVINCE_COMPOSITE_QUERY,
  PROVINCE_LATE_PAYMENT_QUERY,
  PROVINCE_SCORECARD_QUERY,
  type ProvinceLatePaymentAnswer,
} from './province.queries';

/** One row per metric for the province at the date, with the time elapsed of the period. */
export function useProvinceScorecard(variables: VariablesOf<typeof PROVINCE_SCORECARD_QUERY>) {
  return useOperationQuery(PROVINCE_SCORECARD_QUERY, variables);
}

/** Cumulative actual and target on every report date, with every revision; one request per chart. */
export function useActualHistory(variables: VariablesOf<typeof ACTUAL_HISTORY_QUERY>) {
  return useOperationQuery(ACTUAL_HISTORY_QUERY, variables);
}

export function useDataQualityWarnings(variables: VariablesOf<typeof DATA_QUALITY_WARNINGS_QUERY>) {
  return useOperationQuery(DATA_QUALITY_WARNINGS_QUERY, variables);
}

/** The composite (emulation) score of every province at the date; the page picks its province's row. */
export function useProvinceComposite(variables: VariablesOf<typeof PROVINCE_COMPOSITE_QUERY>) {
  return useOperationQuery(PROVINCE_COMPOSITE_QUERY, variables);
}

function requestLatePayment(asOf: IsoDate | null, signal: AbortSignal): Promise<ProvinceLatePaymentAnswer> {
  return graphqlRequest(PROVINCE_LATE_PAYMENT_QUERY, { asOf }, { signal }).then((answer) => answer.latePayment);
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
  return useQueryState({
    // The answer at asOf, or at the ledger's last day when it does not cover asOf: one or two requests, kept as one.
    queryKey: [operationName(PROVINCE_LATE_PAYMENT_QUERY), { asOf }, 'within the ledger'],
    queryFn: ({ signal }) => fetchProvinceLatePayment(asOf, signal),
  });
}
