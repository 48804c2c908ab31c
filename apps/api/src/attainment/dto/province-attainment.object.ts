import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AttainmentStatus, IsoDate, RankBasis, StatusBand } from '@scorecard/domain';
import { RankBasisEnum } from './attainment.args';
import { ProvinceObject } from '../../reference/dto/province.object';
import { LocalDateScalar } from '../../graphql/date.scalars';
import {
  ATTAINMENT_OF_PERIOD,
  ATTAINMENT_TO_DATE,
  BAND_LABEL,
  METRIC_KEY,
  METRIC_UNIT_NOTE,
  PLAN_ID,
  TIME_ELAPSED,
} from '../../graphql/descriptions';

export const AttainmentStatusEnum = {
  REPORTED: 'REPORTED',
  NOT_REPORTED: 'NOT_REPORTED',
  NO_TARGET: 'NO_TARGET',
} as const satisfies Record<AttainmentStatus, AttainmentStatus>;
registerEnumType(AttainmentStatusEnum, {
  name: 'AttainmentStatus',
  description: 'Whether a province is ranked on a metric at a date, and if not, why (docs/domain.md "Ranking").',
  valuesMap: {
    REPORTED: { description: 'Has a target and an approved report on or before the date: ranked.' },
    NOT_REPORTED: {
      description:
        'Has a target but no approved report on or before the date (chưa báo cáo): no actual, not ranked, never counted as zero.',
    },
    NO_TARGET: { description: 'No quota (chỉ tiêu) on this metric in the plan: not ranked on it.' },
  },
});

export const StatusBandEnum = {
  ON_TRACK: 'ON_TRACK',
  AT_RISK: 'AT_RISK',
  BEHIND: 'BEHIND',
} as const satisfies Record<StatusBand, StatusBand>;
registerEnumType(StatusBandEnum, {
  name: 'StatusBand',
  description:
    'Status band (docs/domain.md "Status bands") on the basis of the view, r = figure / reference, thresholds from the plan settings (planSettings). For the late-payment ratio lower is better: Đạt at or below the reference, Cần chú ý up to latePaymentAtRisk (default 1.1) × the reference, Chậm above.',
  valuesMap: {
    ON_TRACK: { description: 'Đạt (on track): r ≥ onTrack (default 1).' },
    AT_RISK: { description: 'Cần chú ý (at risk): atRisk (default 0.9) ≤ r < onTrack.' },
    BEHIND: { description: 'Chậm (behind): r < atRisk.' },
  },
});

@ObjectType('ProvinceAttainment', {
  description:
    'One province on one metric at one date d (asOf), on one basis, per the definitions of docs/domain.md. Only approved figures count (ApprovalState). Ratios are fractions: 1 = 100 %.',
})
export class ProvinceAttainmentObject {
  @Field(() => ProvinceObject, { description: 'The province.' })
  province!: ProvinceObject;

  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field(() => LocalDateScalar, { description: 'The as-of date d every figure is at.' })
  asOf!: IsoDate;

  @Field(() => Float, {
    nullable: true,
    description: `Published period total (Tổng số) of the province, ${METRIC_UNIT_NOTE}; null when the plan has none.`,
  })
  target!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Cumulative target to date T(d) (chỉ tiêu lũy kế đến ngày): the monthly targets of the months ended on or before d, plus the month of d pro-rated by its days elapsed, ${METRIC_UNIT_NOTE}; null without monthly targets.`,
  })
  targetToDate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Actual to date A(d) (thực hiện lũy kế): the latest approved revision of the latest report dated on or before asOf, cumulative since the period start, ${METRIC_UNIT_NOTE}; null when not reported.`,
  })
  actual!: number | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Report date (kỳ báo cáo) of the report A(d) comes from; null when not reported.',
  })
  reportDate!: IsoDate | null;

  @Field(() => Float, { nullable: true, description: ATTAINMENT_TO_DATE })
  attainmentToDate!: number | null;

  @Field(() => Float, { nullable: true, description: ATTAINMENT_OF_PERIOD })
  attainmentOfPeriod!: number | null;

  @Field(() => Float, { description: TIME_ELAPSED })
  timeElapsed!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'band = ON_TRACK (Đạt) on the basis asked for, as rank, bar and colour are; null when not ranked.',
  })
  onTrack!: boolean | null;

  @Field(() => RankBasisEnum, {
    description: 'The basis every figure below (figure, reference, ratioToReference, band, rank) is on: the argument.',
  })
  basis!: RankBasis;

  @Field(() => Float, {
    nullable: true,
    description:
      'What the bar shows: attainmentToDate (TO_DATE) or attainmentOfPeriod (PERIOD), a ratio (1 = 100 %); null when not reported or without a target.',
  })
  figure!: number | null;

  @Field(() => Float, {
    description:
      'Where the reference mark sits, a ratio: 1 (100 % of the target to date) for TO_DATE, timeElapsed for PERIOD.',
  })
  reference!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'r = figure / reference, what the band is decided on (1 = on the reference); null when figure is.',
  })
  ratioToReference!: number | null;

  @Field(() => StatusBandEnum, {
    nullable: true,
    description: 'Status band of ratioToReference: Đạt / Cần chú ý / Chậm; null when not ranked.',
  })
  band!: StatusBand | null;

  @Field(() => String, { nullable: true, description: BAND_LABEL })
  bandLabel!: string | null;

  @Field({
    description:
      'Stale figure: true when the actual comes from a report older than the latest report date of the plan on or before asOf (shown as "số liệu ngày dd/mm" with reportDate); still ranked on it.',
  })
  stale!: boolean;

  @Field(() => Int, {
    description: 'The plan settings version whose thresholds gave the band (0: the defaults; see planSettings).',
  })
  settingsVersion!: number;

  @Field(() => Float, {
    nullable: true,
    description: `Required pace (tiến độ cần đạt) per day: (period total − A(d)) / days remaining after asOf, ${METRIC_UNIT_NOTE} per day; 0 once the quota is met; null when not reported, without a target, or on the last day.`,
  })
  requiredPacePerDay!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: `Required pace per month: (period total − A(d)) / the days remaining counted in calendar months (each day 1 / days of its month), ${METRIC_UNIT_NOTE} per month; 0 once the quota is met; null as requiredPacePerDay.`,
  })
  requiredPacePerMonth!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Projected attainment (dự báo tỷ lệ đạt cả kỳ): (A(d) + A(d) / days elapsed × days remaining) / period total, a ratio (1 = 100 %); null when not reported or without a target.',
  })
  projectedAttainment!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Competition rank (1, 2, 2, 4) among the ranked provinces on figure, higher first when Metric.higherIsBetter (values compared rounded to 6 decimals); null when not ranked.',
  })
  rank!: number | null;

  @Field(() => Int, {
    description:
      'How many units the view ranks: the units of its unit set (63, or 34), counted from the reference data. "Rank 5 of 34".',
  })
  unitCount!: number;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      "The plan's report date before the one in force at asOf: the date rank change compares with; null at the first report date.",
  })
  previousReportDate!: IsoDate | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Rank at previousReportDate on the same basis; null when not ranked then or there is none.',
  })
  previousRank!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'previousRank − rank: positive = moved up; null when either is null.',
  })
  rankChange!: number | null;

  @Field(() => AttainmentStatusEnum, { description: 'Ranked, or why not.' })
  status!: AttainmentStatus;

  @Field({ description: "True when the actual is synthetic sample data, not a province's report." })
  synthetic!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the actual came from (file and row, user, or the sample generator); null when not reported. A provincial user gets it only for their own province.',
  })
  source!: string | null;

  @Field(() => PendingFigureObject, {
    nullable: true,
    description:
      'A newer figure sent for this province on or before asOf that waits for approval (chờ duyệt): shown, never counted. The province is ranked on its last approved figure. A provincial user gets it only for their own province; null when there is none.',
  })
  pending!: PendingFigureObject | null;
}

@ObjectType('PendingFigure', {
  description: 'A submitted figure waiting for approval (chờ duyệt): shown beside the approved one, never counted.',
})
export class PendingFigureObject {
  @Field(() => Float, {
    description: `The figure sent, cumulative since the period start (lũy kế), ${METRIC_UNIT_NOTE}.`,
  })
  value!: number;

  @Field(() => LocalDateScalar, { description: 'Report date (kỳ báo cáo) it was sent for.' })
  reportDate!: IsoDate;

  @Field({
    description:
      'When it was sent: local time YYYY-MM-DDTHH:MM:SS without a zone (as the file gave it, else the server clock).',
  })
  submittedAt!: string;

  @Field({ description: 'The report to approve or reject (reportSubmissions, approveReport).' })
  submissionId!: string;
}

@ObjectType('NationalAttainment', {
  description:
    'The national figure (toàn quốc) on one metric at one date, computed from the province rows (sum of actuals over sum of targets; docs/domain.md), beside the published national row.',
})
export class NationalAttainmentObject {
  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field(() => LocalDateScalar, { description: 'The as-of date d.' })
  asOf!: IsoDate;

  @Field(() => Float, {
    description: `Sum of the provinces' published period totals, ${METRIC_UNIT_NOTE}.`,
  })
  target!: number;

  @Field(() => Float, {
    description: `Sum of the provinces' cumulative targets to date T(d), ${METRIC_UNIT_NOTE}.`,
  })
  targetToDate!: number;

  @Field(() => Float, {
    description: `Sum of the actuals A(d) of the provinces that reported (approved figures only), ${METRIC_UNIT_NOTE}; a province not reported adds nothing.`,
  })
  actual!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'actual / targetToDate, a ratio (1 = 100 %); null when targetToDate is 0.',
  })
  attainmentToDate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'actual / target, a ratio (1 = 100 %); null when target is 0.',
  })
  attainmentOfPeriod!: number | null;

  @Field(() => Int, { description: 'Provinces with a target and an approved report on or before asOf.' })
  provincesReported!: number;

  @Field(() => Int, { description: 'Provinces with a target but no approved report on or before asOf.' })
  provincesNotReported!: number;

  @Field(() => Float, {
    nullable: true,
    description: `The national row as published ("Toàn quốc"), ${METRIC_UNIT_NOTE}; null when the plan has none.`,
  })
  publishedTarget!: number | null;

  @Field({ description: 'Whether the published national total differs from the sum of the provinces (target).' })
  publishedTargetDiffers!: boolean;

  @Field({ description: 'True when any actual in the sum is synthetic sample data.' })
  synthetic!: boolean;

  @Field(() => Float, { description: TIME_ELAPSED })
  timeElapsed!: number;

  @Field(() => RankBasisEnum, { description: 'The basis of figure, reference and band (the argument).' })
  basis!: RankBasis;

  @Field(() => Float, {
    nullable: true,
    description: 'attainmentToDate (TO_DATE) or attainmentOfPeriod (PERIOD), a ratio; null when that is null.',
  })
  figure!: number | null;

  @Field(() => Float, { description: 'The reference, a ratio: 1 (TO_DATE) or timeElapsed (PERIOD).' })
  reference!: number;

  @Field(() => StatusBandEnum, {
    nullable: true,
    description: "The band of figure / reference with the plan's thresholds, as for a province; null without a figure.",
  })
  band!: StatusBand | null;

  @Field(() => String, { nullable: true, description: BAND_LABEL })
  bandLabel!: string | null;
}

@ObjectType('PeriodProgress', {
  description: 'How far into its plan period (kỳ kế hoạch) a plan is at a date: the time elapsed (tiến độ thời gian).',
})
export class PeriodProgressObject {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field(() => LocalDateScalar, { description: 'The as-of date d.' })
  asOf!: IsoDate;

  @Field(() => Int, { description: 'Days in the plan period, both ends included.' })
  daysInPeriod!: number;

  @Field(() => Int, { description: 'Days from the period start to asOf, both included.' })
  daysElapsed!: number;

  @Field(() => Int, { description: 'Days after asOf up to and including the period end.' })
  daysRemaining!: number;

  @Field(() => Float, { description: TIME_ELAPSED })
  timeElapsed!: number;
}
