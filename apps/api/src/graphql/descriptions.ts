import type { GraphQLSchema } from 'graphql';

// Descriptions that several arguments and fields of the schema share, written once. The words follow the domain
// brief (docs/domain.md of the product brief) and give its Vietnamese term, so an analyst reading the schema in
// the query editor knows what to send and what comes back.

export const PLAN_ID = 'Plan id (mã kế hoạch), e.g. "2800-KH-BHXH-2021"; see `plans`.';

export const METRIC_KEY =
  'Metric key (chỉ tiêu) of the catalogue, e.g. "revenue" or "dev_compulsory_si"; see `metrics`.';

export const PROVINCE_CODE = 'Official two-digit province code (mã tỉnh), with its leading zero, e.g. "01" (Hà Nội).';

export const PROVINCE_CODE_OR_NAME =
  'The province (tỉnh) by official two-digit code ("01") or by any name the importers accept ("Hà Nội", "Ha Noi", "TP HCM").';

/** The as-of date of the plan views: PlansService.resolveAsOf. */
export const AS_OF_IN_PLAN =
  'The as-of date d (ngày xem số liệu), within the plan period. Default: the latest report date for which any ' +
  "report was stored (the plan's latestReportDateWithData, kept within the period), or the plan's first report " +
  'date when none was.';

export const TARGET_VERSION =
  "Version of the plan's published target tables to compute with (see `Plan.versions`); default: the latest.";

export const BASIS_ARGUMENT =
  'The basis (cơ sở so sánh, docs/domain.md "Basis") every figure is on: TO_DATE (default) against the target to ' +
  'date T(d); PERIOD against the period plan and time elapsed (so với tiến độ thời gian). It decides rank, figure, ' +
  'reference and band at once.';

export const ATTAINMENT_TO_DATE =
  'Attainment to date (tỷ lệ đạt so với chỉ tiêu đến ngày): A(d) / T(d), a ratio (1 = 100 %); null when not reported or T(d) is 0.';

export const ATTAINMENT_OF_PERIOD =
  'Attainment of the period (tỷ lệ đạt so với kế hoạch cả kỳ): A(d) / published period total, a ratio (1 = 100 %); null when not reported.';

export const TIME_ELAPSED =
  'Time elapsed (tiến độ thời gian): days from the period start to asOf inclusive / days in the period, a ratio 0–1.';

export const BAND_LABEL = 'The band in Vietnamese: "Đạt", "Cần chú ý" or "Chậm"; null when band is null.';

export const METRIC_UNIT_NOTE = "in the metric's unit (see `Metric.unit`: persons, million VND, employers, …)";

/** Timestamps (with a time of day) are text, unlike the calendar dates (LocalDate). */
export const UTC_TIMESTAMP = 'UTC timestamp, ISO 8601 (YYYY-MM-DDTHH:MM:SS.sssZ).';

const ROOT_TYPE_DESCRIPTIONS = {
  Query:
    'What the scorecard answers: attainment, ranking and pace of the provinces (63, or the 34 units of 2025) against a plan (docs/domain.md), coverage, ' +
    'late payment, reporting and approval, the composite score, and the reference lists. Dates are LocalDate ' +
    '(YYYY-MM-DD), months YearMonth (YYYY-MM); ratios are fractions (1 = 100 %). Every error has ' +
    'extensions.code and a Vietnamese extensions.messageVi.',
  Mutation:
    'What the scorecard changes: imports of plans and actuals, report submission and approval, plan settings, ' +
    'accounts and API tokens. Every change is written to the audit log.',
} as const;

/**
 * The root types get their descriptions here: the code-first decorators describe every other type, field and
 * argument, but not Query and Mutation themselves. Applied to the schema served and to the schema.gql written.
 */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (type && type.name in ROOT_TYPE_DESCRIPTIONS)
      type.description = ROOT_TYPE_DESCRIPTIONS[type.name as keyof typeof ROOT_TYPE_DESCRIPTIONS];
  }
  return schema;
}
