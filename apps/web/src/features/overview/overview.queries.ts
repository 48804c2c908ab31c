// GraphQL documents of the overview (Tổng quan) and the shapes they return. Only what the page shows is asked for.
import type { StatusBand } from '@scorecard/domain';
import { LATE_PAYMENT_REFERENCE_FIELDS } from '../late-payment/late-payment.queries';
import type { AttainmentStatus, IsoDate, LatePaymentReference, Province, RankBasis } from '../../api/graphql-types';

export type OverviewProvince = Pick<Province, 'code' | 'nameVi' | 'region' | 'regionEn'>;

/** One province on one metric at the date, on the basis asked for (figure, reference and band agree). */
export type OverviewAttainment = {
  province: OverviewProvince;
  status: AttainmentStatus;
  figure: number | null;
  reference: number;
  ratioToReference: number | null;
  band: StatusBand | null;
  stale: boolean;
  reportDate: IsoDate | null;
  rank: number | null;
  actual: number | null;
  target: number | null;
  targetToDate: number | null;
  synthetic: boolean;
};

/** The national figure (sum of the provinces) at one report date, on the basis asked for. */
export type NationalPoint = {
  asOf: IsoDate;
  figure: number | null;
  reference: number;
  band: StatusBand | null;
  actual: number;
  synthetic: boolean;
};

/** One request per metric: every province and the national figure at each report date up to asOf. */
export const OVERVIEW_METRIC_QUERY = /* GraphQL */ `
  query OverviewMetric($planId: String!, $metric: String!, $asOf: String, $basis: RankBasis!) {
    attainment(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis) {
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
`;

export type OverviewMetricVariables = { planId: string; metric: string; asOf: IsoDate; basis: RankBasis };
export type OverviewMetricData = { attainment: OverviewAttainment[]; nationalAttainmentHistory: NationalPoint[] };

export type OverviewSettings = {
  version: number;
  onTrack: number;
  atRisk: number;
  latePaymentAtRisk: number;
  latePaymentReference: number;
  compositeCap: number;
  weights: { metric: string; weight: number }[];
};

export type OverviewCompositeRow = {
  province: Pick<Province, 'code'>;
  score: number | null;
  rank: number | null;
  band: StatusBand | null;
  /** Metrics without a report in force, scored 0. */
  missing: string[];
  /** Metrics scored on a report older than the latest report date. */
  stale: string[];
};

/** The composite score of every province, and the plan settings (thresholds, weights) it was computed with. */
export const OVERVIEW_SCORES_QUERY = /* GraphQL */ `
  query OverviewScores($planId: String!, $asOf: String) {
    compositeRanking(planId: $planId, asOf: $asOf) {
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
`;

export type OverviewScoresVariables = { planId: string; asOf: IsoDate };
export type OverviewScoresData = {
  compositeRanking: { asOf: IsoDate; settings: OverviewSettings; provinces: OverviewCompositeRow[] };
};

export type OverviewLatePaymentProvince = {
  province: Pick<Province, 'code'>;
  ratio: number | null;
  /** Against bandReference with the plan's latePaymentAtRisk (the server's, as on every page). */
  band: StatusBand | null;
  rank: number | null;
  overdue: number;
  receivable: number;
};

export type OverviewLatePayment = {
  asOf: IsoDate;
  ledgerFrom: IsoDate;
  ledgerTo: IsoDate;
  synthetic: boolean;
  national: { ratio: number | null; band: StatusBand | null };
  provinces: OverviewLatePaymentProvince[];
  references: LatePaymentReference[];
  /** The reference the bands compare with: the latest published on or before asOf, else the earliest. */
  bandReference: LatePaymentReference;
};

/** The late-payment ratio nationally and per province at a date of the ledger (null: its last day). */
export const OVERVIEW_LATE_PAYMENT_QUERY = /* GraphQL */ `
  query OverviewLatePayment($asOf: String, $planId: String) {
    latePayment(asOf: $asOf, planId: $planId) {
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
      ${LATE_PAYMENT_REFERENCE_FIELDS}
    }
  }
`;

export type OverviewLatePaymentVariables = { asOf: IsoDate | null; planId: string };
export type OverviewLatePaymentData = { latePayment: OverviewLatePayment };

/** How many reports wait for approval (a provincial user: their own province's). */
export const OVERVIEW_PENDING_QUERY = /* GraphQL */ `
  query OverviewPendingReports($planId: String!, $first: Int!) {
    reportSubmissions(planId: $planId, state: PENDING, first: $first) {
      id
    }
  }
`;

/** The most the server lists at once; a count that reaches it is shown as "at least". */
export const PENDING_LIMIT = 500;
export type OverviewPendingVariables = { planId: string; first: number };
export type OverviewPendingData = { reportSubmissions: { id: string }[] };
