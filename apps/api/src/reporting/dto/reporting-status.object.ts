import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ReportStatus } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';

export const ReportStatusEnum = {
  REPORTED: 'REPORTED',
  PARTIAL: 'PARTIAL',
  NOT_REPORTED: 'NOT_REPORTED',
} as const satisfies Record<ReportStatus, ReportStatus>;
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description: 'REPORTED: every metric with a target; PARTIAL: some; NOT_REPORTED: nothing dated this report date.',
});

@ObjectType('ProvinceReportStatus')
export class ProvinceReportStatusObject {
  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field(() => ReportStatusEnum)
  status!: ReportStatus;

  @Field(() => Int)
  metricsReported!: number;

  @Field(() => Int, { description: 'Metrics the province has a target on.' })
  metricsExpected!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Latest report date on or before this one with any submission ("since when").',
  })
  lastReportDate!: string | null;

  @Field(() => String, { nullable: true, description: 'First submission for this report date, YYYY-MM-DDTHH:MM:SS.' })
  submittedAt!: string | null;

  @Field({ description: 'Submitted after the end of the report date.' })
  late!: boolean;
}

@ObjectType('ReportingStatus')
export class ReportingStatusObject {
  @Field()
  planId!: string;

  @Field()
  reportDate!: string;

  @Field({ description: 'Reports are due by the end of this day.' })
  deadline!: string;

  @Field(() => Int)
  provincesReported!: number;

  @Field(() => Int)
  provincesPartial!: number;

  @Field(() => Int)
  provincesNotReported!: number;

  @Field(() => [ProvinceReportStatusObject], {
    description: 'Not reported first, then partial, then reported; by code within each.',
  })
  provinces!: ProvinceReportStatusObject[];
}
