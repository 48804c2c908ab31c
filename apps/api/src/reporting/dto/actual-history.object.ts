import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ApprovalState, IsoDate } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { METRIC_KEY, METRIC_UNIT_NOTE, PLAN_ID } from '../../graphql/descriptions';
import { ApprovalStateEnum } from './report-submission.object';

@ObjectType('ActualRevision', {
  description:
    'One submission of a figure for a report date (a revision): nothing is overwritten; the latest approved one by submission time is in force.',
})
export class ActualRevisionObject {
  @Field(() => Float, {
    description: `The figure sent, cumulative since the period start (lũy kế), ${METRIC_UNIT_NOTE}.`,
  })
  value!: number;

  @Field({
    description:
      'When it was sent: local time YYYY-MM-DDTHH:MM:SS without a zone (as the file gave it, else the server clock).',
  })
  submittedAt!: string;

  @Field({ description: 'Where it came from: the file, the form ("form:<login>") or the sample generator.' })
  source!: string;

  @Field(() => Int, { nullable: true, description: 'Row of the file it was read from; null for a form or sample.' })
  sourceRow!: number | null;

  @Field({ description: 'True when it is synthetic sample data, not a province’s report.' })
  synthetic!: boolean;

  @Field({ description: 'Not the figure in force: a later approved revision replaces it, or it is not approved.' })
  superseded!: boolean;

  @Field(() => ApprovalStateEnum, { description: 'Only APPROVED revisions count.' })
  state!: ApprovalState;

  @Field(() => String, {
    nullable: true,
    description: 'The report it came with (see reportSubmissions); null for the shipped sample data.',
  })
  submissionId!: string | null;

  @Field(() => String, { nullable: true, description: 'Who sent it, from their session or token.' })
  submittedBy!: string | null;
}

@ObjectType('ActualHistoryPoint', {
  description: 'One report date of a province’s history on one metric: target, figure in force and every revision.',
})
export class ActualHistoryPointObject {
  @Field(() => LocalDateScalar, { description: 'The report date (kỳ báo cáo).' })
  reportDate!: IsoDate;

  @Field(() => Float, {
    description: `Cumulative target to date T(report date) (chỉ tiêu lũy kế), ${METRIC_UNIT_NOTE}.`,
  })
  cumulativeTarget!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The approved revision in force for this report date; null when nothing approved was sent for it.',
  })
  actual!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'actual / cumulativeTarget, a ratio (1 = 100 %); null without an actual or a target.',
  })
  attainmentToDate!: number | null;

  @Field(() => [ActualRevisionObject], {
    description: 'Every revision sent for this report date, in any approval state, oldest first.',
  })
  revisions!: ActualRevisionObject[];
}

@ObjectType('ActualHistory', {
  description: 'One province’s reports on one metric at every report date, against its cumulative target.',
})
export class ActualHistoryObject {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field(() => ProvinceObject, { description: 'The province.' })
  province!: ProvinceObject;

  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field(() => Float, {
    nullable: true,
    description: `Published period total (Tổng số) of the province, ${METRIC_UNIT_NOTE}; null when none.`,
  })
  target!: number | null;

  @Field(() => [ActualHistoryPointObject], {
    description: 'Every report date of the plan (and any other date reported), in order.',
  })
  points!: ActualHistoryPointObject[];
}
