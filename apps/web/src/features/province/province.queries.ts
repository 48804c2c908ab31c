// GraphQL documents of the province page and the shapes they return.
import { DATA_QUALITY_WARNING_FIELDS, PROVINCE_ATTAINMENT_FIELDS, PROVINCE_FIELDS } from '../../api/fields';
import type {
  ActualHistory,
  DataQualityWarning,
  IsoDate,
  PeriodProgress,
  ProvinceAttainment,
} from '../../api/graphql-types';

export const PROVINCE_SCORECARD_QUERY = /* GraphQL */ `
  query ProvinceScorecard($planId: String!, $province: String!, $asOf: String) {
    provinceScorecard(planId: $planId, province: $province, asOf: $asOf) {
      ${PROVINCE_ATTAINMENT_FIELDS}
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

export type ProvinceScorecardVariables = { planId: string; province: string; asOf: IsoDate };
export type ProvinceScorecardData = { provinceScorecard: ProvinceAttainment[]; periodProgress: PeriodProgress };

export const ACTUAL_HISTORY_QUERY = /* GraphQL */ `
  query ActualHistory($planId: String!, $province: String!, $metric: String!) {
    actualHistory(planId: $planId, province: $province, metric: $metric) {
      planId
      province {
        ${PROVINCE_FIELDS}
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
`;

export type ActualHistoryVariables = { planId: string; province: string; metric: string };
export type ActualHistoryData = { actualHistory: ActualHistory };

export const DATA_QUALITY_WARNINGS_QUERY = /* GraphQL */ `
  query DataQualityWarnings($planId: String!, $province: String) {
    dataQualityWarnings(planId: $planId, province: $province) {
      ${DATA_QUALITY_WARNING_FIELDS}
    }
  }
`;

export type DataQualityWarningsVariables = { planId: string; province: string };
export type DataQualityWarningsData = { dataQualityWarnings: DataQualityWarning[] };
