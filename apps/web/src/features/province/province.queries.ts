// GraphQL documents of the province page; the shapes they return are generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ResultOf } from '../../api/graphql-client';

export const PROVINCE_SCORECARD_QUERY = graphql(`
  query ProvinceScorecard($planId: String!, $province: String!, $asOf: LocalDate, $unitSet: UnitSet) {
    provinceScorecard(planId: $planId, province: $province, asOf: $asOf, unitSet: $unitSet) {
      ...ProvinceAttainmentFields
    }
    periodProgress(planId: $planId, asOf: $asOf) {
      planId
      asOf
      daysInPeriod
      daysElapsed
      daysRemaining
      timeElapsed
    }
  }
`);

/** Cumulative actual against cumulative target of one province and metric on every report date. */
export const ACTUAL_HISTORY_QUERY = graphql(`
  query ActualHistory($planId: String!, $province: String!, $metric: String!) {
    actualHistory(planId: $planId, province: $province, metric: $metric) {
      planId
      province {
        ...ProvinceFields
      }
      metric
      target
      points {
        reportDate
        cumulativeTarget
        actual
        attainmentToDate
        revisions {
          value
          submittedAt
          source
          sourceRow
          synthetic
          superseded
          state
          submissionId
          submittedBy
        }
      }
    }
  }
`);

export type ActualHistory = ResultOf<typeof ACTUAL_HISTORY_QUERY>['actualHistory'];
/** actual: the revision in force for this report date; null when nothing was sent for it. */
export type ActualHistoryPoint = ActualHistory['points'][number];
/** One submission of a figure; the latest approved one is in force, the others are superseded. */
export type ActualRevision = ActualHistoryPoint['revisions'][number];

export const DATA_QUALITY_WARNINGS_QUERY = graphql(`
  query DataQualityWarnings($planId: String!, $province: String) {
    dataQualityWarnings(planId: $planId, province: $province) {
      ...DataQualityWarningFields
    }
  }
`);

/**
 * A unit of another set than the plan's own (the 2021 plan on the 34): its cumulative figures at each report date up
 * to asOf, each the sum of its predecessors'. Its submissions belong to the predecessors, so there are no revisions.
 */
export const PROVINCE_RANK_HISTORY_QUERY = graphql(`
  query ProvinceRankHistory(
    $planId: String!
    $province: String!
    $metric: String!
    $asOf: LocalDate
    $unitSet: UnitSet
  ) {
    rankHistory(planId: $planId, province: $province, metric: $metric, asOf: $asOf, unitSet: $unitSet) {
      province {
        ...ProvinceFields
      }
      metric
      asOf
      target
      targetToDate
      actual
      attainmentToDate
      rank
      unitCount
    }
  }
`);

export type RankHistoryPoint = ResultOf<typeof PROVINCE_RANK_HISTORY_QUERY>['rankHistory'][number];

/** The units of the 63 merged into a unit of the 34, on the same plan and date (a plan on the 63 only). */
export const PREDECESSOR_SCORECARD_QUERY = graphql(`
  query PredecessorScorecard($planId: String!, $asOf: LocalDate, $provinces: [String!]!) {
    scorecard(planId: $planId, asOf: $asOf, provinces: $provinces, unitSet: VN63) {
      asOf
      metrics
      rows {
        province {
          code
          nameVi
        }
        cells {
          metric
          status
          attainmentToDate
          rank
          unitCount
          stale
          reportDate
        }
      }
    }
  }
`);

export type PredecessorScorecard = ResultOf<typeof PREDECESSOR_SCORECARD_QUERY>['scorecard'];
export type PredecessorCell = PredecessorScorecard['rows'][number]['cells'][number];

/** The composite (emulation) score of every province with its parts; the page picks its province's row. */
export const PROVINCE_COMPOSITE_QUERY = graphql(`
  query ProvinceComposite($planId: String!, $asOf: LocalDate, $unitSet: UnitSet) {
    compositeRanking(planId: $planId, asOf: $asOf, unitSet: $unitSet) {
      asOf
      provinces {
        province {
          code
        }
        score
        rank
        band
        missing
        parts {
          metric
          weight
          share
          value
          score
          missing
          leftOut
        }
      }
    }
  }
`);

export type ProvinceCompositeData = ResultOf<typeof PROVINCE_COMPOSITE_QUERY>;
/** missing: metrics without a report in force, scored 0. */
export type ProvinceCompositeRow = ProvinceCompositeData['compositeRanking']['provinces'][number];

/** Every unit's late-payment ratio at a date of the ledger (null: its last day), on the 63 or the 34. */
export const PROVINCE_LATE_PAYMENT_QUERY = graphql(`
  query ProvinceLatePayment($asOf: LocalDate, $unitSet: UnitSet!) {
    latePayment(asOf: $asOf, unitSet: $unitSet) {
      asOf
      provinces {
        province {
          code
        }
        ratio
        rank
        band
      }
      bandReference {
        ...LatePaymentReferenceFields
      }
    }
  }
`);

export type ProvinceLatePaymentAnswer = ResultOf<typeof PROVINCE_LATE_PAYMENT_QUERY>['latePayment'];
