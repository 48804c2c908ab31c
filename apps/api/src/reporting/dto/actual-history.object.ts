import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ApprovalState } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { ApprovalStateEnum } from './report-submission.object';

@ObjectType('ActualRevision', { description: 'One submission of a figure; the latest by submission time is in force.' })
export class ActualRevisionObject {
  @Field(() => Float)
  value!: number;

  @Field()
  submittedAt!: string;

  @Field()
  source!: string;

  @Field(() => Int, { nullable: true })
  sourceRow!: number | null;

  @Field()
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

@ObjectType('ActualHistoryPoint')
export class ActualHistoryPointObject {
  @Field()
  reportDate!: string;

  @Field(() => Float, { description: 'T(report date).' })
  cumulativeTarget!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The approved revision in force for this report date; null when nothing approved was sent for it.',
  })
  actual!: number | null;

  @Field(() => Float, { nullable: true })
  attainmentToDate!: number | null;

  @Field(() => [ActualRevisionObject])
  revisions!: ActualRevisionObject[];
}

@ObjectType('ActualHistory')
export class ActualHistoryObject {
  @Field()
  planId!: string;

  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field()
  metric!: string;

  @Field(() => Float, { nullable: true, description: 'Published period total.' })
  target!: number | null;

  @Field(() => [ActualHistoryPointObject], {
    description: 'Every report date of the plan (and any other date reported), in order.',
  })
  points!: ActualHistoryPointObject[];
}
