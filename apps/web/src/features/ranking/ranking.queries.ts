// GraphQL documents of the ranking page and the shapes they return.
import type {
  IsoDate,
  Metric,
  NationalAttainment,
  PeriodProgress,
  Plan,
  ProvinceAttainment,
  RankBasis,
} from '../../api/graphql-types';

export const RANKING_REFERENCE_QUERY = /* GraphQL */ `
  query RankingReference {
    plans {
      id
      title
      issuingDocument
      issuedOn
      periodStart
      periodEnd
      reportDates
      latestReportDateWithData
      hasSyntheticActuals
    }
    metrics {
      key
      labelVi
      shortLabelVi
      labelEn
      unit
      unitVi
      higherIsBetter
      appendix
    }
  }
`;

export type RankingReferenceData = { plans: Plan[]; metrics: Metric[] };

export const RANKING_QUERY = /* GraphQL */ `
  query Ranking($planId: String!, $metric: String!, $asOf: String, $basis: RankBasis) {
    ranking(planId: $planId, metric: $metric, asOf: $asOf, basis: $basis) {
      province {
        code
        nameVi
        nameEn
        type
        region
        regionEn
      }
      metric
      asOf
      target
      targetToDate
      actual
      reportDate
      attainmentToDate
      attainmentOfPeriod
      timeElapsed
      onTrack
      requiredPacePerDay
      requiredPacePerMonth
      projectedAttainment
      rank
      status
      synthetic
      source
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
