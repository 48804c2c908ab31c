import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { IsoDate, ReportStatus } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { PLAN_ID } from '../../graphql/descriptions';

export const ReportStatusEnum = {
  REPORTED: 'REPORTED',
  PARTIAL: 'PARTIAL',
  NOT_REPORTED: 'NOT_REPORTED',
} as const satisfies Record<ReportStatus, ReportStatus>;
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description:
    'Whether a province has reported for a report date (kỳ báo cáo). Pending reports count as sent; rejected ones do not.',
  valuesMap: {
    REPORTED: { description: 'Đã báo cáo: a figure dated this report date on every metric it has a target on.' },
    PARTIAL: { description: 'Báo cáo thiếu: on some of those metrics, not all.' },
    NOT_REPORTED: { description: 'Chưa báo cáo: nothing dated this report date.' },
  },
});

@ObjectType('ProvinceReportStatus', { description: 'One province’s reporting for the report date.' })
export class ProvinceReportStatusObject {
  @Field(() => ProvinceObject, { description: 'The province.' })
  province!: ProvinceObject;

  @Field(() => ReportStatusEnum, { description: 'Reported, partly, or not.' })
  status!: ReportStatus;

  @Field(() => Int, { description: 'Metrics with a figure dated exactly this report date (pending or approved).' })
  metricsReported!: number;

  @Field(() => Int, { description: 'Metrics the province has a target on, so must report.' })
  metricsExpected!: number;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Latest report date on or before this one with any submission ("since when"); null when it never reported.',
  })
  lastReportDate!: IsoDate | null;

  @Field(() => String, {
    nullable: true,
    description:
      'First submission for this report date: local time YYYY-MM-DDTHH:MM:SS without a zone; null when none.',
  })
  submittedAt!: string | null;

  @Field({ description: 'Submitted after the end of the report date (its first submission came a day or more late).' })
  late!: boolean;
}

@ObjectType('ReportingStatus', {
  description: 'Who has reported for one report date (kỳ báo cáo) of a plan, and since when the others have not.',
})
export class ReportingStatusObject {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field(() => LocalDateScalar, { description: 'The report date (the argument, or its default).' })
  reportDate!: IsoDate;

  @Field(() => LocalDateScalar, { description: 'Reports are due by the end of this day (the report date itself).' })
  deadline!: IsoDate;

  @Field(() => Int, { description: 'Provinces with status REPORTED.' })
  provincesReported!: number;

  @Field(() => Int, { description: 'Provinces with status PARTIAL.' })
  provincesPartial!: number;

  @Field(() => Int, { description: 'Provinces with status NOT_REPORTED.' })
  provincesNotReported!: number;

  @Field(() => [ProvinceReportStatusObject], {
    description: 'Not reported first, then partial, then reported; by code within each.',
  })
  provinces!: ProvinceReportStatusObject[];
}
