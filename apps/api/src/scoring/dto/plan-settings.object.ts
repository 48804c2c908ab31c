import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PLAN_ID } from '../../graphql/descriptions';

@ObjectType('MetricWeight', { description: 'The weight of one metric in the composite score (0: left out).' })
export class MetricWeightObject {
  @Field({ description: 'Metric key, or "late_payment".' })
  metric!: string;

  @Field(() => Float, {
    description: 'Relative weight, 0 to 100 (only the ratios between weights matter); 0 leaves the metric out.',
  })
  weight!: number;
}

@ObjectType('PlanSettings', {
  description:
    "A version of a plan's settings set by headquarters: status-band thresholds and the composite score's weights. Version 0 is the defaults of docs/domain.md.",
})
export class PlanSettingsObject {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field(() => Int, { description: 'Settings version: 1, 2, … as stored; 0 for the defaults.' })
  version!: number;

  @Field(() => Float, { description: 'r = figure / reference at or above which a province is Đạt (default 1).' })
  onTrack!: number;

  @Field(() => Float, { description: 'r at or above which (below onTrack) a province is Cần chú ý (default 0.9).' })
  atRisk!: number;

  @Field(() => Float, {
    description: 'Late payment: Cần chú ý up to this multiple of the reference ratio, Chậm above (default 1.1).',
  })
  latePaymentAtRisk!: number;

  @Field(() => Float, { description: 'Cap on each attainment in the composite score, a ratio (default 1.2 = 120 %).' })
  compositeCap!: number;

  @Field(() => Float, {
    description:
      'Late-payment ratio the composite scores a province against, as reference / ratio, a fraction (default 0.0291 = 2.91 %).',
  })
  latePaymentReference!: number;

  @Field(() => [MetricWeightObject], {
    description: 'The weight of every metric of the catalogue and of "late_payment" (default: 1 each, late payment 0).',
  })
  weights!: MetricWeightObject[];

  @Field(() => String, { nullable: true, description: 'When it was set (UTC); null for the defaults.' })
  setAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Who set it (account login or token); null for the defaults.' })
  setBy!: string | null;

  @Field({ description: 'Why it was set.' })
  note!: string;
}

@InputType('MetricWeightInput', { description: 'The weight of one metric in a new settings version.' })
export class MetricWeightInput {
  @Field({ description: 'Metric key of the catalogue, or "late_payment".' })
  metric!: string;

  @Field(() => Float, { description: 'Weight from 0 to 100; 0 leaves the metric out.' })
  weight!: number;
}

@InputType('PlanSettingsInput', { description: 'A new version of the settings; every value is checked first.' })
export class PlanSettingsInput {
  @Field(() => Float, {
    description: 'r = figure / reference from which a province is Đạt: above 0, at most 2 (default 1).',
  })
  onTrack!: number;

  @Field(() => Float, { description: 'r from which a province is Cần chú ý: above 0, at most onTrack (default 0.9).' })
  atRisk!: number;

  @Field(() => Float, {
    description: 'Multiple of the late-payment reference up to which late payment is Cần chú ý: 1 to 3 (default 1.1).',
  })
  latePaymentAtRisk!: number;

  @Field(() => Float, { description: 'Cap on each attainment in the composite score: 1 to 3 (default 1.2).' })
  compositeCap!: number;

  @Field(() => Float, {
    description: 'Reference late-payment ratio as a fraction, above 0 and below 1, e.g. 0.0291 for 2.91 %.',
  })
  latePaymentReference!: number;

  @Field(() => [MetricWeightInput], { description: 'A metric of the plan left out weighs 0.' })
  weights!: MetricWeightInput[];

  @Field({ description: 'Why the settings change: kept with them and in the audit log.' })
  note!: string;
}
