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
  shortLabelEn: string;
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

/** PENDING (chờ duyệt) until approved; only APPROVED figures count in A(d), national totals, ranks and scores. */
export type ApprovalState = 'APPROVED' | 'PENDING' | 'REJECTED';
/** NONE: counted at once; DIRECTOR: the province's director approves; HEADQUARTERS: a data officer approves. */
export type ApprovalRequirement = 'NONE' | 'DIRECTOR' | 'HEADQUARTERS';

/** A newer figure waiting for approval: shown beside the approved one, never counted. */
export type PendingFigure = {
  value: number;
  reportDate: IsoDate;
  /** Vietnam time, YYYY-MM-DDTHH:MM:SS. */
  submittedAt: string;
  submissionId: string;
};

/** Ratios are fractions: 0.523 means 52,3%. */
/** Đạt / Cần chú ý / Chậm on the basis of the view (docs/domain.md, "Status bands"). */
export type StatusBand = 'ON_TRACK' | 'AT_RISK' | 'BEHIND';

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
  /** The report date before the one in force at asOf; null at the first report date. */
  previousReportDate: IsoDate | null;
  /** Rank at previousReportDate; null when not ranked then. */
  previousRank: number | null;
  /** previousRank − rank: positive = moved up; null when either is null. */
  rankChange: number | null;
  /** A newer figure on or before asOf waiting for approval; the rank is on the last approved one. */
  pending: PendingFigure | null;
  /** The basis of figure, reference, band and rank. */
  basis: RankBasis;
  /** What the bar shows: attainmentToDate (TO_DATE) or attainmentOfPeriod (PERIOD); null when not ranked. */
  figure: number | null;
  /** Where the reference mark sits: 1 (TO_DATE) or timeElapsed (PERIOD). */
  reference: number;
  ratioToReference: number | null;
  band: StatusBand | null;
  bandLabel: string | null;
  /** Ranked on a report older than the latest report date on or before asOf (reportDate says which). */
  stale: boolean;
};

export type NationalAttainment = {
  metric: string;
  asOf: IsoDate;
  /** On the basis asked for (fetched by the pages that show a band). */
  timeElapsed?: number;
  basis?: RankBasis;
  figure?: number | null;
  reference?: number;
  band?: StatusBand | null;
  bandLabel?: string | null;
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

/** One stored version of a plan's published tables. */
export type PlanVersion = {
  version: number;
  contentHash: string;
  /** ISO timestamp, server time. */
  importedAt: string;
  importedBy: string;
  /** The files it was read from, comma-separated. */
  source: string;
};

/** A plan as the Kế hoạch page lists it: with its issuer and stored versions (oldest first). */
export type PlanWithVersions = Plan & {
  issuer: string;
  latestVersion: number | null;
  versions: PlanVersion[];
};

export type ReconciliationKind = 'ROW_MONTHS_VS_TOTAL' | 'PROVINCES_VS_NATIONAL';
export type ReconciliationSeverity = 'ROUNDING' | 'ERROR';

/** A place where a published table disagrees with itself; the published number stays as published. */
export type ReconciliationFinding = {
  metric: string;
  kind: ReconciliationKind;
  /** Null for the national row ("Toàn quốc"). */
  province: Pick<Province, 'code' | 'nameVi'> | null;
  /** The row name as printed. */
  publishedName: string;
  /** YYYY-MM; null for the period total. */
  month: string | null;
  published: number;
  computed: number;
  /** published − computed. */
  difference: number;
  severity: ReconciliationSeverity;
  file: string;
  line: number;
};

export type PlanReconciliation = {
  planId: string;
  version: number;
  cellsChecked: number;
  roundingCount: number;
  errorCount: number;
  findings: ReconciliationFinding[];
};

export type PlanMonthTotal = {
  /** YYYY-MM. */
  month: string;
  publishedNational: number | null;
  provinces: number;
};

/** A metric's published national row beside the sum of the provinces, for the period and each month. */
export type PlanTargetTotal = {
  metric: string;
  publishedNationalTotal: number | null;
  provincesTotal: number;
  months: PlanMonthTotal[];
};

export type PlanFileInput = { name: string; contentBase64: string };

export type PlanImportResult = {
  planId: string;
  version: number;
  created: boolean;
  dryRun: boolean;
  reconciliation: PlanReconciliation;
};

export type ReportStatus = 'REPORTED' | 'PARTIAL' | 'NOT_REPORTED';

export type ProvinceReportStatus = {
  province: Province;
  status: ReportStatus;
  metricsReported: number;
  metricsExpected: number;
  /** Latest report date on or before this one for which the province sent anything ("since when"). */
  lastReportDate: IsoDate | null;
  /** First submission for this report date, YYYY-MM-DDTHH:MM:SS (server time). */
  submittedAt: string | null;
  /** Submitted after the deadline. */
  late: boolean;
};

/** Who has reported for one report date. */
export type ReportingStatus = {
  planId: string;
  reportDate: IsoDate;
  deadline: string;
  provincesReported: number;
  provincesPartial: number;
  provincesNotReported: number;
  provinces: ProvinceReportStatus[];
};

/** One submission of a figure; the latest approved one is in force, the others are superseded. */
export type ActualRevision = {
  value: number;
  submittedAt: string;
  source: string;
  sourceRow: number | null;
  synthetic: boolean;
  /** Not the figure in force: a later approved revision replaces it, or it is not approved. */
  superseded: boolean;
  state: ApprovalState;
  /** Null for the shipped sample data. */
  submissionId: string | null;
  /** Who sent it, from their session or token; null for the sample data. */
  submittedBy: string | null;
};

export type ActualHistoryPoint = {
  reportDate: IsoDate;
  cumulativeTarget: number;
  /** The revision in force for this report date; null when nothing was sent for it. */
  actual: number | null;
  attainmentToDate: number | null;
  revisions: ActualRevision[];
};

/** Cumulative actual against cumulative target of one province and metric on every report date. */
export type ActualHistory = {
  planId: string;
  province: Province;
  metric: string;
  /** Published period total. */
  target: number | null;
  points: ActualHistoryPoint[];
};

/** A figure stored as sent but worth a look. Kinds today: DECREASING_CUMULATIVE, JUMP_ABOVE_QUOTA, OFF_SCHEDULE_DATE. */
export type DataQualityWarning = {
  kind: string;
  province: Province;
  metric: string;
  reportDate: IsoDate;
  value: number;
  previousValue: number | null;
  periodTotal: number | null;
  /** The server's explanation, in English. */
  message: string;
  source: string;
  /** When the warning was recorded; empty for warnings of the current import. */
  detectedAt: string;
};

export type ReportValueInput = { metric: string; value: number };

export type ActualImportResult = {
  planId: string;
  rowsStored: number;
  rowsUnchanged: number;
  alreadyImported: boolean;
  warnings: DataQualityWarning[];
  /** The stored report; null when nothing was stored. */
  submissionId: string | null;
  /** PENDING until approved; pending figures do not count yet. */
  state: ApprovalState;
  approvalRequired: ApprovalRequirement;
};

/** Age of an employer's overdue contributions; its oldest overdue month decides the bucket and the action. */
export type ArrearsBucket = 'UNDER_1_MONTH' | 'FROM_1_TO_3_MONTHS' | 'FROM_3_MONTHS';

/** Amounts are VND (đồng). */
export type ArrearsBucketFigure = {
  bucket: ArrearsBucket;
  labelVi: string;
  labelEn: string;
  actionVi: string;
  actionEn: string;
  amount: number;
  employers: number;
};

/** Late payment (chậm đóng): ratio = overdue / receivable since January of the as-of year; null without receivable. */
export type NationalLatePayment = {
  receivable: number;
  overdue: number;
  ratio: number | null;
  /** The ratio against LatePayment.bandReference, lower is better. */
  band: StatusBand | null;
  bandLabel: string | null;
  employers: number;
  employersInArrears: number;
  buckets: ArrearsBucketFigure[];
};

export type ProvinceLatePayment = NationalLatePayment & {
  province: Province;
  /** Lowest ratio ranks 1; null when the province has no ratio. */
  rank: number | null;
  /** Rank at the end of the previous month (LatePayment.previousAsOf). */
  previousRank: number | null;
  /** previousRank − rank: positive = moved up (the ratio fell relative to the others). */
  rankChange: number | null;
};

export type LatePaymentReference = { label: string; labelEn: string; asOf: IsoDate; ratio: number };

export type LatePayment = {
  asOf: IsoDate;
  previousAsOf: IsoDate | null;
  /** First day the contribution ledger covers. */
  ledgerFrom: IsoDate;
  /** Last day it covers: a month end. */
  ledgerTo: IsoDate;
  synthetic: boolean;
  national: NationalLatePayment;
  /** Rank order: rank 1 (lowest ratio) first, unranked last. */
  provinces: ProvinceLatePayment[];
  references: LatePaymentReference[];
  /** The reference the bands compare with: the latest published on or before asOf, else the earliest. */
  bandReference: LatePaymentReference;
};

export type LatePaymentPoint = {
  /** YYYY-MM. */
  month: string;
  /** The month's last day. */
  asOf: IsoDate;
  receivable: number;
  overdue: number;
  ratio: number | null;
};

/** An employer (đơn vị sử dụng lao động); the page lists one province's, so its province is not read. */
export type Employer = {
  id: string;
  name: string;
  district: string;
  ownership: string;
  workers: number;
  synthetic: boolean;
};

export type EmployerArrears = {
  employer: Employer;
  receivable: number;
  overdue: number;
  /** YYYY-MM. */
  oldestOverdueMonth: string;
  /** Whole months since the oldest overdue month became overdue. */
  ageMonths: number;
  bucket: ArrearsBucket;
  actionVi: string;
  actionEn: string;
  byBucket: ArrearsBucketFigure[];
};

export type EmployerArrearsEdge = { cursor: string; node: EmployerArrears };
export type PageInfo = { hasNextPage: boolean; endCursor: string | null };

/** Sorted by overdue amount, largest first. */
export type EmployerArrearsConnection = {
  totalCount: number;
  totalOverdue: number;
  edges: EmployerArrearsEdge[];
  pageInfo: PageInfo;
};

export type Role = 'LEADERSHIP' | 'DATA_OFFICER' | 'DIRECTOR' | 'OFFICER' | 'ANALYST';

/** The signed-in caller, as the server established it from the session (or an API token). */
export type Viewer = {
  login: string;
  displayName: string;
  role: Role;
  /** The role in Vietnamese, for display. */
  roleLabel: string;
  /** The province of a provincial director or officer; null for headquarters roles and analysts. */
  province: Pick<Province, 'code' | 'nameVi'> | null;
  /** SESSION (signed in with a browser) or TOKEN (Authorization: Bearer). */
  via: string;
  /** Actions of the authorisation table (libs/domain access-policy.ts) the caller may do. */
  permissions: string[];
  /** The page the caller opens on: "/tinh/12", "/duyet-bao-cao" or "/". */
  home: string;
  /** Signed in with a one-time link: has to set a password first. */
  mustChangePassword: boolean;
};
