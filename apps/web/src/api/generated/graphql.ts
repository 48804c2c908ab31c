/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an alert is about (docs/alerts.md "Rules"). */
export type AlertKind =
  /** A report waiting for approval longer than the threshold number of days. */
  | 'APPROVAL_WAITING'
  /** A province moved down a band (Đạt → Cần chú ý or Chậm, Cần chú ý → Chậm) on a metric. */
  | 'BAND_FELL'
  /** A late-payment ratio above the threshold. */
  | 'LATE_PAYMENT_HIGH'
  /** A late-payment ratio rising at each of the last two month ends. */
  | 'LATE_PAYMENT_RISING'
  /** The pace a province still needs per day is above the threshold multiple of its pace so far. */
  | 'PACE_STRAIN'
  /** A province fell the threshold number of places or more on a metric. */
  | 'RANK_DROP'
  /** A report date is tomorrow and the province has sent nothing yet. */
  | 'REPORT_DUE_TOMORROW'
  /** The report of a report date did not arrive by the end of that date. */
  | 'REPORT_MISSING'
  /** A compliance case whose next step is past its deadline (docs/compliance.md). */
  | 'STEP_OVERDUE';

/** Who has to approve a submitted report before its figures count. */
export type ApprovalRequirement =
  /** The province’s director (giám đốc BHXH tỉnh) approves. */
  | 'DIRECTOR'
  /** It trips a data-quality rule (DataQualityWarning): a headquarters data officer approves. */
  | 'HEADQUARTERS'
  /** Nobody: counted at once (a headquarters import, or a director’s report without a data-quality finding). */
  | 'NONE';

/** Approval (phê duyệt, docs/domain.md "Approval"): only APPROVED figures count in A(d), national totals, ranks and scores. Pending and rejected ones stay stored and visible. */
export type ApprovalState =
  /** Đã duyệt: counts. Approved by the province’s director or headquarters, or needing no approval (headquarters imports, the shipped sample data). */
  | 'APPROVED'
  /** Chờ duyệt: sent, waiting for approval; shown, never counted. */
  | 'PENDING'
  /** Bị từ chối: rejected with a reason; kept and shown, never counted. */
  | 'REJECTED';

/** Arrears age bucket (nhóm tuổi nợ, docs/domain.md): the age of overdue contributions in whole months since they became overdue, each with the action it prescribes (seeds 002, 004). */
export type ArrearsBucket =
  /** 1 to under 3 months (từ 1 đến dưới 3 tháng): visit the employer, record a working minute (Mẫu D04h-TS), notice of reminder. */
  | 'FROM_1_TO_3_MONTHS'
  /** 3 months or more (từ 3 tháng trở lên): unannounced specialised inspection, administrative fine, and when it persists a file to the police (Article 216, Criminal Code 2015). */
  | 'FROM_3_MONTHS'
  /** Under 1 month (dưới 1 tháng): remind by phone, Zalo, e-mail and notice. */
  | 'UNDER_1_MONTH';

/** Whether a province is ranked on a metric at a date, and if not, why (docs/domain.md "Ranking"). */
export type AttainmentStatus =
  /** Has a target but no approved report on or before the date (chưa báo cáo): no actual, not ranked, never counted as zero. */
  | 'NOT_REPORTED'
  /** No quota (chỉ tiêu) on this metric in the plan: not ranked on it. */
  | 'NO_TARGET'
  /** Has a target and an approved report on or before the date: ranked. */
  | 'REPORTED';

/** Which list an employer came on (seed 000). */
export type ComplianceListKind =
  /** Not participating for all workers (chưa tham gia đầy đủ): lists 03a-KT, workers in 03-KT. */
  | 'NOT_FULLY_PARTICIPATING'
  /** Not participating at all (chưa tham gia): lists 02a-KT, workers in 02-KT. */
  | 'NOT_PARTICIPATING';

/** How a compliance case ended. */
export type ComplianceOutcome =
  /** Closed: the employer no longer operates (giải thể, ngừng hoạt động). */
  | 'CLOSED_DISSOLVED'
  /** Closed: the employer has no workers who must be insured. */
  | 'CLOSED_NO_WORKERS'
  /** Closed: the list was wrong about the employer. */
  | 'CLOSED_WRONG_DATA'
  /** The employer registered part of its workers. */
  | 'PARTLY_REGISTERED'
  /** The employer registered all its workers (đã tham gia). */
  | 'REGISTERED';

/** A step of the employer compliance workflow of the 2022 guidance (seed 000, docs/compliance.md), in its order. */
export type ComplianceStep =
  /** Conference with employers held (hội nghị), every conference of a year before 20 December. */
  | 'CONFERENCE_HELD'
  /** Invited to a conference, form 05-KT (giấy mời hội nghị), once 10 days pass without a response. */
  | 'CONFERENCE_INVITED'
  /** Entered in the software (cập nhật vào phần mềm), at most 5 days after receipt. */
  | 'ENTERED'
  /** Direct inspection done, minutes 06-KT (biên bản làm việc). */
  | 'INSPECTION_DONE'
  /** Direct inspection scheduled, form 05a-KT with checklist 05b-KT, within 2 days of the conference. */
  | 'INSPECTION_SCHEDULED'
  /** The list arrived from the tax authority or business registration (danh sách 02a-KT / 03a-KT). */
  | 'LIST_RECEIVED'
  /** Notice to the employer, form 04-KT (thông báo). */
  | 'NOTICE_SENT'
  /** File sent to the police under Article 216 of the Criminal Code (chuyển hồ sơ Công an). */
  | 'POLICE_REFERRAL'
  /** Specialised inspection decided (thanh tra chuyên ngành), 07-KT, 10 days on without compliance. */
  | 'SPECIALISED_INSPECTION';

/** Which coverage (độ bao phủ, docs/coverage.md). */
export type CoverageKind =
  /** Health insurance: participants in health insurance (số người tham gia BHYT) / the population (dân số). */
  | 'HI'
  /** Social insurance: participants in social insurance (số người tham gia BHXH) / the working-age labour force (lực lượng lao động trong độ tuổi). */
  | 'SI';

/** How a user gets their alerts by e-mail (docs/alerts.md "Digests"). */
export type DigestChoice =
  /** One e-mail a day with the alerts not yet e-mailed. */
  | 'DAILY'
  /** No e-mail: alerts in the app only. */
  | 'NONE'
  /** One e-mail the day before each report date and one the day after it. */
  | 'REPORT_DATE';

/** How a goal is worded, which decides when it is met. */
export type GoalComparison =
  /** "Khoảng" (about): met at the ratio or above. */
  | 'ABOUT'
  /** "Trên" (more than): met only above the ratio. */
  | 'ABOVE'
  /** "Ít nhất" / "đạt" (at least): met at the ratio or above. */
  | 'AT_LEAST';

/** The weight of one metric in a new settings version. */
export type MetricWeightInput = {
  /** Metric key of the catalogue, or "late_payment". */
  metric: string;
  /** Weight from 0 to 100; 0 leaves the metric out. */
  weight: number;
};

/** One file of a plan import: a table (.txt, .xlsx, .csv) or manifest.json. */
export type PlanFileInput = {
  /** The file content, base64-encoded. */
  contentBase64: string;
  /** File name; its extension decides how it is read, and it names the file in every message. */
  name: string;
};

/** A new version of the settings; every value is checked first. */
export type PlanSettingsInput = {
  /** r from which a province is Cần chú ý: above 0, at most onTrack (default 0.9). */
  atRisk: number;
  /** Cap on each attainment in the composite score: 1 to 3 (default 1.2). */
  compositeCap: number;
  /** Multiple of the late-payment reference up to which late payment is Cần chú ý: 1 to 3 (default 1.1). */
  latePaymentAtRisk: number;
  /** Reference late-payment ratio as a fraction, above 0 and below 1, e.g. 0.0291 for 2.91 %. */
  latePaymentReference: number;
  /** Why the settings change: kept with them and in the audit log. */
  note: string;
  /** r = figure / reference from which a province is Đạt: above 0, at most 2 (default 1). */
  onTrack: number;
  /** A metric of the plan left out weighs 0. */
  weights: Array<MetricWeightInput>;
};

/** The basis of a view (cơ sở so sánh, docs/domain.md "Basis"): what figure, reference, rank and band compare against. One basis decides everything a view shows at once; the two are never mixed. */
export type RankBasis =
  /** Against the period plan and time elapsed (so với tiến độ thời gian): figure = attainment of the period A(d) / period total, reference = time elapsed. */
  | 'PERIOD'
  /** Against the target to date (so với chỉ tiêu đến ngày): figure = attainment to date A(d) / T(d), reference = 1 (100 % of T(d)). The default. */
  | 'TO_DATE';

/** Which two parts of a published table disagree. */
export type ReconciliationKind =
  /** The province rows (63, or 34 for a plan on the 34 units) against the published national row (Toàn quốc), for the period or a month. */
  | 'PROVINCES_VS_NATIONAL'
  /** A row's monthly columns against its published period total (Tổng số). */
  | 'ROW_MONTHS_VS_TOTAL';

/** How far apart the two are: rounding is normal, an error someone must look at. */
export type ReconciliationSeverity =
  /** Beyond it: an error in the source table. */
  | 'ERROR'
  /** Within what rounding each published number to whole units can explain. */
  | 'ROUNDING';

/** Whether a province has reported for a report date (kỳ báo cáo). Pending reports count as sent; rejected ones do not. */
export type ReportStatus =
  /** Chưa báo cáo: nothing dated this report date. */
  | 'NOT_REPORTED'
  /** Báo cáo thiếu: on some of those metrics, not all. */
  | 'PARTIAL'
  /** Đã báo cáo: a figure dated this report date on every metric it has a target on. */
  | 'REPORTED';

/** One figure of a report: a metric and its cumulative value. */
export type ReportValueInput = {
  /** Metric key (chỉ tiêu) of the catalogue, e.g. "revenue" or "dev_compulsory_si"; see `metrics`. */
  metric: string;
  /** Cumulative since the start of the plan period (lũy kế), in the metric's unit (see `Metric.unit`: persons, million VND, …). */
  value: number;
};

/** A role of the software (docs/access.md): what an account or token may see and do. */
export type Role =
  /** Analyst (Chuyên viên phân tích): reads everything through the API and exports, changes nothing. */
  | 'ANALYST'
  /** Headquarters data officer (Cán bộ nghiệp vụ Trung ương): imports plans and ledgers, approves reports, manages accounts, tokens and thresholds. */
  | 'DATA_OFFICER'
  /** Provincial director (Giám đốc BHXH tỉnh): bound to one province: every province's attainment and rank, their own province's employers, report history and warnings; submits and approves its reports. */
  | 'DIRECTOR'
  /** Headquarters leadership (Lãnh đạo BHXH Việt Nam): reads everything. */
  | 'LEADERSHIP'
  /** Provincial officer (Cán bộ BHXH tỉnh): bound to one province: sees as a director does, submits its reports but does not approve them. */
  | 'OFFICER';

/** Status band (docs/domain.md "Status bands") on the basis of the view, r = figure / reference, thresholds from the plan settings (planSettings). For the late-payment ratio lower is better: Đạt at or below the reference, Cần chú ý up to latePaymentAtRisk (default 1.1) × the reference, Chậm above. */
export type StatusBand =
  /** Cần chú ý (at risk): atRisk (default 0.9) ≤ r < onTrack. */
  | 'AT_RISK'
  /** Chậm (behind): r < atRisk. */
  | 'BEHIND'
  /** Đạt (on track): r ≥ onTrack (default 1). */
  | 'ON_TRACK';

/** A set of provincial-level units (docs/domain.md "Unit sets"). */
export type UnitSet =
  /** The 34 units from 1 July 2025 (vn34-2025, Resolution 202/2025/QH15); 63-unit figures are summed onto them, ratios recomputed from the sums. */
  | 'VN34'
  /** The 63 provinces and cities of 2004 to June 2025 (vn63-2004). */
  | 'VN63';

export type CatalogueQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogueQuery = {
  plans: Array<{
    id: string;
    title: string;
    issuingDocument: string;
    issuedOn: string;
    periodStart: string;
    periodEnd: string;
    reportDates: Array<string>;
    latestReportDateWithData: string | null;
    hasSyntheticActuals: boolean;
    unitSet: UnitSet;
    synthetic: boolean;
  }>;
  metrics: Array<{
    key: string;
    labelVi: string;
    shortLabelVi: string;
    labelEn: string;
    shortLabelEn: string;
    unit: string;
    unitVi: string;
    higherIsBetter: boolean;
    appendix: string;
  }>;
  provinces: Array<{ code: string; nameVi: string; nameEn: string; type: string; region: string; regionEn: string }>;
};

export type ProvinceFieldsFragment = {
  code: string;
  nameVi: string;
  nameEn: string;
  type: string;
  region: string;
  regionEn: string;
};

export type MetricFieldsFragment = {
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

export type PlanFieldsFragment = {
  id: string;
  title: string;
  issuingDocument: string;
  issuedOn: string;
  periodStart: string;
  periodEnd: string;
  reportDates: Array<string>;
  latestReportDateWithData: string | null;
  hasSyntheticActuals: boolean;
  unitSet: UnitSet;
  synthetic: boolean;
};

export type ProvinceAttainmentFieldsFragment = {
  metric: string;
  asOf: string;
  target: number | null;
  targetToDate: number | null;
  actual: number | null;
  reportDate: string | null;
  attainmentToDate: number | null;
  attainmentOfPeriod: number | null;
  timeElapsed: number;
  onTrack: boolean | null;
  requiredPacePerDay: number | null;
  requiredPacePerMonth: number | null;
  projectedAttainment: number | null;
  rank: number | null;
  unitCount: number;
  status: AttainmentStatus;
  synthetic: boolean;
  source: string | null;
  previousReportDate: string | null;
  previousRank: number | null;
  rankChange: number | null;
  basis: RankBasis;
  figure: number | null;
  reference: number;
  ratioToReference: number | null;
  band: StatusBand | null;
  bandLabel: string | null;
  stale: boolean;
  province: { code: string; nameVi: string; nameEn: string; type: string; region: string; regionEn: string };
  pending: { value: number; reportDate: string; submittedAt: string; submissionId: string } | null;
};

export type DataQualityWarningFieldsFragment = {
  kind: string;
  metric: string;
  reportDate: string;
  value: number;
  previousValue: number | null;
  periodTotal: number | null;
  message: string;
  source: string;
  detectedAt: string;
  province: { code: string; nameVi: string; nameEn: string; type: string; region: string; regionEn: string };
};

export type LatePaymentReferenceFieldsFragment = { label: string; labelEn: string; asOf: string; ratio: number };

export type ArrearsBucketFigureFieldsFragment = {
  bucket: ArrearsBucket;
  labelVi: string;
  labelEn: string;
  actionVi: string;
  actionEn: string;
  amount: number;
  employers: number;
};

export type ImportRefusalFieldsFragment = {
  reason: string;
  message: string;
  messageVi: string;
  problemCount: number;
  problems: Array<{
    kind: string;
    file: string;
    row: number | null;
    column: string | null;
    columnNumber: number | null;
    value: string | null;
    message: string;
    messageVi: string;
    fix: string;
    fixVi: string;
  }>;
};

export type AccountFieldsFragment = {
  login: string;
  displayName: string;
  role: Role;
  provinceCode: string | null;
  kind: string;
  passwordSet: boolean;
  identityProviderLinked: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
  createdBy: string;
};

export type AccountsQueryVariables = Exact<{ [key: string]: never }>;

export type AccountsQuery = {
  accounts: Array<{
    login: string;
    displayName: string;
    role: Role;
    provinceCode: string | null;
    kind: string;
    passwordSet: boolean;
    identityProviderLinked: boolean;
    disabled: boolean;
    lockedUntil: string | null;
    createdAt: string;
    createdBy: string;
  }>;
  provinces: Array<{ code: string; nameVi: string }>;
};

export type CreateAccountMutationVariables = Exact<{
  login: string;
  displayName: string;
  role: Role;
  provinceCode?: string | null | undefined;
}>;

export type CreateAccountMutation = {
  createAccount: {
    signInLink: string;
    linkExpiresAt: string;
    account: {
      login: string;
      displayName: string;
      role: Role;
      provinceCode: string | null;
      kind: string;
      passwordSet: boolean;
      identityProviderLinked: boolean;
      disabled: boolean;
      lockedUntil: string | null;
      createdAt: string;
      createdBy: string;
    };
  };
};

export type UpdateAccountMutationVariables = Exact<{
  login: string;
  displayName?: string | null | undefined;
  role?: Role | null | undefined;
  provinceCode?: string | null | undefined;
  disabled?: boolean | null | undefined;
}>;

export type UpdateAccountMutation = {
  updateAccount: {
    login: string;
    displayName: string;
    role: Role;
    provinceCode: string | null;
    kind: string;
    passwordSet: boolean;
    identityProviderLinked: boolean;
    disabled: boolean;
    lockedUntil: string | null;
    createdAt: string;
    createdBy: string;
  };
};

export type ResetPasswordMutationVariables = Exact<{
  login: string;
}>;

export type ResetPasswordMutation = {
  resetPassword: {
    signInLink: string;
    linkExpiresAt: string;
    account: {
      login: string;
      displayName: string;
      role: Role;
      provinceCode: string | null;
      kind: string;
      passwordSet: boolean;
      identityProviderLinked: boolean;
      disabled: boolean;
      lockedUntil: string | null;
      createdAt: string;
      createdBy: string;
    };
  };
};

export type AlertSettingsFieldsFragment = {
  kinds: Array<AlertKind>;
  availableKinds: Array<AlertKind>;
  email: string | null;
  digest: DigestChoice;
  language: string;
  emailAvailable: boolean;
  version: number;
  setAt: string | null;
};

export type MyAlertSettingsQueryVariables = Exact<{ [key: string]: never }>;

export type MyAlertSettingsQuery = {
  myAlertSettings: {
    kinds: Array<AlertKind>;
    availableKinds: Array<AlertKind>;
    email: string | null;
    digest: DigestChoice;
    language: string;
    emailAvailable: boolean;
    version: number;
    setAt: string | null;
  };
};

export type SetMyAlertSettingsMutationVariables = Exact<{
  kinds: Array<AlertKind> | AlertKind;
  digest: DigestChoice;
  email?: string | null | undefined;
  language: string;
}>;

export type SetMyAlertSettingsMutation = {
  setMyAlertSettings: {
    kinds: Array<AlertKind>;
    availableKinds: Array<AlertKind>;
    email: string | null;
    digest: DigestChoice;
    language: string;
    emailAvailable: boolean;
    version: number;
    setAt: string | null;
  };
};

export type AlertThresholdsFieldsFragment = {
  planId: string | null;
  version: number;
  rankDrop: number;
  paceMultiple: number;
  latePaymentRatio: number;
  approvalWaitDays: number;
  inherited: Array<string>;
  setAt: string | null;
  setBy: string | null;
  note: string;
};

export type AlertThresholdsQueryVariables = Exact<{
  planId?: string | null | undefined;
}>;

export type AlertThresholdsQuery = {
  alertThresholds: {
    planId: string | null;
    version: number;
    rankDrop: number;
    paceMultiple: number;
    latePaymentRatio: number;
    approvalWaitDays: number;
    inherited: Array<string>;
    setAt: string | null;
    setBy: string | null;
    note: string;
  };
  alertThresholdHistory: Array<{
    version: number;
    rankDrop: number | null;
    paceMultiple: number | null;
    latePaymentRatio: number | null;
    approvalWaitDays: number | null;
    setAt: string;
    setBy: string;
    note: string;
  }>;
};

export type SetAlertThresholdsMutationVariables = Exact<{
  note: string;
  planId?: string | null | undefined;
  rankDrop?: number | null | undefined;
  paceMultiple?: number | null | undefined;
  latePaymentRatio?: number | null | undefined;
  approvalWaitDays?: number | null | undefined;
}>;

export type SetAlertThresholdsMutation = {
  setAlertThresholds: {
    planId: string | null;
    version: number;
    rankDrop: number;
    paceMultiple: number;
    latePaymentRatio: number;
    approvalWaitDays: number;
    inherited: Array<string>;
    setAt: string | null;
    setBy: string | null;
    note: string;
  };
};

export type AlertMessagesQueryVariables = Exact<{
  first: number;
  offset: number;
}>;

export type AlertMessagesQuery = {
  alertMessages: Array<{
    id: string;
    channel: string;
    recipient: string;
    address: string;
    slot: string;
    subject: string;
    alertCount: number;
    state: string;
    stateAt: string;
    detail: string | null;
    attempts: number;
  }>;
};

export type ApiTokenFieldsFragment = {
  id: string;
  label: string;
  role: Role;
  provinceCode: string | null;
  accountLogin: string | null;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  revokedAt: string | null;
  active: boolean;
};

export type ApiTokensQueryVariables = Exact<{
  all: boolean;
}>;

export type ApiTokensQuery = {
  apiTokens: Array<{
    id: string;
    label: string;
    role: Role;
    provinceCode: string | null;
    accountLogin: string | null;
    createdAt: string;
    createdBy: string;
    expiresAt: string;
    revokedAt: string | null;
    active: boolean;
  }>;
  provinces: Array<{ code: string; nameVi: string }>;
};

export type TokenAccountsQueryVariables = Exact<{ [key: string]: never }>;

export type TokenAccountsQuery = {
  accounts: Array<{ login: string; displayName: string; role: Role; provinceCode: string | null; disabled: boolean }>;
};

export type CreateApiTokenMutationVariables = Exact<{
  label: string;
  expiresInDays?: number | null | undefined;
  role?: Role | null | undefined;
  provinceCode?: string | null | undefined;
  forLogin?: string | null | undefined;
}>;

export type CreateApiTokenMutation = {
  createApiToken: {
    token: string;
    apiToken: {
      id: string;
      label: string;
      role: Role;
      provinceCode: string | null;
      accountLogin: string | null;
      createdAt: string;
      createdBy: string;
      expiresAt: string;
      revokedAt: string | null;
      active: boolean;
    };
  };
};

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;

export type RevokeApiTokenMutation = {
  revokeApiToken: {
    id: string;
    label: string;
    role: Role;
    provinceCode: string | null;
    accountLogin: string | null;
    createdAt: string;
    createdBy: string;
    expiresAt: string;
    revokedAt: string | null;
    active: boolean;
  };
};

export type ReportSubmissionsQueryVariables = Exact<{
  planId: string;
  state?: ApprovalState | null | undefined;
  province?: string | null | undefined;
  first: number;
}>;

export type ReportSubmissionsQuery = {
  reportSubmissions: {
    edges: Array<{
      node: {
        id: string;
        planId: string;
        source: string;
        submittedAt: string;
        submittedBy: string;
        submittedByRole: string;
        state: ApprovalState;
        approvalRequired: ApprovalRequirement;
        decidedAt: string | null;
        decidedBy: string | null;
        reason: string | null;
        canDecide: boolean;
        province: { code: string; nameVi: string } | null;
        figures: Array<{ provinceCode: string; metric: string; reportDate: string; value: number }>;
        warnings: Array<{
          kind: string;
          metric: string;
          reportDate: string;
          value: number;
          previousValue: number | null;
          periodTotal: number | null;
          message: string;
          source: string;
          detectedAt: string;
          province: { code: string; nameVi: string; nameEn: string; type: string; region: string; regionEn: string };
        }>;
      };
    }>;
  };
};

export type DecisionFieldsFragment = {
  id: string;
  state: ApprovalState;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
};

export type ApproveReportMutationVariables = Exact<{
  id: string;
}>;

export type ApproveReportMutation = {
  approveReport: {
    id: string;
    state: ApprovalState;
    decidedAt: string | null;
    decidedBy: string | null;
    reason: string | null;
  };
};

export type RejectReportMutationVariables = Exact<{
  id: string;
  reason: string;
}>;

export type RejectReportMutation = {
  rejectReport: {
    id: string;
    state: ApprovalState;
    decidedAt: string | null;
    decidedBy: string | null;
    reason: string | null;
  };
};

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  action?: string | null | undefined;
  actor?: string | null | undefined;
}>;

export type AuditLogQuery = {
  auditLog: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        at: string;
        actor: string;
        actorRole: string | null;
        via: string;
        origin: string;
        action: string;
        target: string | null;
        outcome: string;
        detail: string;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ComplianceDataRangeQueryVariables = Exact<{ [key: string]: never }>;

export type ComplianceDataRangeQuery = { complianceDataRange: { from: string | null; to: string | null } };

export type ComplianceFunnelQueryVariables = Exact<{
  asOf: string;
  province?: string | null | undefined;
}>;

export type ComplianceFunnelQuery = {
  complianceFunnel: {
    asOf: string;
    cases: number;
    overdue: number;
    registered: number;
    partlyRegistered: number;
    closed: number;
    workersRegistered: number;
    shouldBeInspected: number | null;
    synthetic: boolean;
    province: { code: string; nameVi: string } | null;
    steps: Array<{
      step: ComplianceStep;
      form: string | null;
      reached: number;
      conversion: number | null;
      medianDays: number | null;
      doneInWindow: number;
    }>;
    window: {
      from: string;
      to: string;
      casesOpened: number;
      conferencesHeld: number;
      registered: number;
      partlyRegistered: number;
      closed: number;
      contributionRecovered: number;
    };
  };
};

export type ComplianceCaseRowFieldsFragment = {
  id: string;
  taxCode: string;
  employerName: string;
  district: string;
  listKind: ComplianceListKind;
  workers: number;
  synthetic: boolean;
  province: { code: string; nameVi: string };
  next: { step: ComplianceStep; from: string; deadline: string | null; overdue: boolean } | null;
  outcome: { kind: ComplianceOutcome; on: string } | null;
  arrears: { overdue: number } | null;
};

export type ComplianceCasesQueryVariables = Exact<{
  asOf: string;
  province?: string | null | undefined;
  overdueOnly: boolean;
  waitingFor?: ComplianceStep | null | undefined;
  open?: boolean | null | undefined;
  search?: string | null | undefined;
  dueBy?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type ComplianceCasesQuery = {
  complianceCases: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        taxCode: string;
        employerName: string;
        district: string;
        listKind: ComplianceListKind;
        workers: number;
        synthetic: boolean;
        province: { code: string; nameVi: string };
        next: { step: ComplianceStep; from: string; deadline: string | null; overdue: boolean } | null;
        outcome: { kind: ComplianceOutcome; on: string } | null;
        arrears: { overdue: number } | null;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type ComplianceCaseFieldsFragment = {
  id: string;
  taxCode: string;
  employerName: string;
  address: string | null;
  district: string;
  listKind: ComplianceListKind;
  workers: number;
  listings: number;
  openedOn: string;
  synthetic: boolean;
  province: { code: string; nameVi: string };
  next: { step: ComplianceStep; from: string; deadline: string | null; overdue: boolean } | null;
  steps: Array<{
    step: ComplianceStep;
    on: string;
    form: string | null;
    document: string | null;
    deadline: string | null;
    daysLate: number;
  }>;
  outcome: {
    kind: ComplianceOutcome;
    on: string;
    workersRegistered: number;
    contributionRecovered: number;
    document: string | null;
  } | null;
  arrears: { employerId: string; overdue: number; bucket: ArrearsBucket; oldestOverdueMonth: string } | null;
};

export type ComplianceCaseQueryVariables = Exact<{
  id: string;
  asOf?: string | null | undefined;
}>;

export type ComplianceCaseQuery = {
  complianceCase: {
    id: string;
    taxCode: string;
    employerName: string;
    address: string | null;
    district: string;
    listKind: ComplianceListKind;
    workers: number;
    listings: number;
    openedOn: string;
    synthetic: boolean;
    province: { code: string; nameVi: string };
    next: { step: ComplianceStep; from: string; deadline: string | null; overdue: boolean } | null;
    steps: Array<{
      step: ComplianceStep;
      on: string;
      form: string | null;
      document: string | null;
      deadline: string | null;
      daysLate: number;
    }>;
    outcome: {
      kind: ComplianceOutcome;
      on: string;
      workersRegistered: number;
      contributionRecovered: number;
      document: string | null;
    } | null;
    arrears: { employerId: string; overdue: number; bucket: ArrearsBucket; oldestOverdueMonth: string } | null;
  };
};

export type RecordComplianceStepMutationVariables = Exact<{
  caseId: string;
  step: ComplianceStep;
  on: string;
  document?: string | null | undefined;
}>;

export type RecordComplianceStepMutation = {
  recordComplianceStep: {
    id: string;
    taxCode: string;
    employerName: string;
    address: string | null;
    district: string;
    listKind: ComplianceListKind;
    workers: number;
    listings: number;
    openedOn: string;
    synthetic: boolean;
    province: { code: string; nameVi: string };
    next: { step: ComplianceStep; from: string; deadline: string | null; overdue: boolean } | null;
    steps: Array<{
      step: ComplianceStep;
      on: string;
      form: string | null;
      document: string | null;
      deadline: string | null;
      daysLate: number;
    }>;
    outcome: {
      kind: ComplianceOutcome;
      on: string;
      workersRegistered: number;
      contributionRecovered: number;
      document: string | null;
    } | null;
    arrears: { employerId: string; overdue: number; bucket: ArrearsBucket; oldestOverdueMonth: string } | null;
  };
};

export type RecordComplianceOutcomeMutationVariables = Exact<{
  caseId: string;
  outcome: ComplianceOutcome;
  on: string;
  workersRegistered: number;
  contributionRecovered: number;
  document?: string | null | undefined;
}>;

export type RecordComplianceOutcomeMutation = {
  recordComplianceOutcome: {
    id: string;
    taxCode: string;
    employerName: string;
    address: string | null;
    district: string;
    listKind: ComplianceListKind;
    workers: number;
    listings: number;
    openedOn: string;
    synthetic: boolean;
    province: { code: string; nameVi: string };
    next: { step: ComplianceStep; from: string; deadline: string | null; overdue: boolean } | null;
    steps: Array<{
      step: ComplianceStep;
      on: string;
      form: string | null;
      document: string | null;
      deadline: string | null;
      daysLate: number;
    }>;
    outcome: {
      kind: ComplianceOutcome;
      on: string;
      workersRegistered: number;
      contributionRecovered: number;
      document: string | null;
    } | null;
    arrears: { employerId: string; overdue: number; bucket: ArrearsBucket; oldestOverdueMonth: string } | null;
  };
};

export type EmployersToInspectQueryVariables = Exact<{
  province: string;
  asOf?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type EmployersToInspectQuery = {
  employersInArrears: {
    totalCount: number;
    totalOverdue: number;
    edges: Array<{
      cursor: string;
      node: {
        overdue: number;
        oldestOverdueMonth: string;
        ageMonths: number;
        employer: { id: string; taxCode: string | null; name: string; district: string; synthetic: boolean };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type Report08ktFiguresFieldsFragment = {
  employersListed: number;
  workersListed: number;
  noticesSent: number;
  conferencesHeld: number;
  employersAtConferences: number;
  inspectionsDone: number;
  specialisedInspections: number;
  policeReferrals: number;
  employersRegistered: number;
  workersRegistered: number;
  contributionRecovered: number;
};

export type ComplianceReport08QueryVariables = Exact<{
  reportDate: string;
  province?: string | null | undefined;
}>;

export type ComplianceReport08Query = {
  complianceReport08: {
    from: string;
    reportDate: string;
    yearFrom: string;
    synthetic: boolean;
    rows: Array<{
      overdue: number;
      province: { code: string; nameVi: string } | null;
      period: {
        employersListed: number;
        workersListed: number;
        noticesSent: number;
        conferencesHeld: number;
        employersAtConferences: number;
        inspectionsDone: number;
        specialisedInspections: number;
        policeReferrals: number;
        employersRegistered: number;
        workersRegistered: number;
        contributionRecovered: number;
      };
      yearToDate: {
        employersListed: number;
        workersListed: number;
        noticesSent: number;
        conferencesHeld: number;
        employersAtConferences: number;
        inspectionsDone: number;
        specialisedInspections: number;
        policeReferrals: number;
        employersRegistered: number;
        workersRegistered: number;
        contributionRecovered: number;
      };
    }>;
  };
};

export type ComplianceReportOfferQueryVariables = Exact<{
  planId: string;
  province: string;
  reportDate: string;
}>;

export type ComplianceReportOfferQuery = {
  complianceReportOffer: {
    planId: string;
    from: string;
    reportDate: string;
    synthetic: boolean;
    province: { code: string };
    values: Array<{ metric: string; value: number }>;
  };
};

export type ImportComplianceListMutationVariables = Exact<{
  files: Array<PlanFileInput> | PlanFileInput;
  kind: ComplianceListKind;
  receivedOn: string;
  enteredOn?: string | null | undefined;
}>;

export type ImportComplianceListMutation = {
  importComplianceList:
    | {
        __typename: 'ComplianceListImportResult';
        rows: number;
        casesOpened: number;
        casesContinued: number;
        caseIds: Array<string>;
      }
    | {
        __typename: 'ImportRefusal';
        reason: string;
        message: string;
        messageVi: string;
        problemCount: number;
        problems: Array<{
          kind: string;
          file: string;
          row: number | null;
          column: string | null;
          columnNumber: number | null;
          value: string | null;
          message: string;
          messageVi: string;
          fix: string;
          fixVi: string;
        }>;
      };
};

export type ImportComplianceStepsMutationVariables = Exact<{
  files: Array<PlanFileInput> | PlanFileInput;
}>;

export type ImportComplianceStepsMutation = {
  importComplianceSteps:
    | { __typename: 'ComplianceStepsImportResult'; steps: number; outcomes: number; cases: number }
    | {
        __typename: 'ImportRefusal';
        reason: string;
        message: string;
        messageVi: string;
        problemCount: number;
        problems: Array<{
          kind: string;
          file: string;
          row: number | null;
          column: string | null;
          columnNumber: number | null;
          value: string | null;
          message: string;
          messageVi: string;
          fix: string;
          fixVi: string;
        }>;
      };
};

export type LatePaymentQueryVariables = Exact<{
  asOf?: string | null | undefined;
  unitSet: UnitSet;
}>;

export type LatePaymentQuery = {
  latePayment: {
    asOf: string;
    previousAsOf: string | null;
    ledgerFrom: string;
    ledgerTo: string;
    ledgerUnitSet: UnitSet;
    unitSet: UnitSet;
    synthetic: boolean;
    national: {
      receivable: number;
      overdue: number;
      ratio: number | null;
      band: StatusBand | null;
      bandLabel: string | null;
      employers: number;
      employersInArrears: number;
      buckets: Array<{
        bucket: ArrearsBucket;
        labelVi: string;
        labelEn: string;
        actionVi: string;
        actionEn: string;
        amount: number;
        employers: number;
      }>;
    };
    provinces: Array<{
      rank: number | null;
      previousRank: number | null;
      rankChange: number | null;
      receivable: number;
      overdue: number;
      ratio: number | null;
      band: StatusBand | null;
      bandLabel: string | null;
      employers: number;
      employersInArrears: number;
      province: {
        code: string;
        nameVi: string;
        nameEn: string;
        type: string;
        region: string;
        regionEn: string;
        predecessors: Array<{ code: string; nameVi: string }>;
      };
      buckets: Array<{
        bucket: ArrearsBucket;
        labelVi: string;
        labelEn: string;
        actionVi: string;
        actionEn: string;
        amount: number;
        employers: number;
      }>;
    }>;
    references: Array<{ label: string; labelEn: string; asOf: string; ratio: number }>;
    bandReference: { label: string; labelEn: string; asOf: string; ratio: number };
  };
};

export type LatePaymentTrendQueryVariables = Exact<{ [key: string]: never }>;

export type LatePaymentTrendQuery = {
  latePaymentTrend: Array<{ month: string; asOf: string; receivable: number; overdue: number; ratio: number | null }>;
};

export type EmployersInArrearsQueryVariables = Exact<{
  province: string;
  asOf?: string | null | undefined;
  bucket?: ArrearsBucket | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type EmployersInArrearsQuery = {
  employersInArrears: {
    totalCount: number;
    totalOverdue: number;
    edges: Array<{
      cursor: string;
      node: {
        receivable: number;
        overdue: number;
        oldestOverdueMonth: string;
        ageMonths: number;
        bucket: ArrearsBucket;
        actionVi: string;
        actionEn: string;
        employer: {
          id: string;
          name: string;
          district: string;
          ownership: string;
          workers: number;
          synthetic: boolean;
        };
        byBucket: Array<{
          bucket: ArrearsBucket;
          labelVi: string;
          labelEn: string;
          actionVi: string;
          actionEn: string;
          amount: number;
          employers: number;
        }>;
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type NotificationsQueryVariables = Exact<{
  first: number;
  offset: number;
  unreadOnly: boolean;
  language: string;
}>;

export type NotificationsQuery = {
  notifications: {
    totalCount: number;
    unreadCount: number;
    items: Array<{
      id: string;
      kind: AlertKind;
      date: string;
      planId: string | null;
      provinceCode: string | null;
      metric: string | null;
      subject: string;
      body: string;
      link: string;
      raisedAt: string;
      readAt: string | null;
    }>;
  };
};

export type NotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type NotificationCountQuery = { notifications: { unreadCount: number } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string;
}>;

export type MarkNotificationReadMutation = { markNotificationRead: { id: string; readAt: string | null } };

export type CoverageYearsQueryVariables = Exact<{ [key: string]: never }>;

export type CoverageYearsQuery = {
  coverageYears: Array<{ year: number; unitSet: UnitSet; unitCount: number; synthetic: boolean }>;
};

export type CoverageGoalFieldsFragment = {
  kind: CoverageKind;
  year: number;
  ratio: number;
  comparison: GoalComparison;
  text: string;
  textEn: string;
  document: string;
  note: string | null;
};

export type OverviewCoverageQueryVariables = Exact<{
  year: number;
  unitSet: UnitSet;
  rankBy: CoverageKind;
}>;

export type OverviewCoverageQuery = {
  coverage: {
    year: number;
    unitSet: UnitSet;
    storedUnitSet: UnitSet;
    unitCount: number;
    synthetic: boolean;
    sources: Array<string>;
    national: {
      siParticipants: number | null;
      labourForce: number | null;
      siCoverage: number | null;
      siGapToGoal: number | null;
      siMeetsGoal: boolean | null;
      hiParticipants: number | null;
      population: number | null;
      hiCoverage: number | null;
      hiGapToGoal: number | null;
      hiMeetsGoal: boolean | null;
    };
    siGoal: {
      kind: CoverageKind;
      year: number;
      ratio: number;
      comparison: GoalComparison;
      text: string;
      textEn: string;
      document: string;
      note: string | null;
    } | null;
    hiGoal: {
      kind: CoverageKind;
      year: number;
      ratio: number;
      comparison: GoalComparison;
      text: string;
      textEn: string;
      document: string;
      note: string | null;
    } | null;
    goals: Array<{
      kind: CoverageKind;
      year: number;
      ratio: number;
      comparison: GoalComparison;
      text: string;
      textEn: string;
      document: string;
      note: string | null;
    }>;
    references: Array<{
      kind: CoverageKind;
      asOf: string;
      participants: number;
      ratio: number;
      label: string;
      labelEn: string;
      document: string;
    }>;
    provinces: Array<{
      siCoverage: number | null;
      siRank: number | null;
      siGapToGoal: number | null;
      siMeetsGoal: boolean | null;
      hiCoverage: number | null;
      hiRank: number | null;
      hiGapToGoal: number | null;
      hiMeetsGoal: boolean | null;
      province: { code: string; nameVi: string };
    }>;
  };
};

export type OverviewMetricQueryVariables = Exact<{
  planId: string;
  metric: string;
  asOf?: string | null | undefined;
  basis: RankBasis;
  unitSet: UnitSet;
}>;

export type OverviewMetricQuery = {
  attainment: Array<{
    status: AttainmentStatus;
    figure: number | null;
    reference: number;
    ratioToReference: number | null;
    band: StatusBand | null;
    stale: boolean;
    reportDate: string | null;
    rank: number | null;
    actual: number | null;
    target: number | null;
    targetToDate: number | null;
    synthetic: boolean;
    unitCount: number;
    province: { code: string; nameVi: string; region: string; regionEn: string };
  }>;
  nationalAttainmentHistory: Array<{
    asOf: string;
    figure: number | null;
    reference: number;
    band: StatusBand | null;
    actual: number;
    synthetic: boolean;
  }>;
};

export type OverviewScoresQueryVariables = Exact<{
  planId: string;
  asOf?: string | null | undefined;
  unitSet: UnitSet;
}>;

export type OverviewScoresQuery = {
  compositeRanking: {
    asOf: string;
    settings: {
      version: number;
      onTrack: number;
      atRisk: number;
      latePaymentAtRisk: number;
      latePaymentReference: number;
      compositeCap: number;
      weights: Array<{ metric: string; weight: number }>;
    };
    provinces: Array<{
      score: number | null;
      rank: number | null;
      band: StatusBand | null;
      missing: Array<string>;
      stale: Array<string>;
      province: { code: string };
    }>;
  };
};

export type OverviewLatePaymentQueryVariables = Exact<{
  asOf?: string | null | undefined;
  planId?: string | null | undefined;
  unitSet: UnitSet;
}>;

export type OverviewLatePaymentQuery = {
  latePayment: {
    asOf: string;
    ledgerFrom: string;
    ledgerTo: string;
    synthetic: boolean;
    national: { ratio: number | null; band: StatusBand | null };
    provinces: Array<{
      ratio: number | null;
      band: StatusBand | null;
      rank: number | null;
      overdue: number;
      receivable: number;
      province: { code: string };
    }>;
    references: Array<{ label: string; labelEn: string; asOf: string; ratio: number }>;
    bandReference: { label: string; labelEn: string; asOf: string; ratio: number };
  };
};

export type OverviewPendingReportsQueryVariables = Exact<{
  planId: string;
}>;

export type OverviewPendingReportsQuery = { reportSubmissions: { totalCount: number } };

export type PlanSettingsReferenceQueryVariables = Exact<{ [key: string]: never }>;

export type PlanSettingsReferenceQuery = {
  plans: Array<{ id: string; title: string; synthetic: boolean }>;
  metrics: Array<{ key: string; shortLabelVi: string; shortLabelEn: string }>;
};

export type PlanSettingsFieldsFragment = {
  planId: string;
  version: number;
  onTrack: number;
  atRisk: number;
  latePaymentAtRisk: number;
  compositeCap: number;
  latePaymentReference: number;
  setAt: string | null;
  setBy: string | null;
  note: string;
  weights: Array<{ metric: string; weight: number }>;
};

export type PlanSettingsQueryVariables = Exact<{
  planId: string;
}>;

export type PlanSettingsQuery = {
  planSettings: {
    planId: string;
    version: number;
    onTrack: number;
    atRisk: number;
    latePaymentAtRisk: number;
    compositeCap: number;
    latePaymentReference: number;
    setAt: string | null;
    setBy: string | null;
    note: string;
    weights: Array<{ metric: string; weight: number }>;
  };
  planSettingsHistory: Array<{
    planId: string;
    version: number;
    onTrack: number;
    atRisk: number;
    latePaymentAtRisk: number;
    compositeCap: number;
    latePaymentReference: number;
    setAt: string | null;
    setBy: string | null;
    note: string;
    weights: Array<{ metric: string; weight: number }>;
  }>;
};

export type SetPlanSettingsMutationVariables = Exact<{
  planId: string;
  settings: PlanSettingsInput;
}>;

export type SetPlanSettingsMutation = {
  setPlanSettings: {
    planId: string;
    version: number;
    onTrack: number;
    atRisk: number;
    latePaymentAtRisk: number;
    compositeCap: number;
    latePaymentReference: number;
    setAt: string | null;
    setBy: string | null;
    note: string;
    weights: Array<{ metric: string; weight: number }>;
  };
};

export type PlansQueryVariables = Exact<{ [key: string]: never }>;

export type PlansQuery = {
  plans: Array<{
    issuer: string;
    latestVersion: number | null;
    id: string;
    title: string;
    issuingDocument: string;
    issuedOn: string;
    periodStart: string;
    periodEnd: string;
    reportDates: Array<string>;
    latestReportDateWithData: string | null;
    hasSyntheticActuals: boolean;
    unitSet: UnitSet;
    synthetic: boolean;
    versions: Array<{ version: number; contentHash: string; importedAt: string; importedBy: string; source: string }>;
  }>;
  metrics: Array<{
    key: string;
    labelVi: string;
    shortLabelVi: string;
    labelEn: string;
    shortLabelEn: string;
    unit: string;
    unitVi: string;
    higherIsBetter: boolean;
    appendix: string;
  }>;
};

export type ReconciliationFieldsFragment = {
  planId: string;
  version: number;
  cellsChecked: number;
  roundingCount: number;
  errorCount: number;
  findings: Array<{
    metric: string;
    kind: ReconciliationKind;
    publishedName: string;
    month: string | null;
    published: number;
    computed: number;
    difference: number;
    severity: ReconciliationSeverity;
    file: string;
    line: number;
    province: { code: string; nameVi: string } | null;
  }>;
};

export type PlanReconciliationQueryVariables = Exact<{
  planId: string;
  version?: number | null | undefined;
}>;

export type PlanReconciliationQuery = {
  planReconciliation: {
    planId: string;
    version: number;
    cellsChecked: number;
    roundingCount: number;
    errorCount: number;
    findings: Array<{
      metric: string;
      kind: ReconciliationKind;
      publishedName: string;
      month: string | null;
      published: number;
      computed: number;
      difference: number;
      severity: ReconciliationSeverity;
      file: string;
      line: number;
      province: { code: string; nameVi: string } | null;
    }>;
  };
};

export type PlanTargetTotalsQueryVariables = Exact<{
  planId: string;
  version?: number | null | undefined;
}>;

export type PlanTargetTotalsQuery = {
  planTargetTotals: Array<{
    metric: string;
    publishedNationalTotal: number | null;
    provincesTotal: number;
    months: Array<{ month: string; publishedNational: number | null; provinces: number }>;
  }>;
};

export type ImportPlanMutationVariables = Exact<{
  planId?: string | null | undefined;
  files: Array<PlanFileInput> | PlanFileInput;
  dryRun?: boolean | null | undefined;
}>;

export type ImportPlanMutation = {
  importPlan:
    | {
        __typename: 'ImportRefusal';
        reason: string;
        message: string;
        messageVi: string;
        problemCount: number;
        problems: Array<{
          kind: string;
          file: string;
          row: number | null;
          column: string | null;
          columnNumber: number | null;
          value: string | null;
          message: string;
          messageVi: string;
          fix: string;
          fixVi: string;
        }>;
      }
    | {
        __typename: 'PlanImportResult';
        planId: string;
        version: number;
        created: boolean;
        dryRun: boolean;
        reconciliation: {
          planId: string;
          version: number;
          cellsChecked: number;
          roundingCount: number;
          errorCount: number;
          findings: Array<{
            metric: string;
            kind: ReconciliationKind;
            publishedName: string;
            month: string | null;
            published: number;
            computed: number;
            difference: number;
            severity: ReconciliationSeverity;
            file: string;
            line: number;
            province: { code: string; nameVi: string } | null;
          }>;
        };
      };
};

export type ProvinceScorecardQueryVariables = Exact<{
  planId: string;
  province: string;
  asOf?: string | null | undefined;
  unitSet?: UnitSet | null | undefined;
}>;

export type ProvinceScorecardQuery = {
  provinceScorecard: Array<{
    metric: string;
    asOf: string;
    target: number | null;
    targetToDate: number | null;
    actual: number | null;
    reportDate: string | null;
    attainmentToDate: number | null;
    attainmentOfPeriod: number | null;
    timeElapsed: number;
    onTrack: boolean | null;
    requiredPacePerDay: number | null;
    requiredPacePerMonth: number | null;
    projectedAttainment: number | null;
    rank: number | null;
    unitCount: number;
    status: AttainmentStatus;
    synthetic: boolean;
    source: string | null;
    previousReportDate: string | null;
    previousRank: number | null;
    rankChange: number | null;
    basis: RankBasis;
    figure: number | null;
    reference: number;
    ratioToReference: number | null;
    band: StatusBand | null;
    bandLabel: string | null;
    stale: boolean;
    province: { code: string; nameVi: string; nameEn: string; type: string; region: string; regionEn: string };
    pending: { value: number; reportDate: string; submittedAt: string; submissionId: string } | null;
  }>;
  periodProgress: {
    planId: string;
    asOf: string;
    daysInPeriod: number;
    daysElapsed: number;
    daysRemaining: number;
    timeElapsed: number;
  };
};

export type ActualHistoryQueryVariables = Exact<{
  planId: string;
  province: string;
  metric: string;
}>;

export type ActualHistoryQuery = {
  actualHistory: {
    planId: string;
    metric: string;
    target: number | null;
    province: { code: string; nameVi: string; nameEn: string; type: string; region: string; regionEn: string };
    points: Array<{
      reportDate: string;
      cumulativeTarget: number;
      actual: number | null;
      attainmentToDate: number | null;
      revisions: Array<{
        value: number;
        submittedAt: string;
        source: string;
        sourceRow: number | null;
        synthetic: boolean;
        superseded: boolean;
        state: ApprovalState;
        submissionId: string | null;
        submittedBy: string | null;
      }>;
    }>;
  };
};

export type DataQualityWarningsQueryVariables = Exact<{
  planId: string;
  province?: string | null | undefined;
}>;

export type DataQualityWarningsQuery = {
  dataQualityWarnings: Array<{
    kind: string;
    metric: string;
    reportDate: string;
    value: number;
    previousValue: number | null;
    periodTotal: number | null;
    message: string;
    source: string;
    detectedAt: string;
    province: { code: string; nameVi: string; nameEn: string; type: string; region: string; regionEn: string };
  }>;
};

export type ProvinceRankHistoryQueryVariables = Exact<{
  planId: string;
  province: string;
  metric: string;
  asOf?: string | null | undefined;
  unitSet?: UnitSet | null | undefined;
}>;

export type ProvinceRankHistoryQuery = {
  rankHistory: Array<{
    metric: string;
    asOf: string;
    target: number | null;
    targetToDate: number | null;
    actual: number | null;
    attainmentToDate: number | null;
    rank: number | null;
    unitCount: number;
    province: { code: string; nameVi: string; nameEn: string; type: string; region: string; regionEn: string };
  }>;
};

export type PredecessorScorecardQueryVariables = Exact<{
  planId: string;
  asOf?: string | null | undefined;
  provinces: Array<string> | string;
}>;

export type PredecessorScorecardQuery = {
  scorecard: {
    asOf: string;
    metrics: Array<string>;
    rows: Array<{
      province: { code: string; nameVi: string };
      cells: Array<{
        metric: string;
        status: AttainmentStatus;
        attainmentToDate: number | null;
        rank: number | null;
        unitCount: number;
        stale: boolean;
        reportDate: string | null;
      }>;
    }>;
  };
};

export type ProvinceCompositeQueryVariables = Exact<{
  planId: string;
  asOf?: string | null | undefined;
  unitSet?: UnitSet | null | undefined;
}>;

export type ProvinceCompositeQuery = {
  compositeRanking: {
    asOf: string;
    provinces: Array<{
      score: number | null;
      rank: number | null;
      band: StatusBand | null;
      missing: Array<string>;
      province: { code: string };
      parts: Array<{
        metric: string;
        weight: number;
        share: number;
        value: number | null;
        score: number | null;
        missing: boolean;
        leftOut: boolean;
      }>;
    }>;
  };
};

export type ProvinceLatePaymentQueryVariables = Exact<{
  asOf?: string | null | undefined;
  unitSet: UnitSet;
}>;

export type ProvinceLatePaymentQuery = {
  latePayment: {
    asOf: string;
    provinces: Array<{
      ratio: number | null;
      rank: number | null;
      band: StatusBand | null;
      province: { code: string };
    }>;
    bandReference: { label: string; labelEn: string; asOf: string; ratio: number };
  };
};

export type RankingReferenceQueryVariables = Exact<{ [key: string]: never }>;

export type RankingReferenceQuery = {
  plans: Array<{
    id: string;
    title: string;
    issuingDocument: string;
    issuedOn: string;
    periodStart: string;
    periodEnd: string;
    reportDates: Array<string>;
    latestReportDateWithData: string | null;
    hasSyntheticActuals: boolean;
    unitSet: UnitSet;
    synthetic: boolean;
  }>;
  metrics: Array<{
    key: string;
    labelVi: string;
    shortLabelVi: string;
    labelEn: string;
    shortLabelEn: string;
    unit: string;
    unitVi: string;
    higherIsBetter: boolean;
    appendix: string;
  }>;
};

export type RankingQueryVariables = Exact<{
  planId: string;
  metric: string;
  asOf?: string | null | undefined;
  basis?: RankBasis | null | undefined;
  unitSet?: UnitSet | null | undefined;
}>;

export type RankingQuery = {
  ranking: Array<{
    metric: string;
    asOf: string;
    target: number | null;
    targetToDate: number | null;
    actual: number | null;
    reportDate: string | null;
    attainmentToDate: number | null;
    attainmentOfPeriod: number | null;
    timeElapsed: number;
    onTrack: boolean | null;
    requiredPacePerDay: number | null;
    requiredPacePerMonth: number | null;
    projectedAttainment: number | null;
    rank: number | null;
    unitCount: number;
    status: AttainmentStatus;
    synthetic: boolean;
    source: string | null;
    previousReportDate: string | null;
    previousRank: number | null;
    rankChange: number | null;
    basis: RankBasis;
    figure: number | null;
    reference: number;
    ratioToReference: number | null;
    band: StatusBand | null;
    bandLabel: string | null;
    stale: boolean;
    province: { code: string; nameVi: string; nameEn: string; type: string; region: string; regionEn: string };
    pending: { value: number; reportDate: string; submittedAt: string; submissionId: string } | null;
  }>;
  nationalAttainment: {
    metric: string;
    asOf: string;
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
  periodProgress: {
    planId: string;
    asOf: string;
    daysInPeriod: number;
    daysElapsed: number;
    daysRemaining: number;
    timeElapsed: number;
  };
};

export type ReportingStatusQueryVariables = Exact<{
  planId: string;
  reportDate?: string | null | undefined;
}>;

export type ReportingStatusQuery = {
  reportingStatus: {
    planId: string;
    reportDate: string;
    deadline: string;
    provincesReported: number;
    provincesPartial: number;
    provincesNotReported: number;
    provinces: Array<{
      status: ReportStatus;
      metricsReported: number;
      metricsExpected: number;
      lastReportDate: string | null;
      submittedAt: string | null;
      late: boolean;
      province: { code: string; nameVi: string; nameEn: string; type: string; region: string; regionEn: string };
    }>;
  };
};

export type ReportReferenceQueryVariables = Exact<{
  planId: string;
  province: string;
  asOf: string;
  previousAsOf: string;
  hasPrevious: boolean;
}>;

export type ReportReferenceQuery = {
  current: Array<{
    metric: string;
    target: number | null;
    actual: number | null;
    reportDate: string | null;
    synthetic: boolean;
  }>;
  previous?: Array<{ metric: string; actual: number | null; reportDate: string | null; synthetic: boolean }>;
};

export type SubmitReportMutationVariables = Exact<{
  planId: string;
  province: string;
  reportDate: string;
  values: Array<ReportValueInput> | ReportValueInput;
}>;

export type SubmitReportMutation = {
  submitReport:
    | {
        __typename: 'ActualImportResult';
        planId: string;
        rowsStored: number;
        rowsUnchanged: number;
        alreadyImported: boolean;
        submissionId: string | null;
        state: ApprovalState;
        approvalRequired: ApprovalRequirement;
        warnings: Array<{
          kind: string;
          metric: string;
          reportDate: string;
          value: number;
          previousValue: number | null;
          periodTotal: number | null;
          message: string;
          source: string;
          detectedAt: string;
          province: { code: string; nameVi: string; nameEn: string; type: string; region: string; regionEn: string };
        }>;
      }
    | {
        __typename: 'ImportRefusal';
        reason: string;
        message: string;
        messageVi: string;
        problemCount: number;
        problems: Array<{
          kind: string;
          file: string;
          row: number | null;
          column: string | null;
          columnNumber: number | null;
          value: string | null;
          message: string;
          messageVi: string;
          fix: string;
          fixVi: string;
        }>;
      };
};

export type UnitSetProvincesQueryVariables = Exact<{
  unitSet: UnitSet;
}>;

export type UnitSetProvincesQuery = {
  provinces: Array<{
    code: string;
    nameVi: string;
    nameEn: string;
    type: string;
    region: string;
    regionEn: string;
    predecessors: Array<{ code: string; nameVi: string }>;
  }>;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    login: string;
    displayName: string;
    role: Role;
    roleLabel: string;
    via: string;
    permissions: Array<string>;
    home: string;
    mustChangePassword: boolean;
    province: { code: string; nameVi: string } | null;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MetricFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'MetricFields' },
) as unknown as TypedDocumentString<MetricFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'PlanFields' },
) as unknown as TypedDocumentString<PlanFieldsFragment, unknown>;
export const ProvinceFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}
    `,
  { fragmentName: 'ProvinceFields' },
) as unknown as TypedDocumentString<ProvinceFieldsFragment, unknown>;
export const ProvinceAttainmentFieldsFragmentDoc = new TypedDocumentString(
  `
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
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}`,
  { fragmentName: 'ProvinceAttainmentFields' },
) as unknown as TypedDocumentString<ProvinceAttainmentFieldsFragment, unknown>;
export const DataQualityWarningFieldsFragmentDoc = new TypedDocumentString(
  `
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
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}`,
  { fragmentName: 'DataQualityWarningFields' },
) as unknown as TypedDocumentString<DataQualityWarningFieldsFragment, unknown>;
export const LatePaymentReferenceFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment LatePaymentReferenceFields on LatePaymentReference {
  label
  labelEn
  asOf
  ratio
}
    `,
  { fragmentName: 'LatePaymentReferenceFields' },
) as unknown as TypedDocumentString<LatePaymentReferenceFieldsFragment, unknown>;
export const ArrearsBucketFigureFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ArrearsBucketFigureFields on ArrearsBucketFigure {
  bucket
  labelVi
  labelEn
  actionVi
  actionEn
  amount
  employers
}
    `,
  { fragmentName: 'ArrearsBucketFigureFields' },
) as unknown as TypedDocumentString<ArrearsBucketFigureFieldsFragment, unknown>;
export const ImportRefusalFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'ImportRefusalFields' },
) as unknown as TypedDocumentString<ImportRefusalFieldsFragment, unknown>;
export const AccountFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AccountFields on Account {
  login
  displayName
  role
  provinceCode
  kind
  passwordSet
  identityProviderLinked
  disabled
  lockedUntil
  createdAt
  createdBy
}
    `,
  { fragmentName: 'AccountFields' },
) as unknown as TypedDocumentString<AccountFieldsFragment, unknown>;
export const AlertSettingsFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AlertSettingsFields on AlertSettings {
  kinds
  availableKinds
  email
  digest
  language
  emailAvailable
  version
  setAt
}
    `,
  { fragmentName: 'AlertSettingsFields' },
) as unknown as TypedDocumentString<AlertSettingsFieldsFragment, unknown>;
export const AlertThresholdsFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment AlertThresholdsFields on AlertThresholds {
  planId
  version
  rankDrop
  paceMultiple
  latePaymentRatio
  approvalWaitDays
  inherited
  setAt
  setBy
  note
}
    `,
  { fragmentName: 'AlertThresholdsFields' },
) as unknown as TypedDocumentString<AlertThresholdsFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ApiTokenFields on ApiToken {
  id
  label
  role
  provinceCode
  accountLogin
  createdAt
  createdBy
  expiresAt
  revokedAt
  active
}
    `,
  { fragmentName: 'ApiTokenFields' },
) as unknown as TypedDocumentString<ApiTokenFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment DecisionFields on ReportSubmission {
  id
  state
  decidedAt
  decidedBy
  reason
}
    `,
  { fragmentName: 'DecisionFields' },
) as unknown as TypedDocumentString<DecisionFieldsFragment, unknown>;
export const ComplianceCaseRowFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ComplianceCaseRowFields on ComplianceCase {
  id
  taxCode
  employerName
  district
  listKind
  workers
  synthetic
  province {
    code
    nameVi
  }
  next {
    step
    from
    deadline
    overdue
  }
  outcome {
    kind
    on
  }
  arrears {
    overdue
  }
}
    `,
  { fragmentName: 'ComplianceCaseRowFields' },
) as unknown as TypedDocumentString<ComplianceCaseRowFieldsFragment, unknown>;
export const ComplianceCaseFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ComplianceCaseFields on ComplianceCase {
  id
  taxCode
  employerName
  address
  district
  listKind
  workers
  listings
  openedOn
  synthetic
  province {
    code
    nameVi
  }
  next {
    step
    from
    deadline
    overdue
  }
  steps {
    step
    on
    form
    document
    deadline
    daysLate
  }
  outcome {
    kind
    on
    workersRegistered
    contributionRecovered
    document
  }
  arrears {
    employerId
    overdue
    bucket
    oldestOverdueMonth
  }
}
    `,
  { fragmentName: 'ComplianceCaseFields' },
) as unknown as TypedDocumentString<ComplianceCaseFieldsFragment, unknown>;
export const Report08ktFiguresFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment Report08ktFiguresFields on Report08ktFigures {
  employersListed
  workersListed
  noticesSent
  conferencesHeld
  employersAtConferences
  inspectionsDone
  specialisedInspections
  policeReferrals
  employersRegistered
  workersRegistered
  contributionRecovered
}
    `,
  { fragmentName: 'Report08ktFiguresFields' },
) as unknown as TypedDocumentString<Report08ktFiguresFieldsFragment, unknown>;
export const CoverageGoalFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment CoverageGoalFields on CoverageGoal {
  kind
  year
  ratio
  comparison
  text
  textEn
  document
  note
}
    `,
  { fragmentName: 'CoverageGoalFields' },
) as unknown as TypedDocumentString<CoverageGoalFieldsFragment, unknown>;
export const PlanSettingsFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PlanSettingsFields on PlanSettings {
  planId
  version
  onTrack
  atRisk
  latePaymentAtRisk
  compositeCap
  latePaymentReference
  weights {
    metric
    weight
  }
  setAt
  setBy
  note
}
    `,
  { fragmentName: 'PlanSettingsFields' },
) as unknown as TypedDocumentString<PlanSettingsFieldsFragment, unknown>;
export const ReconciliationFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ReconciliationFields on PlanReconciliation {
  planId
  version
  cellsChecked
  roundingCount
  errorCount
  findings {
    metric
    kind
    province {
      code
      nameVi
    }
    publishedName
    month
    published
    computed
    difference
    severity
    file
    line
  }
}
    `,
  { fragmentName: 'ReconciliationFields' },
) as unknown as TypedDocumentString<ReconciliationFieldsFragment, unknown>;
export const CatalogueDocument = new TypedDocumentString(`
    query Catalogue {
  plans {
    ...PlanFields
  }
  metrics {
    ...MetricFields
  }
  provinces {
    ...ProvinceFields
  }
}
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}
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
}`) as unknown as TypedDocumentString<CatalogueQuery, CatalogueQueryVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts {
  accounts {
    ...AccountFields
  }
  provinces {
    code
    nameVi
  }
}
    fragment AccountFields on Account {
  login
  displayName
  role
  provinceCode
  kind
  passwordSet
  identityProviderLinked
  disabled
  lockedUntil
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const CreateAccountDocument = new TypedDocumentString(`
    mutation CreateAccount($login: String!, $displayName: String!, $role: Role!, $provinceCode: String) {
  createAccount(
    login: $login
    displayName: $displayName
    role: $role
    provinceCode: $provinceCode
  ) {
    account {
      ...AccountFields
    }
    signInLink
    linkExpiresAt
  }
}
    fragment AccountFields on Account {
  login
  displayName
  role
  provinceCode
  kind
  passwordSet
  identityProviderLinked
  disabled
  lockedUntil
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = new TypedDocumentString(`
    mutation UpdateAccount($login: String!, $displayName: String, $role: Role, $provinceCode: String, $disabled: Boolean) {
  updateAccount(
    login: $login
    displayName: $displayName
    role: $role
    provinceCode: $provinceCode
    disabled: $disabled
  ) {
    ...AccountFields
  }
}
    fragment AccountFields on Account {
  login
  displayName
  role
  provinceCode
  kind
  passwordSet
  identityProviderLinked
  disabled
  lockedUntil
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($login: String!) {
  resetPassword(login: $login) {
    account {
      ...AccountFields
    }
    signInLink
    linkExpiresAt
  }
}
    fragment AccountFields on Account {
  login
  displayName
  role
  provinceCode
  kind
  passwordSet
  identityProviderLinked
  disabled
  lockedUntil
  createdAt
  createdBy
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const MyAlertSettingsDocument = new TypedDocumentString(`
    query MyAlertSettings {
  myAlertSettings {
    ...AlertSettingsFields
  }
}
    fragment AlertSettingsFields on AlertSettings {
  kinds
  availableKinds
  email
  digest
  language
  emailAvailable
  version
  setAt
}`) as unknown as TypedDocumentString<MyAlertSettingsQuery, MyAlertSettingsQueryVariables>;
export const SetMyAlertSettingsDocument = new TypedDocumentString(`
    mutation SetMyAlertSettings($kinds: [AlertKind!]!, $digest: DigestChoice!, $email: String, $language: String!) {
  setMyAlertSettings(
    kinds: $kinds
    digest: $digest
    email: $email
    language: $language
  ) {
    ...AlertSettingsFields
  }
}
    fragment AlertSettingsFields on AlertSettings {
  kinds
  availableKinds
  email
  digest
  language
  emailAvailable
  version
  setAt
}`) as unknown as TypedDocumentString<SetMyAlertSettingsMutation, SetMyAlertSettingsMutationVariables>;
export const AlertThresholdsDocument = new TypedDocumentString(`
    query AlertThresholds($planId: String) {
  alertThresholds(planId: $planId) {
    ...AlertThresholdsFields
  }
  alertThresholdHistory(planId: $planId) {
    version
    rankDrop
    paceMultiple
    latePaymentRatio
    approvalWaitDays
    setAt
    setBy
    note
  }
}
    fragment AlertThresholdsFields on AlertThresholds {
  planId
  version
  rankDrop
  paceMultiple
  latePaymentRatio
  approvalWaitDays
  inherited
  setAt
  setBy
  note
}`) as unknown as TypedDocumentString<AlertThresholdsQuery, AlertThresholdsQueryVariables>;
export const SetAlertThresholdsDocument = new TypedDocumentString(`
    mutation SetAlertThresholds($note: String!, $planId: String, $rankDrop: Int, $paceMultiple: Float, $latePaymentRatio: Float, $approvalWaitDays: Int) {
  setAlertThresholds(
    note: $note
    planId: $planId
    rankDrop: $rankDrop
    paceMultiple: $paceMultiple
    latePaymentRatio: $latePaymentRatio
    approvalWaitDays: $approvalWaitDays
  ) {
    ...AlertThresholdsFields
  }
}
    fragment AlertThresholdsFields on AlertThresholds {
  planId
  version
  rankDrop
  paceMultiple
  latePaymentRatio
  approvalWaitDays
  inherited
  setAt
  setBy
  note
}`) as unknown as TypedDocumentString<SetAlertThresholdsMutation, SetAlertThresholdsMutationVariables>;
export const AlertMessagesDocument = new TypedDocumentString(`
    query AlertMessages($first: Int!, $offset: Int!) {
  alertMessages(first: $first, offset: $offset) {
    id
    channel
    recipient
    address
    slot
    subject
    alertCount
    state
    stateAt
    detail
    attempts
  }
}
    `) as unknown as TypedDocumentString<AlertMessagesQuery, AlertMessagesQueryVariables>;
export const ApiTokensDocument = new TypedDocumentString(`
    query ApiTokens($all: Boolean!) {
  apiTokens(all: $all) {
    ...ApiTokenFields
  }
  provinces {
    code
    nameVi
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  label
  role
  provinceCode
  accountLogin
  createdAt
  createdBy
  expiresAt
  revokedAt
  active
}`) as unknown as TypedDocumentString<ApiTokensQuery, ApiTokensQueryVariables>;
export const TokenAccountsDocument = new TypedDocumentString(`
    query TokenAccounts {
  accounts {
    login
    displayName
    role
    provinceCode
    disabled
  }
}
    `) as unknown as TypedDocumentString<TokenAccountsQuery, TokenAccountsQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($label: String!, $expiresInDays: Int, $role: Role, $provinceCode: String, $forLogin: String) {
  createApiToken(
    label: $label
    expiresInDays: $expiresInDays
    role: $role
    provinceCode: $provinceCode
    forLogin: $forLogin
  ) {
    token
    apiToken {
      ...ApiTokenFields
    }
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  label
  role
  provinceCode
  accountLogin
  createdAt
  createdBy
  expiresAt
  revokedAt
  active
}`) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($id: String!) {
  revokeApiToken(id: $id) {
    ...ApiTokenFields
  }
}
    fragment ApiTokenFields on ApiToken {
  id
  label
  role
  provinceCode
  accountLogin
  createdAt
  createdBy
  expiresAt
  revokedAt
  active
}`) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const ReportSubmissionsDocument = new TypedDocumentString(`
    query ReportSubmissions($planId: String!, $state: ApprovalState, $province: String, $first: Int!) {
  reportSubmissions(
    planId: $planId
    state: $state
    province: $province
    first: $first
  ) {
    edges {
      node {
        id
        planId
        province {
          code
          nameVi
        }
        source
        submittedAt
        submittedBy
        submittedByRole
        state
        approvalRequired
        decidedAt
        decidedBy
        reason
        canDecide
        figures {
          provinceCode
          metric
          reportDate
          value
        }
        warnings {
          ...DataQualityWarningFields
        }
      }
    }
  }
}
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}
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
}`) as unknown as TypedDocumentString<ReportSubmissionsQuery, ReportSubmissionsQueryVariables>;
export const ApproveReportDocument = new TypedDocumentString(`
    mutation ApproveReport($id: ID!) {
  approveReport(id: $id) {
    ...DecisionFields
  }
}
    fragment DecisionFields on ReportSubmission {
  id
  state
  decidedAt
  decidedBy
  reason
}`) as unknown as TypedDocumentString<ApproveReportMutation, ApproveReportMutationVariables>;
export const RejectReportDocument = new TypedDocumentString(`
    mutation RejectReport($id: ID!, $reason: String!) {
  rejectReport(id: $id, reason: $reason) {
    ...DecisionFields
  }
}
    fragment DecisionFields on ReportSubmission {
  id
  state
  decidedAt
  decidedBy
  reason
}`) as unknown as TypedDocumentString<RejectReportMutation, RejectReportMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($first: Int!, $after: String, $action: String, $actor: String) {
  auditLog(first: $first, after: $after, action: $action, actor: $actor) {
    edges {
      node {
        id
        at
        actor
        actorRole
        via
        origin
        action
        target
        outcome
        detail
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const ComplianceDataRangeDocument = new TypedDocumentString(`
    query ComplianceDataRange {
  complianceDataRange {
    from
    to
  }
}
    `) as unknown as TypedDocumentString<ComplianceDataRangeQuery, ComplianceDataRangeQueryVariables>;
export const ComplianceFunnelDocument = new TypedDocumentString(`
    query ComplianceFunnel($asOf: LocalDate!, $province: String) {
  complianceFunnel(asOf: $asOf, province: $province) {
    asOf
    province {
      code
      nameVi
    }
    cases
    overdue
    registered
    partlyRegistered
    closed
    workersRegistered
    shouldBeInspected
    synthetic
    steps {
      step
      form
      reached
      conversion
      medianDays
      doneInWindow
    }
    window {
      from
      to
      casesOpened
      conferencesHeld
      registered
      partlyRegistered
      closed
      contributionRecovered
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceFunnelQuery, ComplianceFunnelQueryVariables>;
export const ComplianceCasesDocument = new TypedDocumentString(`
    query ComplianceCases($asOf: LocalDate!, $province: String, $overdueOnly: Boolean!, $waitingFor: ComplianceStep, $open: Boolean, $search: String, $dueBy: LocalDate, $first: Int!, $after: String) {
  complianceCases(
    asOf: $asOf
    province: $province
    overdueOnly: $overdueOnly
    waitingFor: $waitingFor
    open: $open
    search: $search
    dueBy: $dueBy
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      cursor
      node {
        ...ComplianceCaseRowFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ComplianceCaseRowFields on ComplianceCase {
  id
  taxCode
  employerName
  district
  listKind
  workers
  synthetic
  province {
    code
    nameVi
  }
  next {
    step
    from
    deadline
    overdue
  }
  outcome {
    kind
    on
  }
  arrears {
    overdue
  }
}`) as unknown as TypedDocumentString<ComplianceCasesQuery, ComplianceCasesQueryVariables>;
export const ComplianceCaseDocument = new TypedDocumentString(`
    query ComplianceCase($id: ID!, $asOf: LocalDate) {
  complianceCase(id: $id, asOf: $asOf) {
    ...ComplianceCaseFields
  }
}
    fragment ComplianceCaseFields on ComplianceCase {
  id
  taxCode
  employerName
  address
  district
  listKind
  workers
  listings
  openedOn
  synthetic
  province {
    code
    nameVi
  }
  next {
    step
    from
    deadline
    overdue
  }
  steps {
    step
    on
    form
    document
    deadline
    daysLate
  }
  outcome {
    kind
    on
    workersRegistered
    contributionRecovered
    document
  }
  arrears {
    employerId
    overdue
    bucket
    oldestOverdueMonth
  }
}`) as unknown as TypedDocumentString<ComplianceCaseQuery, ComplianceCaseQueryVariables>;
export const RecordComplianceStepDocument = new TypedDocumentString(`
    mutation RecordComplianceStep($caseId: ID!, $step: ComplianceStep!, $on: LocalDate!, $document: String) {
  recordComplianceStep(caseId: $caseId, step: $step, on: $on, document: $document) {
    ...ComplianceCaseFields
  }
}
    fragment ComplianceCaseFields on ComplianceCase {
  id
  taxCode
  employerName
  address
  district
  listKind
  workers
  listings
  openedOn
  synthetic
  province {
    code
    nameVi
  }
  next {
    step
    from
    deadline
    overdue
  }
  steps {
    step
    on
    form
    document
    deadline
    daysLate
  }
  outcome {
    kind
    on
    workersRegistered
    contributionRecovered
    document
  }
  arrears {
    employerId
    overdue
    bucket
    oldestOverdueMonth
  }
}`) as unknown as TypedDocumentString<RecordComplianceStepMutation, RecordComplianceStepMutationVariables>;
export const RecordComplianceOutcomeDocument = new TypedDocumentString(`
    mutation RecordComplianceOutcome($caseId: ID!, $outcome: ComplianceOutcome!, $on: LocalDate!, $workersRegistered: Int!, $contributionRecovered: Float!, $document: String) {
  recordComplianceOutcome(
    caseId: $caseId
    outcome: $outcome
    on: $on
    workersRegistered: $workersRegistered
    contributionRecovered: $contributionRecovered
    document: $document
  ) {
    ...ComplianceCaseFields
  }
}
    fragment ComplianceCaseFields on ComplianceCase {
  id
  taxCode
  employerName
  address
  district
  listKind
  workers
  listings
  openedOn
  synthetic
  province {
    code
    nameVi
  }
  next {
    step
    from
    deadline
    overdue
  }
  steps {
    step
    on
    form
    document
    deadline
    daysLate
  }
  outcome {
    kind
    on
    workersRegistered
    contributionRecovered
    document
  }
  arrears {
    employerId
    overdue
    bucket
    oldestOverdueMonth
  }
}`) as unknown as TypedDocumentString<RecordComplianceOutcomeMutation, RecordComplianceOutcomeMutationVariables>;
export const EmployersToInspectDocument = new TypedDocumentString(`
    query EmployersToInspect($province: String!, $asOf: LocalDate, $first: Int!, $after: String) {
  employersInArrears(
    province: $province
    asOf: $asOf
    toInspect: true
    first: $first
    after: $after
  ) {
    totalCount
    totalOverdue
    edges {
      cursor
      node {
        employer {
          id
          taxCode
          name
          district
          synthetic
        }
        overdue
        oldestOverdueMonth
        ageMonths
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<EmployersToInspectQuery, EmployersToInspectQueryVariables>;
export const ComplianceReport08Document = new TypedDocumentString(`
    query ComplianceReport08($reportDate: LocalDate!, $province: String) {
  complianceReport08(reportDate: $reportDate, province: $province) {
    from
    reportDate
    yearFrom
    synthetic
    rows {
      province {
        code
        nameVi
      }
      overdue
      period {
        ...Report08ktFiguresFields
      }
      yearToDate {
        ...Report08ktFiguresFields
      }
    }
  }
}
    fragment Report08ktFiguresFields on Report08ktFigures {
  employersListed
  workersListed
  noticesSent
  conferencesHeld
  employersAtConferences
  inspectionsDone
  specialisedInspections
  policeReferrals
  employersRegistered
  workersRegistered
  contributionRecovered
}`) as unknown as TypedDocumentString<ComplianceReport08Query, ComplianceReport08QueryVariables>;
export const ComplianceReportOfferDocument = new TypedDocumentString(`
    query ComplianceReportOffer($planId: String!, $province: String!, $reportDate: LocalDate!) {
  complianceReportOffer(
    planId: $planId
    province: $province
    reportDate: $reportDate
  ) {
    planId
    from
    reportDate
    synthetic
    province {
      code
    }
    values {
      metric
      value
    }
  }
}
    `) as unknown as TypedDocumentString<ComplianceReportOfferQuery, ComplianceReportOfferQueryVariables>;
export const ImportComplianceListDocument = new TypedDocumentString(`
    mutation ImportComplianceList($files: [PlanFileInput!]!, $kind: ComplianceListKind!, $receivedOn: LocalDate!, $enteredOn: LocalDate) {
  importComplianceList(
    files: $files
    kind: $kind
    receivedOn: $receivedOn
    enteredOn: $enteredOn
  ) {
    __typename
    ... on ComplianceListImportResult {
      rows
      casesOpened
      casesContinued
      caseIds
    }
    ... on ImportRefusal {
      ...ImportRefusalFields
    }
  }
}
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
}`) as unknown as TypedDocumentString<ImportComplianceListMutation, ImportComplianceListMutationVariables>;
export const ImportComplianceStepsDocument = new TypedDocumentString(`
    mutation ImportComplianceSteps($files: [PlanFileInput!]!) {
  importComplianceSteps(files: $files) {
    __typename
    ... on ComplianceStepsImportResult {
      steps
      outcomes
      cases
    }
    ... on ImportRefusal {
      ...ImportRefusalFields
    }
  }
}
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
}`) as unknown as TypedDocumentString<ImportComplianceStepsMutation, ImportComplianceStepsMutationVariables>;
export const LatePaymentDocument = new TypedDocumentString(`
    query LatePayment($asOf: LocalDate, $unitSet: UnitSet!) {
  latePayment(asOf: $asOf, unitSet: $unitSet) {
    asOf
    previousAsOf
    ledgerFrom
    ledgerTo
    ledgerUnitSet
    unitSet
    synthetic
    national {
      receivable
      overdue
      ratio
      band
      bandLabel
      employers
      employersInArrears
      buckets {
        ...ArrearsBucketFigureFields
      }
    }
    provinces {
      province {
        ...ProvinceFields
        predecessors {
          code
          nameVi
        }
      }
      rank
      previousRank
      rankChange
      receivable
      overdue
      ratio
      band
      bandLabel
      employers
      employersInArrears
      buckets {
        ...ArrearsBucketFigureFields
      }
    }
    references {
      ...LatePaymentReferenceFields
    }
    bandReference {
      ...LatePaymentReferenceFields
    }
  }
}
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}
fragment LatePaymentReferenceFields on LatePaymentReference {
  label
  labelEn
  asOf
  ratio
}
fragment ArrearsBucketFigureFields on ArrearsBucketFigure {
  bucket
  labelVi
  labelEn
  actionVi
  actionEn
  amount
  employers
}`) as unknown as TypedDocumentString<LatePaymentQuery, LatePaymentQueryVariables>;
export const LatePaymentTrendDocument = new TypedDocumentString(`
    query LatePaymentTrend {
  latePaymentTrend {
    month
    asOf
    receivable
    overdue
    ratio
  }
}
    `) as unknown as TypedDocumentString<LatePaymentTrendQuery, LatePaymentTrendQueryVariables>;
export const EmployersInArrearsDocument = new TypedDocumentString(`
    query EmployersInArrears($province: String!, $asOf: LocalDate, $bucket: ArrearsBucket, $first: Int!, $after: String) {
  employersInArrears(
    province: $province
    asOf: $asOf
    bucket: $bucket
    first: $first
    after: $after
  ) {
    totalCount
    totalOverdue
    edges {
      cursor
      node {
        employer {
          id
          name
          district
          ownership
          workers
          synthetic
        }
        receivable
        overdue
        oldestOverdueMonth
        ageMonths
        bucket
        actionVi
        actionEn
        byBucket {
          ...ArrearsBucketFigureFields
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ArrearsBucketFigureFields on ArrearsBucketFigure {
  bucket
  labelVi
  labelEn
  actionVi
  actionEn
  amount
  employers
}`) as unknown as TypedDocumentString<EmployersInArrearsQuery, EmployersInArrearsQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int!, $offset: Int!, $unreadOnly: Boolean!, $language: String!) {
  notifications(
    first: $first
    offset: $offset
    unreadOnly: $unreadOnly
    language: $language
  ) {
    totalCount
    unreadCount
    items {
      id
      kind
      date
      planId
      provinceCode
      metric
      subject
      body
      link
      raisedAt
      readAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationCountDocument = new TypedDocumentString(`
    query NotificationCount {
  notifications(first: 1) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<NotificationCountQuery, NotificationCountQueryVariables>;
export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: String!) {
  markNotificationRead(id: $id) {
    id
    readAt
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const CoverageYearsDocument = new TypedDocumentString(`
    query CoverageYears {
  coverageYears {
    year
    unitSet
    unitCount
    synthetic
  }
}
    `) as unknown as TypedDocumentString<CoverageYearsQuery, CoverageYearsQueryVariables>;
export const OverviewCoverageDocument = new TypedDocumentString(`
    query OverviewCoverage($year: Int!, $unitSet: UnitSet!, $rankBy: CoverageKind!) {
  coverage(year: $year, unitSet: $unitSet, rankBy: $rankBy) {
    year
    unitSet
    storedUnitSet
    unitCount
    synthetic
    sources
    national {
      siParticipants
      labourForce
      siCoverage
      siGapToGoal
      siMeetsGoal
      hiParticipants
      population
      hiCoverage
      hiGapToGoal
      hiMeetsGoal
    }
    siGoal {
      ...CoverageGoalFields
    }
    hiGoal {
      ...CoverageGoalFields
    }
    goals {
      ...CoverageGoalFields
    }
    references {
      kind
      asOf
      participants
      ratio
      label
      labelEn
      document
    }
    provinces {
      province {
        code
        nameVi
      }
      siCoverage
      siRank
      siGapToGoal
      siMeetsGoal
      hiCoverage
      hiRank
      hiGapToGoal
      hiMeetsGoal
    }
  }
}
    fragment CoverageGoalFields on CoverageGoal {
  kind
  year
  ratio
  comparison
  text
  textEn
  document
  note
}`) as unknown as TypedDocumentString<OverviewCoverageQuery, OverviewCoverageQueryVariables>;
export const OverviewMetricDocument = new TypedDocumentString(`
    query OverviewMetric($planId: String!, $metric: String!, $asOf: LocalDate, $basis: RankBasis!, $unitSet: UnitSet!) {
  attainment(
    planId: $planId
    metric: $metric
    asOf: $asOf
    basis: $basis
    unitSet: $unitSet
  ) {
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
    unitCount
  }
  nationalAttainmentHistory(
    planId: $planId
    metric: $metric
    asOf: $asOf
    basis: $basis
  ) {
    asOf
    figure
    reference
    band
    actual
    synthetic
  }
}
    `) as unknown as TypedDocumentString<OverviewMetricQuery, OverviewMetricQueryVariables>;
export const OverviewScoresDocument = new TypedDocumentString(`
    query OverviewScores($planId: String!, $asOf: LocalDate, $unitSet: UnitSet!) {
  compositeRanking(planId: $planId, asOf: $asOf, unitSet: $unitSet) {
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
    `) as unknown as TypedDocumentString<OverviewScoresQuery, OverviewScoresQueryVariables>;
export const OverviewLatePaymentDocument = new TypedDocumentString(`
    query OverviewLatePayment($asOf: LocalDate, $planId: String, $unitSet: UnitSet!) {
  latePayment(asOf: $asOf, planId: $planId, unitSet: $unitSet) {
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
    references {
      ...LatePaymentReferenceFields
    }
    bandReference {
      ...LatePaymentReferenceFields
    }
  }
}
    fragment LatePaymentReferenceFields on LatePaymentReference {
  label
  labelEn
  asOf
  ratio
}`) as unknown as TypedDocumentString<OverviewLatePaymentQuery, OverviewLatePaymentQueryVariables>;
export const OverviewPendingReportsDocument = new TypedDocumentString(`
    query OverviewPendingReports($planId: String!) {
  reportSubmissions(planId: $planId, state: PENDING, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<OverviewPendingReportsQuery, OverviewPendingReportsQueryVariables>;
export const PlanSettingsReferenceDocument = new TypedDocumentString(`
    query PlanSettingsReference {
  plans {
    id
    title
    synthetic
  }
  metrics {
    key
    shortLabelVi
    shortLabelEn
  }
}
    `) as unknown as TypedDocumentString<PlanSettingsReferenceQuery, PlanSettingsReferenceQueryVariables>;
export const PlanSettingsDocument = new TypedDocumentString(`
    query PlanSettings($planId: String!) {
  planSettings(planId: $planId) {
    ...PlanSettingsFields
  }
  planSettingsHistory(planId: $planId) {
    ...PlanSettingsFields
  }
}
    fragment PlanSettingsFields on PlanSettings {
  planId
  version
  onTrack
  atRisk
  latePaymentAtRisk
  compositeCap
  latePaymentReference
  weights {
    metric
    weight
  }
  setAt
  setBy
  note
}`) as unknown as TypedDocumentString<PlanSettingsQuery, PlanSettingsQueryVariables>;
export const SetPlanSettingsDocument = new TypedDocumentString(`
    mutation SetPlanSettings($planId: String!, $settings: PlanSettingsInput!) {
  setPlanSettings(planId: $planId, settings: $settings) {
    ...PlanSettingsFields
  }
}
    fragment PlanSettingsFields on PlanSettings {
  planId
  version
  onTrack
  atRisk
  latePaymentAtRisk
  compositeCap
  latePaymentReference
  weights {
    metric
    weight
  }
  setAt
  setBy
  note
}`) as unknown as TypedDocumentString<SetPlanSettingsMutation, SetPlanSettingsMutationVariables>;
export const PlansDocument = new TypedDocumentString(`
    query Plans {
  plans {
    ...PlanFields
    issuer
    latestVersion
    versions {
      version
      contentHash
      importedAt
      importedBy
      source
    }
  }
  metrics {
    ...MetricFields
  }
}
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
}`) as unknown as TypedDocumentString<PlansQuery, PlansQueryVariables>;
export const PlanReconciliationDocument = new TypedDocumentString(`
    query PlanReconciliation($planId: String!, $version: Int) {
  planReconciliation(planId: $planId, version: $version) {
    ...ReconciliationFields
  }
}
    fragment ReconciliationFields on PlanReconciliation {
  planId
  version
  cellsChecked
  roundingCount
  errorCount
  findings {
    metric
    kind
    province {
      code
      nameVi
    }
    publishedName
    month
    published
    computed
    difference
    severity
    file
    line
  }
}`) as unknown as TypedDocumentString<PlanReconciliationQuery, PlanReconciliationQueryVariables>;
export const PlanTargetTotalsDocument = new TypedDocumentString(`
    query PlanTargetTotals($planId: String!, $version: Int) {
  planTargetTotals(planId: $planId, version: $version) {
    metric
    publishedNationalTotal
    provincesTotal
    months {
      month
      publishedNational
      provinces
    }
  }
}
    `) as unknown as TypedDocumentString<PlanTargetTotalsQuery, PlanTargetTotalsQueryVariables>;
export const ImportPlanDocument = new TypedDocumentString(`
    mutation ImportPlan($planId: String, $files: [PlanFileInput!]!, $dryRun: Boolean) {
  importPlan(planId: $planId, files: $files, dryRun: $dryRun) {
    __typename
    ... on PlanImportResult {
      planId
      version
      created
      dryRun
      reconciliation {
        ...ReconciliationFields
      }
    }
    ... on ImportRefusal {
      ...ImportRefusalFields
    }
  }
}
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
fragment ReconciliationFields on PlanReconciliation {
  planId
  version
  cellsChecked
  roundingCount
  errorCount
  findings {
    metric
    kind
    province {
      code
      nameVi
    }
    publishedName
    month
    published
    computed
    difference
    severity
    file
    line
  }
}`) as unknown as TypedDocumentString<ImportPlanMutation, ImportPlanMutationVariables>;
export const ProvinceScorecardDocument = new TypedDocumentString(`
    query ProvinceScorecard($planId: String!, $province: String!, $asOf: LocalDate, $unitSet: UnitSet) {
  provinceScorecard(
    planId: $planId
    province: $province
    asOf: $asOf
    unitSet: $unitSet
  ) {
    ...ProvinceAttainmentFields
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
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}
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
}`) as unknown as TypedDocumentString<ProvinceScorecardQuery, ProvinceScorecardQueryVariables>;
export const ActualHistoryDocument = new TypedDocumentString(`
    query ActualHistory($planId: String!, $province: String!, $metric: String!) {
  actualHistory(planId: $planId, province: $province, metric: $metric) {
    planId
    province {
      ...ProvinceFields
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
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}`) as unknown as TypedDocumentString<ActualHistoryQuery, ActualHistoryQueryVariables>;
export const DataQualityWarningsDocument = new TypedDocumentString(`
    query DataQualityWarnings($planId: String!, $province: String) {
  dataQualityWarnings(planId: $planId, province: $province) {
    ...DataQualityWarningFields
  }
}
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}
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
}`) as unknown as TypedDocumentString<DataQualityWarningsQuery, DataQualityWarningsQueryVariables>;
export const ProvinceRankHistoryDocument = new TypedDocumentString(`
    query ProvinceRankHistory($planId: String!, $province: String!, $metric: String!, $asOf: LocalDate, $unitSet: UnitSet) {
  rankHistory(
    planId: $planId
    province: $province
    metric: $metric
    asOf: $asOf
    unitSet: $unitSet
  ) {
    province {
      ...ProvinceFields
    }
    metric
    asOf
    target
    targetToDate
    actual
    attainmentToDate
    rank
    unitCount
  }
}
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}`) as unknown as TypedDocumentString<ProvinceRankHistoryQuery, ProvinceRankHistoryQueryVariables>;
export const PredecessorScorecardDocument = new TypedDocumentString(`
    query PredecessorScorecard($planId: String!, $asOf: LocalDate, $provinces: [String!]!) {
  scorecard(planId: $planId, asOf: $asOf, provinces: $provinces, unitSet: VN63) {
    asOf
    metrics
    rows {
      province {
        code
        nameVi
      }
      cells {
        metric
        status
        attainmentToDate
        rank
        unitCount
        stale
        reportDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PredecessorScorecardQuery, PredecessorScorecardQueryVariables>;
export const ProvinceCompositeDocument = new TypedDocumentString(`
    query ProvinceComposite($planId: String!, $asOf: LocalDate, $unitSet: UnitSet) {
  compositeRanking(planId: $planId, asOf: $asOf, unitSet: $unitSet) {
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
    `) as unknown as TypedDocumentString<ProvinceCompositeQuery, ProvinceCompositeQueryVariables>;
export const ProvinceLatePaymentDocument = new TypedDocumentString(`
    query ProvinceLatePayment($asOf: LocalDate, $unitSet: UnitSet!) {
  latePayment(asOf: $asOf, unitSet: $unitSet) {
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
      ...LatePaymentReferenceFields
    }
  }
}
    fragment LatePaymentReferenceFields on LatePaymentReference {
  label
  labelEn
  asOf
  ratio
}`) as unknown as TypedDocumentString<ProvinceLatePaymentQuery, ProvinceLatePaymentQueryVariables>;
export const RankingReferenceDocument = new TypedDocumentString(`
    query RankingReference {
  plans {
    ...PlanFields
  }
  metrics {
    ...MetricFields
  }
}
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
}`) as unknown as TypedDocumentString<RankingReferenceQuery, RankingReferenceQueryVariables>;
export const RankingDocument = new TypedDocumentString(`
    query Ranking($planId: String!, $metric: String!, $asOf: LocalDate, $basis: RankBasis, $unitSet: UnitSet) {
  ranking(
    planId: $planId
    metric: $metric
    asOf: $asOf
    basis: $basis
    unitSet: $unitSet
  ) {
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
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}
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
}`) as unknown as TypedDocumentString<RankingQuery, RankingQueryVariables>;
export const ReportingStatusDocument = new TypedDocumentString(`
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
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}`) as unknown as TypedDocumentString<ReportingStatusQuery, ReportingStatusQueryVariables>;
export const ReportReferenceDocument = new TypedDocumentString(`
    query ReportReference($planId: String!, $province: String!, $asOf: LocalDate!, $previousAsOf: LocalDate!, $hasPrevious: Boolean!) {
  current: provinceScorecard(planId: $planId, province: $province, asOf: $asOf) {
    metric
    target
    actual
    reportDate
    synthetic
  }
  previous: provinceScorecard(
    planId: $planId
    province: $province
    asOf: $previousAsOf
  ) @include(if: $hasPrevious) {
    metric
    actual
    reportDate
    synthetic
  }
}
    `) as unknown as TypedDocumentString<ReportReferenceQuery, ReportReferenceQueryVariables>;
export const SubmitReportDocument = new TypedDocumentString(`
    mutation SubmitReport($planId: String!, $province: String!, $reportDate: LocalDate!, $values: [ReportValueInput!]!) {
  submitReport(
    planId: $planId
    province: $province
    reportDate: $reportDate
    values: $values
  ) {
    __typename
    ... on ActualImportResult {
      planId
      rowsStored
      rowsUnchanged
      alreadyImported
      submissionId
      state
      approvalRequired
      warnings {
        ...DataQualityWarningFields
      }
    }
    ... on ImportRefusal {
      ...ImportRefusalFields
    }
  }
}
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}
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
}`) as unknown as TypedDocumentString<SubmitReportMutation, SubmitReportMutationVariables>;
export const UnitSetProvincesDocument = new TypedDocumentString(`
    query UnitSetProvinces($unitSet: UnitSet!) {
  provinces(unitSet: $unitSet) {
    ...ProvinceFields
    predecessors {
      code
      nameVi
    }
  }
}
    fragment ProvinceFields on Province {
  code
  nameVi
  nameEn
  type
  region
  regionEn
}`) as unknown as TypedDocumentString<UnitSetProvincesQuery, UnitSetProvincesQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    login
    displayName
    role
    roleLabel
    province {
      code
      nameVi
    }
    via
    permissions
    home
    mustChangePassword
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
