// GraphQL documents of the ranking page; the shapes they return are generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ResultOf, VariablesOf } from '../../api/graphql-client';

export const RANKING_REFERENCE_QUERY = graphql(`
  query RankingReference {
    plans {
      ...PlanFields
    }
    metrics {
      ...MetricFields
    }
  }
`);

export const RANKING_QUERY = graphql(`
  query Ranking($planId: String!, $metric: String!, $asOf: LocalDate, $basis: RankBasis, $unitSet: UnitSet) {
    ranking(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis, unitSet: $unitSet) {
      ...ProvinceAttainmentFields
    }
    nationalAttainment(planId: $planId, metric: $metric, asOf: $asOf) {
      metric
      asOf
      target
      targetToDate
      actual
      attainmentToDate
      attainmentOfPeriod
      provincesReported
      provincesNotReported
      publishedTarget
      publishedTargetDiffers
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

export type RankingVariables = VariablesOf<typeof RANKING_QUERY>;
/** Ranking rows in rank order, the national figures and the time elapsed of the period. */
export type RankingData = ResultOf<typeof RANKING_QUERY>;
export type NationalAttainment = RankingData['nationalAttainment'];

export const REPORTING_STATUS_QUERY = graphql(`
  query ReportingStatus($planId: String!, $reportDate: LocalDate) {
    reportingStatus(planId: $planId, reportDate: $reportDate) {
      planId
      reportDate
      deadline
      provincesReported
      provincesPartial
      provincesNotReported
      provinces {
        province {
          ...ProvinceFields
        }
        status
        metricsReported
        metricsExpected
        lastReportDate
        submittedAt
        late
      }
    }
  }
`);

/** Who has reported for one report date. */
export type ReportingStatus = ResultOf<typeof REPORTING_STATUS_QUERY>['reportingStatus'];
/** lastReportDate: the latest report date on or before this one for which the province sent anything. */
export type ProvinceReportStatus = ReportingStatus['provinces'][number];
