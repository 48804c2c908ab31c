import { Field, Float, ObjectType } from '@nestjs/graphql';
import { ProvinceObject } from '../../reference/dto/province.object';

@ObjectType('DataQualityWarning', { description: 'A figure stored as sent but worth a look: see kind and message.' })
export class DataQualityWarningObject {
  @Field({ description: 'DECREASING_CUMULATIVE, JUMP_ABOVE_QUOTA or OFF_SCHEDULE_DATE.' })
  kind!: string;

  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field()
  metric!: string;

  @Field()
  reportDate!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => Float, { nullable: true })
  previousValue!: number | null;

  @Field(() => Float, { nullable: true })
  periodTotal!: number | null;

  @Field()
  message!: string;

  @Field()
  source!: string;

  @Field({ description: 'When the warning was recorded (UTC, ISO 8601 …Z); empty for warnings of the current import.' })
  detectedAt!: string;
}
