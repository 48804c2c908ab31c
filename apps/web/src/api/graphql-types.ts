// The parts of the API contract (apps/api schema.gql) that the web app reads. Kept by hand until
// the generated client types are committed; names follow the schema exactly.

export type AttainmentStatus = 'REPORTED' | 'NOT_REPORTED' | 'NO_TARGET';
export type RankBasis = 'TO_DATE' | 'PERIOD';

/** ISO date, YYYY-MM-DD. */
export type IsoDate = string;

export type Province = {
  code: string;
  nameVi: string;
  nameEn: string;
  type: string;
  region: string;
  regionEn: string;
};

export type Metric = {
  key: string;
  labelVi: string;
  shortLabelVi: string;
  labelEn: string;
  unit: string;
  unitVi: string;
  higherIsBetter: boolean;
  appendix: string;
};

export type Plan = {
  id: string;
  title: string;
  issuingDocument: string;
  issuedOn: IsoDate;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  reportDates: IsoDate[];
  latestReportDateWithData: IsoDate | null;
  hasSyntheticActuals: boolean;
};

/** Ratios are fractions: 0.523 means 52,3%. */
export type ProvinceAttainment = {
  province: Province;
  metric: string;
  asOf: IsoDate;
  target: number | null;
  targetToDate: number | null;
  actual: number | null;
  reportDate: IsoDate | null;
  attainmentToDate: number | null;
  attainmentOfPeriod: number | null;
  timeElapsed: number;
  onTrack: boolean | null;
  requiredPacePerDay: number | null;
  requiredPacePerMonth: number | null;
  projectedAttainment: number | null;
  rank: number | null;
  status: AttainmentStatus;
  synthetic: boolean;
  source: string | null;
};

export type NationalAttainment = {
  metric: string;
  asOf: IsoDate;
  target: number;
  targetToDate: number;
  actual: number;
  attainmentToDate: number | null;
  attainmentOfPeriod: number | null;
  provincesReported: number;
  provincesNotReported: number;
  publishedTarget: number | null;
  publishedTargetDiffers: boolean;
};

export type PeriodProgress = {
  planId: string;
  asOf: IsoDate;
  daysInPeriod: number;
  daysElapsed: number;
  daysRemaining: number;
  timeElapsed: number;
};
