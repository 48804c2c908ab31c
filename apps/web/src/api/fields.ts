// Selections shared by several queries, as GraphQL fragments: each type is asked for the same way everywhere, and
// its TypeScript shape is generated from the fragment (src/api/generated/, `npm run codegen`).
import { graphql } from './generated/gql';
import type { ResultOf } from './graphql-client';

export const PROVINCE_FIELDS = graphql(`
  fragment ProvinceFields on Province {
    code
    nameVi
    nameEn
    type
    region
    regionEn
  }
`);

export type Province = ResultOf<typeof PROVINCE_FIELDS>;

export const METRIC_FIELDS = graphql(`
  fragment MetricFields on Metric {
    key
    labelVi
    shortLabelVi
    labelEn
    shortLabelEn
    unit
    unitVi
    higherIsBetter
    appendix
  }
`);

export type Metric = ResultOf<typeof METRIC_FIELDS>;

export const PLAN_FIELDS = graphql(`
  fragment PlanFields on Plan {
    id
    title
    issuingDocument
    issuedOn
    periodStart
    periodEnd
    reportDates
    latestReportDateWithData
    hasSyntheticActuals
    unitSet
    synthetic
  }
`);

export type Plan = ResultOf<typeof PLAN_FIELDS>;

export const PROVINCE_ATTAINMENT_FIELDS = graphql(`
  fragment ProvinceAttainmentFields on ProvinceAttainment {
    province {
      ...ProvinceFields
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
    unitCount
    status
    synthetic
    source
    previousReportDate
    previousRank
    rankChange
    basis
    figure
    reference
    ratioToReference
    band
    bandLabel
    stale
    pending {
      value
      reportDate
      submittedAt
      submissionId
    }
  }
`);

/** One province on one metric at a date. Ratios are fractions: 0.523 means 52,3%. */
export type ProvinceAttainment = ResultOf<typeof PROVINCE_ATTAINMENT_FIELDS>;

/** A newer figure waiting for approval: shown beside the approved one, never counted. */
export type PendingFigure = NonNullable<ProvinceAttainment['pending']>;

export const DATA_QUALITY_WARNING_FIELDS = graphql(`
  fragment DataQualityWarningFields on DataQualityWarning {
    kind
    province {
      ...ProvinceFields
    }
    metric
    reportDate
    value
    previousValue
    periodTotal
    message
    source
    detectedAt
  }
`);

/** A figure stored as sent but worth a look (DECREASING_CUMULATIVE, JUMP_ABOVE_QUOTA, OFF_SCHEDULE_DATE). */
export type DataQualityWarning = ResultOf<typeof DATA_QUALITY_WARNING_FIELDS>;

export const LATE_PAYMENT_REFERENCE_FIELDS = graphql(`
  fragment LatePaymentReferenceFields on LatePaymentReference {
    label
    labelEn
    asOf
    ratio
  }
`);

/** A published late-payment ratio (2,91 % at the end of 2020, …) the bands compare with. */
export type LatePaymentReference = ResultOf<typeof LATE_PAYMENT_REFERENCE_FIELDS>;

export const ARREARS_BUCKET_FIGURE_FIELDS = graphql(`
  fragment ArrearsBucketFigureFields on ArrearsBucketFigure {
    bucket
    labelVi
    labelEn
    actionVi
    actionEn
    amount
    employers
  }
`);

/** One age bucket of overdue contributions; amounts are VND (đồng). */
export type ArrearsBucketFigure = ResultOf<typeof ARREARS_BUCKET_FIGURE_FIELDS>;

export const IMPORT_REFUSAL_FIELDS = graphql(`
  fragment ImportRefusalFields on ImportRefusal {
    reason
    message
    messageVi
    problemCount
    problems {
      kind
      file
      row
      column
      columnNumber
      value
      message
      messageVi
      fix
      fixVi
    }
  }
`);

/** A refused import (plan tables, a report): every problem, and nothing written. */
export type ImportRefusal = ResultOf<typeof IMPORT_REFUSAL_FIELDS>;
