import { GraphQLRequestError, graphqlRequest, type VariablesOf } from '../../api/graphql-client';
import { operationName } from '../../api/query-client';
import type { UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { useOperationQuery, useQueryState } from '../../api/useOperationQuery';
import type { LatePaymentAnswer } from './province-standing';
import {
  ACTUAL_HISTORY_QUERY,
  DATA_QUALITY_WARNINGS_QUERY,
  PROVINCE_COMPOSITE_QUERY,
  PREDECESSOR_SCORECARD_QUERY,
  PROVINCE_LATE_PAYMENT_QUERY,
  PROVINCE_RANK_HISTORY_QUERY,
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

/** A unit's summed figures at each report date up to the date (a plan seen on another set than its own). */
export function useProvinceRankHistory(variables: VariablesOf<typeof PROVINCE_RANK_HISTORY_QUERY>) {
  return useOperationQuery(PROVINCE_RANK_HISTORY_QUERY, variables);
}

/** The predecessors of a unit of the 34 on the same plan (on the 63) and date. */
export function usePredecessorScorecard(variables: VariablesOf<typeof PREDECESSOR_SCORECARD_QUERY>) {
  return useOperationQuery(PREDECESSOR_SCORECARD_QUERY, variables);
}

/** The composite (emulation) score of every province at the date; the page picks its province's row. */
export function useProvinceComposite(variables: VariablesOf<typeof PROVINCE_COMPOSITE_QUERY>) {
  return useOperationQuery(PROVINCE_COMPOSITE_QUERY, variables);
}

function requestLatePayment(
  unitSet: UnitSet,
  asOf: IsoDate | null,
  signal: AbortSignal,
): Promise<ProvinceLatePaymentAnswer> {
  return graphqlRequest(PROVINCE_LATE_PAYMENT_QUERY, { asOf, unitSet }, { signal }).then(
    (answer) => answer.latePayment,
  );
}

/**
 * Every province's late-payment ratio at the page's date or, when the ledger does not cover it (the server refuses
 * with DATE_OUTSIDE_LEDGER), at the ledger's last day; the panel says which date it shows.
 */
export async function fetchProvinceLatePayment(
  unitSet: UnitSet,
  asOf: IsoDate,
  signal: AbortSignal,
): Promise<LatePaymentAnswer> {
  try {
    return { data: await requestLatePayment(unitSet, asOf, signal), asked: asOf };
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || !error.extensionsWithReason('DATE_OUTSIDE_LEDGER')) throw error;
  }
  return { data: await requestLatePayment(unitSet, null, signal), asked: asOf };
}

/** The ledger on the page's unit set: the 63 as kept, or the 34 with each unit's predecessors summed. */
export function useProvinceLatePayment(unitSet: UnitSet, asOf: IsoDate) {
  return useQueryState({
    // The answer at asOf, or at the ledger's last day when it does not cover asOf: one or two requests, kept as one.
    queryKey: [operationName(PROVINCE_LATE_PAYMENT_QUERY), { unitSet, asOf }, 'within the ledger'],
    queryFn: ({ signal }) => fetchProvinceLatePayment(unitSet, asOf, signal),
  });
}
