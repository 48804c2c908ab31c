// GraphQL documents of the ranking page and the shapes they return.
import { METRIC_FIELDS, PLAN_FIELDS, PROVINCE_ATTAINMENT_FIELDS, PROVINCE_FIELDS } from '../../api/fields';
import type {
  IsoDate,
  Metric,
  NationalAttainment,
  PeriodProgress,
  Plan,
  ProvinceAttainment,
  RankBasis,
  ReportingStatus,
} from '../../api/graphql-types';

export const RANKING_REFERENCE_QUERY = /* GraphQL */ `
  query RankingReference {
    plans {
      ${PLAN_FIELDS}
    }
    metrics {
      ${METRIC_FIELDS}
    }
  }
`;

export type RankingReferenceData = { plans: Plan[]; metrics: Metric[] };

export const RANKING_QUERY = /* GraphQL */ `
  query Ranking($planId: String!, $metric: String!, $asOf: String, $basis: RankBasis) {
    ranking(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis) {
      ${PROVINCE_ATTAINMENT_FIELDS}
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
`;

export type RankingVariables = { planId: string; metric: string; asOf: IsoDate; basis: RankBasis };

export type RankingData = {
  ranking: ProvinceAttainment[];
  nationalAttainment: NationalAttainment;
  periodProgress: PeriodProgress;
};

export const REPORTING_STATUS_QUERY = /* GraphQL */ `
  query ReportingStatus($planId: String!, $reportDate: String) {
    reportingStatus(planId: $planId, reportDate: $reportDate) {
      planId
      reportDate
      deadline
      provincesReported
      provincesPartial
      provincesNotReported
      provinces {
        province {
          ${PROVINCE_FIELDS}
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
`;

export type ReportingStatusVariables = { planId: string; reportDate: IsoDate };
export type ReportingStatusData = { reportingStatus: ReportingStatus };
