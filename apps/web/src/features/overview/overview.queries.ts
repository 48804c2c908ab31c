// GraphQL documents of the overview (Tổng quan); the shapes they return are generated (src/api/generated). Only
// what the page shows is asked for.
import { graphql } from '../../api/generated/gql';
import type { ResultOf } from '../../api/graphql-client';

/** One request per metric: every unit of the set and the national figure at each report date up to asOf. */
export const OVERVIEW_METRIC_QUERY = graphql(`
  query OverviewMetric($planId: String!, $metric: String!, $asOf: LocalDate, $basis: RankBasis!, $unitSet: UnitSet!) {
    attainment(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis, unitSet: $unitSet) {
      province {
        code
        nameVi
        region
        regionEn
      }
      status
      figure
      reference
      ratioToReference
      band
      stale
      reportDate
      rank
      actual
      target
      targetToDate
      synthetic
      unitCount
    }
    nationalAttainmentHistory(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis) {
      asOf
      figure
      reference
      band
      actual
      synthetic
    }
  }
`);

export type OverviewMetricData = ResultOf<typeof OVERVIEW_METRIC_QUERY>;
/** One province on one metric at the date, on the basis asked for (figure, reference and band agree). */
export type OverviewAttainment = OverviewMetricData['attainment'][number];
export type OverviewProvince = OverviewAttainment['province'];
/** The national figure (sum of the provinces) at one report date, on the basis asked for. */
export type NationalPoint = OverviewMetricData['nationalAttainmentHistory'][number];

/** The composite score of every province, and the plan settings (thresholds, weights) it was computed with. */
export const OVERVIEW_SCORES_QUERY = graphql(`
  query OverviewScores($planId: String!, $asOf: LocalDate, $unitSet: UnitSet!) {
    compositeRanking(planId: $planId, asOf: $asOf, unitSet: $unitSet) {
      asOf
      settings {
        version
        onTrack
        atRisk
        latePaymentAtRisk
        latePaymentReference
        compositeCap
        weights {
          metric
          weight
        }
      }
      provinces {
        province {
          code
        }
        score
        rank
        band
        missing
        stale
      }
    }
  }
`);

type OverviewScores = ResultOf<typeof OVERVIEW_SCORES_QUERY>['compositeRanking'];
export type OverviewSettings = OverviewScores['settings'];
/** missing: metrics without a report in force, scored 0; stale: scored on a report older than the latest date. */
export type OverviewCompositeRow = OverviewScores['provinces'][number];

/** The late-payment ratio nationally and per province at a date of the ledger (null: its last day). */
export const OVERVIEW_LATE_PAYMENT_QUERY = graphql(`
  query OverviewLatePayment($asOf: LocalDate, $planId: String, $unitSet: UnitSet!) {
    latePayment(asOf: $asOf, planId: $planId, unitSet: $unitSet) {
      asOf
      ledgerFrom
      ledgerTo
      synthetic
      national {
        ratio
        band
      }
      provinces {
        province {
          code
        }
        ratio
        band
        rank
        overdue
        receivable
      }
      references {
        ...LatePaymentReferenceFields
      }
      bandReference {
        ...LatePaymentReferenceFields
      }
    }
  }
`);

/** bandReference: the reference the bands compare with, the latest published on or before asOf, else the earliest. */
export type OverviewLatePayment = ResultOf<typeof OVERVIEW_LATE_PAYMENT_QUERY>['latePayment'];
/** band: against bandReference with the plan's latePaymentAtRisk (the server's, as on every page). */
export type OverviewLatePaymentProvince = OverviewLatePayment['provinces'][number];

/** How many reports wait for approval (a provincial user: their own province's): the count alone, no report. */
export const OVERVIEW_PENDING_QUERY = graphql(`
  query OverviewPendingReports($planId: String!) {
    reportSubmissions(planId: $planId, state: PENDING, first: 1) {
      totalCount
    }
  }
`);
