import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MetricWeight', { description: 'The weight of one metric in the composite score (0: left out).' })
export class MetricWeightObject {
  @Field({ description: 'Metric key, or "late_payment".' })
  metric!: string;

  @Field(() => Float)
  weight!: number;
}

@ObjectType('PlanSettings', {
  description:
    "A version of a plan's settings set by headquarters: status-band thresholds and the composite score's weights. Version 0 is the defaults of docs/domain.md.",
})
export class PlanSettingsObject {
  @Field()
  planId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Float, { description: 'r = figure / reference at or above which a province is Đạt (default 1).' })
  onTrack!: number;

  @Field(() => Float, { description: 'r at or above which (below onTrack) a province is Cần chú ý (default 0.9).' })
  atRisk!: number;

  @Field(() => Float, {
    description: 'Late payment: Cần chú ý up to this multiple of the reference ratio, Chậm above (default 1.1).',
  })
  latePaymentAtRisk!: number;

  @Field(() => Float, { description: 'Cap on each attainment in the composite score (default 1.2).' })
  compositeCap!: number;

  @Field(() => Float, {
    description: 'Late-payment ratio the composite scores a province against, as reference / ratio (default 0.0291).',
  })
  latePaymentReference!: number;

  @Field(() => [MetricWeightObject])
  weights!: MetricWeightObject[];

  @Field(() => String, { nullable: true, description: 'When it was set (UTC); null for the defaults.' })
  setAt!: string | null;

  @Field(() => String, { nullable: true })
  setBy!: string | null;

  @Field({ description: 'Why it was set.' })
  note!: string;
}

@InputType('MetricWeightInput')
export class MetricWeightInput {
  @Field()
  metric!: string;

  @Field(() => Float)
  weight!: number;
}

@InputType('PlanSettingsInput', { description: 'A new version of the settings; every value is checked first.' })
export class PlanSettingsInput {
  @Field(() => Float)
  onTrack!: number;

  @Field(() => Float)
  atRisk!: number;

  @Field(() => Float)
  latePaymentAtRisk!: number;

  @Field(() => Float)
  compositeCap!: number;

  @Field(() => Float)
  latePaymentReference!: number;

  @Field(() => [MetricWeightInput], { description: 'A metric of the plan left out weighs 0.' })
  weights!: MetricWeightInput[];

  @Field({ description: 'Why the settings change: kept with them and in the audit log.' })
  note!: string;
}
