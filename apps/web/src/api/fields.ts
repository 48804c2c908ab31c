// Selections shared by several queries, so each type is asked for the same way everywhere.

export const PROVINCE_FIELDS = /* GraphQL */ `
  code
  nameVi
  nameEn
  type
  region
  regionEn
`;

export const METRIC_FIELDS = /* GraphQL */ `
  key
  labelVi
  shortLabelVi
  labelEn
  shortLabelEn
  unit
  unitVi
  higherIsBetter
  appendix
`;

export const PLAN_FIELDS = /* GraphQL */ `
  id
  title
  issuingDocument
  issuedOn
  periodStart
  periodEnd
  reportDates
  latestReportDateWithData
  hasSyntheticActuals
`;

export const PROVINCE_ATTAINMENT_FIELDS = /* GraphQL */ `
  province {
    ${PROVINCE_FIELDS}
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
`;

export const DATA_QUALITY_WARNING_FIELDS = /* GraphQL */ `
  kind
  province {
    ${PROVINCE_FIELDS}
  }
  metric
  reportDate
  value
  previousValue
  periodTotal
  message
  source
  detectedAt
`;
