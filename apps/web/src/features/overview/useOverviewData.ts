import type { Metric } from '../../api/fields';
import { GraphQLRequestError, graphqlRequest } from '../../api/graphql-client';
import { operationName } from '../../api/query-client';
import type { RankBasis, UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { useOperationQuery, useQueryState } from '../../api/useOperationQuery';
import { ledgerDateFor } from './late-payment-summary';
import {
  OVERVIEW_LATE_PAYMENT_QUERY,
  OVERVIEW_METRIC_QUERY,
  OVERVIEW_PENDING_QUERY,
  OVERVIEW_SCORES_QUERY,
  type OverviewLatePayment,
  type OverviewMetricData,
} from './overview.queries';

export type MetricAnswer = OverviewMetricData & { metric: Metric };

/** Every metric of the plan at the date on the basis, on the unit set: one request each, all or nothing. */
export function useOverviewMetrics(
  planId: string,
  unitSet: UnitSet,
  metrics: readonly Metric[],
  asOf: IsoDate,
  basis: RankBasis,
) {
  return useQueryState({
    queryKey: [
      operationName(OVERVIEW_METRIC_QUERY),
      { planId, unitSet, asOf, basis, metrics: metrics.map((m) => m.key) },
    ],
    queryFn: ({ signal }) =>
      Promise.all(
        metrics.map((metric) =>
          graphqlRequest(OVERVIEW_METRIC_QUERY, { planId, metric: metric.key, asOf, basis, unitSet }, { signal }).then(
            (data): MetricAnswer => ({ ...data, metric }),
          ),
        ),
      ),
  });
}

/** The composite score of every unit of the set, with the plan settings (thresholds, weights) used. */
export function useOverviewScores(planId: string, unitSet: UnitSet, asOf: IsoDate) {
  return useOperationQuery(OVERVIEW_SCORES_QUERY, { planId, asOf, unitSet });
}

export type LatePaymentNear = {
  data: OverviewLatePayment;
  /** The plan's date asked for; data.asOf differs from it when the ledger does not cover it. */
  asked: IsoDate;
};

function requestLatePayment(
  planId: string,
  unitSet: UnitSet,
  asOf: IsoDate | null,
  signal: AbortSignal,
): Promise<OverviewLatePayment> {
  return graphqlRequest(OVERVIEW_LATE_PAYMENT_QUERY, { asOf, planId, unitSet }, { signal }).then(
    (answer) => answer.latePayment,
  );
}

/**
 * The late-payment figures at the plan's date, or, when the contribution ledger does not cover that date (the
 * server refuses it), at the ledger's date closest to it; the page then says which date it shows.
 */
export async function fetchLatePaymentNear(
  planId: string,
  unitSet: UnitSet,
  asOf: IsoDate,
  signal: AbortSignal,
): Promise<LatePaymentNear> {
  try {
    return { data: await requestLatePayment(planId, unitSet, asOf, signal), asked: asOf };
  } catch (error) {
    if (!(error instanceof GraphQLRequestError) || !error.extensionsWithReason('DATE_OUTSIDE_LEDGER')) throw error;
  }
  const latest = await requestLatePayment(planId, unitSet, null, signal);
  const closest = ledgerDateFor(asOf, latest.ledgerFrom, latest.ledgerTo);
  return {
    data: closest === latest.asOf ? latest : await requestLatePayment(planId, unitSet, closest, signal),
    asked: asOf,
  };
}

/** The ledger's figures on the unit set (the 34: each unit's predecessors' amounts summed, ratios from the sums). */
export function useOverviewLatePayment(planId: string, unitSet: UnitSet, asOf: IsoDate) {
  return useQueryState({
    // The answer at the ledger's date nearest asOf: one to three requests, kept as one.
    queryKey: [operationName(OVERVIEW_LATE_PAYMENT_QUERY), { planId, unitSet, asOf }, 'nearest ledger date'],
    queryFn: ({ signal }) => fetchLatePaymentNear(planId, unitSet, asOf, signal),
  });
}

/** The reports waiting for approval that the viewer may see (mount only for a viewer allowed report.review). */
export function usePendingReports(planId: string) {
  return useOperationQuery(OVERVIEW_PENDING_QUERY, { planId });
}
