// GraphQL documents of the province page and the shapes they return.
import { DATA_QUALITY_WARNING_FIELDS, PROVINCE_ATTAINMENT_FIELDS, PROVINCE_FIELDS } from '../../api/fields';
import type {
  ActualHistory,
  DataQualityWarning,
  IsoDate,
  LatePaymentReference,
  PeriodProgress,
  ProvinceAttainment,
  StatusBand,
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

/** One province's composite (emulation) score with its parts; the query returns every province, the page picks one. */
export type ProvinceCompositeRow = {
  province: { code: string };
  score: number | null;
  rank: number | null;
  band: StatusBand | null;
  /** Metrics without a report in force, scored 0. */
  missing: string[];
  parts: {
    metric: string;
    weight: number;
    share: number;
    value: number | null;
    score: number | null;
    missing: boolean;
    leftOut: boolean;
  }[];
};

export const PROVINCE_COMPOSITE_QUERY = /* GraphQL */ `
  query ProvinceComposite($planId: String!, $asOf: String) {
    compositeRanking(planId: $planId, asOf: $asOf) {
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
`;

export type ProvinceCompositeVariables = { planId: string; asOf: IsoDate };
export type ProvinceCompositeData = { compositeRanking: { asOf: IsoDate; provinces: ProvinceCompositeRow[] } };

export type ProvinceLatePaymentAnswer = {
  asOf: IsoDate;
  provinces: { province: { code: string }; ratio: number | null; rank: number | null; band: StatusBand | null }[];
  bandReference: LatePaymentReference;
};

/** Every province's late-payment ratio at a date of the ledger (null: its last day). */
export const PROVINCE_LATE_PAYMENT_QUERY = /* GraphQL */ `
  query ProvinceLatePayment($asOf: String) {
    latePayment(asOf: $asOf) {
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
        label
        labelEn
        asOf
        ratio
      }
    }
  }
`;

export type ProvinceLatePaymentVariables = { asOf: IsoDate | null };
export type ProvinceLatePaymentData = { latePayment: ProvinceLatePaymentAnswer };
