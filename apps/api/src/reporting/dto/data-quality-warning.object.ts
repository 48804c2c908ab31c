import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { IsoDate } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { METRIC_KEY, METRIC_UNIT_NOTE } from '../../graphql/descriptions';

@ObjectType('DataQualityWarning', {
  description:
    'A figure stored as sent but worth a look (cảnh báo chất lượng số liệu): see kind and message. A report with one needs a headquarters data officer’s approval.',
})
export class DataQualityWarningObject {
  @Field({
    description:
      'DECREASING_CUMULATIVE (lower than the previous report’s cumulative figure), JUMP_ABOVE_QUOTA (a rise of more than 3 period quotas since the previous report) or OFF_SCHEDULE_DATE (not one of the plan’s report dates).',
  })
  kind!: string;

  @Field(() => ProvinceObject, { description: 'The province the figure is for.' })
  province!: ProvinceObject;

  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field(() => LocalDateScalar, { description: 'The report date (kỳ báo cáo) the figure was sent for.' })
  reportDate!: IsoDate;

  @Field(() => Float, { description: `The figure sent, cumulative (lũy kế), ${METRIC_UNIT_NOTE}.` })
  value!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The figure in force at the report date before, the one it is compared with; null when none.',
  })
  previousValue!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "The province's published period total on the metric; null when none.",
  })
  periodTotal!: number | null;

  @Field({ description: 'What is suspicious, with the values, in English.' })
  message!: string;

  @Field({ description: 'Where the figure came from: the file, or the form ("form:<login>").' })
  source!: string;

  @Field({ description: 'When the warning was recorded (UTC, ISO 8601 …Z); empty for warnings of the current import.' })
  detectedAt!: string;
}
