import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AttainmentStatus, RankBasis, StatusBand } from '@scorecard/domain';
import { RankBasisEnum } from './attainment.args';
import { ProvinceObject } from '../../reference/dto/province.object';

export const AttainmentStatusEnum = {
  REPORTED: 'REPORTED',
  NOT_REPORTED: 'NOT_REPORTED',
  NO_TARGET: 'NO_TARGET',
} as const satisfies Record<AttainmentStatus, AttainmentStatus>;
registerEnumType(AttainmentStatusEnum, {
  name: 'AttainmentStatus',
  description:
    'REPORTED: ranked. NOT_REPORTED: no report on or before the date, never counted as zero. NO_TARGET: no quota on this metric.',
});

export const StatusBandEnum = {
  ON_TRACK: 'ON_TRACK',
  AT_RISK: 'AT_RISK',
  BEHIND: 'BEHIND',
} as const satisfies Record<StatusBand, StatusBand>;
registerEnumType(StatusBandEnum, {
  name: 'StatusBand',
  description:
    'On the basis of the view, r = figure / reference: ON_TRACK (Đạt) when r ≥ the plan setting onTrack (default 1), AT_RISK (Cần chú ý) from atRisk (default 0.9), BEHIND (Chậm) below. For late payment, lower is better.',
});

@ObjectType('ProvinceAttainment', {
  description: 'One province on one metric at one date, per the definitions of docs/domain.md.',
})
export class ProvinceAttainmentObject {
  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field()
  metric!: string;

  @Field()
  asOf!: string;

  @Field(() => Float, { nullable: true, description: 'Published period total ("Tổng số").' })
  target!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'T(d): months ended in full plus the current month pro-rated by days.',
  })
  targetToDate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'A(d): the latest revision of the latest report dated on or before asOf.',
  })
  actual!: number | null;

  @Field(() => String, { nullable: true, description: 'Report date of the submission A(d) comes from.' })
  reportDate!: string | null;

  @Field(() => Float, { nullable: true, description: 'A(d) / T(d).' })
  attainmentToDate!: number | null;

  @Field(() => Float, { nullable: true, description: 'A(d) / published period total.' })
  attainmentOfPeriod!: number | null;

  @Field(() => Float, { description: 'Days from the start to asOf inclusive / days in the period.' })
  timeElapsed!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'band = ON_TRACK: on the basis asked for, as rank, bar and colour are; null when not ranked.',
  })
  onTrack!: boolean | null;

  @Field(() => RankBasisEnum, { description: 'The basis every figure below (figure, reference, band, rank) is on.' })
  basis!: RankBasis;

  @Field(() => Float, {
    nullable: true,
    description: 'What the bar shows: attainmentToDate (TO_DATE) or attainmentOfPeriod (PERIOD); null when not ranked.',
  })
  figure!: number | null;

  @Field(() => Float, {
    description: 'Where the reference mark sits: 1 (100 % of the target to date) for TO_DATE, timeElapsed for PERIOD.',
  })
  reference!: number;

  @Field(() => Float, { nullable: true, description: 'figure / reference: what the band is decided on.' })
  ratioToReference!: number | null;

  @Field(() => StatusBandEnum, { nullable: true, description: 'Đạt / Cần chú ý / Chậm; null when not ranked.' })
  band!: StatusBand | null;

  @Field(() => String, { nullable: true, description: 'The band in Vietnamese: "Đạt", "Cần chú ý" or "Chậm".' })
  bandLabel!: string | null;

  @Field({
    description:
      'True when the figure comes from a report older than the latest report date on or before asOf (shown as "số liệu ngày dd/mm" with reportDate).',
  })
  stale!: boolean;

  @Field(() => Int, { description: 'The plan settings version whose thresholds gave the band (0: the defaults).' })
  settingsVersion!: number;

  @Field(() => Float, {
    nullable: true,
    description: '(period total − A(d)) / days remaining; 0 once the quota is met.',
  })
  requiredPacePerDay!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '(period total − A(d)) / remaining days counted in calendar months.',
  })
  requiredPacePerMonth!: number | null;

  @Field(() => Float, { nullable: true, description: '(A(d) + A(d) / days elapsed × days remaining) / period total.' })
  projectedAttainment!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Competition rank (1, 2, 2, 4) among ranked provinces; null when not ranked.',
  })
  rank!: number | null;

  @Field(() => String, { nullable: true, description: 'The report date before the one in force at asOf.' })
  previousReportDate!: string | null;

  @Field(() => Int, { nullable: true, description: 'Rank at previousReportDate; null when not ranked then.' })
  previousRank!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'previousRank − rank: positive = moved up; null when either is null.',
  })
  rankChange!: number | null;

  @Field(() => AttainmentStatusEnum)
  status!: AttainmentStatus;

  @Field({ description: "True when the actual is synthetic sample data, not a province's report." })
  synthetic!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the actual came from (file and row, user, or the sample generator); for a provincial user, only on their own province.',
  })
  source!: string | null;

  @Field(() => PendingFigureObject, {
    nullable: true,
    description:
      'A newer figure sent for this province on or before asOf that waits for approval (chờ duyệt): shown, never counted. The province is ranked on its last approved figure. For a provincial user, only on their own province.',
  })
  pending!: PendingFigureObject | null;
}

@ObjectType('PendingFigure', { description: 'A submitted figure waiting for approval.' })
export class PendingFigureObject {
  @Field(() => Float)
  value!: number;

  @Field()
  reportDate!: string;

  @Field()
  submittedAt!: string;

  @Field({ description: 'The report to approve or reject (reportSubmissions, approveReport).' })
  submissionId!: string;
}

@ObjectType('NationalAttainment', {
  description: 'The national figure, computed from the province rows (sum of actuals over sum of targets).',
})
export class NationalAttainmentObject {
  @Field()
  metric!: string;

  @Field()
  asOf!: string;

  @Field(() => Float, { description: "Sum of the provinces' published period totals." })
  target!: number;

  @Field(() => Float)
  targetToDate!: number;

  @Field(() => Float, { description: 'Sum of the actuals of the provinces that reported.' })
  actual!: number;

  @Field(() => Float, { nullable: true })
  attainmentToDate!: number | null;

  @Field(() => Float, { nullable: true })
  attainmentOfPeriod!: number | null;

  @Field(() => Int)
  provincesReported!: number;

  @Field(() => Int)
  provincesNotReported!: number;

  @Field(() => Float, { nullable: true, description: 'The national row as published ("Toàn quốc").' })
  publishedTarget!: number | null;

  @Field({ description: 'Whether the published national total differs from the sum of the provinces.' })
  publishedTargetDiffers!: boolean;

  @Field({ description: 'True when any actual in the sum is synthetic sample data.' })
  synthetic!: boolean;

  @Field(() => Float, { description: 'Days from the start to asOf inclusive / days in the period.' })
  timeElapsed!: number;

  @Field(() => RankBasisEnum, { description: 'The basis of figure, reference and band (the argument).' })
  basis!: RankBasis;

  @Field(() => Float, { nullable: true, description: 'attainmentToDate (TO_DATE) or attainmentOfPeriod (PERIOD).' })
  figure!: number | null;

  @Field(() => Float, { description: '1 (TO_DATE) or timeElapsed (PERIOD).' })
  reference!: number;

  @Field(() => StatusBandEnum, { nullable: true, description: 'The band of figure / reference, as for a province.' })
  band!: StatusBand | null;

  @Field(() => String, { nullable: true })
  bandLabel!: string | null;
}

@ObjectType('PeriodProgress')
export class PeriodProgressObject {
  @Field()
  planId!: string;

  @Field()
  asOf!: string;

  @Field(() => Int)
  daysInPeriod!: number;

  @Field(() => Int)
  daysElapsed!: number;

  @Field(() => Int)
  daysRemaining!: number;

  @Field(() => Float)
  timeElapsed!: number;
}
