import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { IsoDate, StatusBand } from '@scorecard/domain';
import { StatusBandEnum } from '../../attainment/dto/province-attainment.object';
import { ProvinceObject } from '../../reference/dto/province.object';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { BAND_LABEL, PLAN_ID } from '../../graphql/descriptions';
import { PlanSettingsObject } from './plan-settings.object';

@ObjectType('CompositePart', { description: "One metric's part of a province's composite score." })
export class CompositePartObject {
  @Field({ description: 'Metric key, or "late_payment".' })
  metric!: string;

  @Field(() => Float, { description: 'The weight set in the plan settings (0: left out).' })
  weight!: number;

  @Field(() => Float, {
    description: 'weight / the weights of the parts that count, a fraction (the shares sum to 1); 0 when left out.',
  })
  share!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'What is scored: the attainment to date, a ratio (1 = 100 %); for late payment the late-payment ratio, a fraction; null when not reported or left out.',
  })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'min(value, cap) (late payment: min(reference / ratio, cap)), a ratio; 0 when missing; null when left out.',
  })
  score!: number | null;

  @Field({ description: 'Has a target and a weight but no report in force: scored 0.' })
  missing!: boolean;

  @Field({ description: 'No target for this metric, or weight 0: left out and the weights renormalised.' })
  leftOut!: boolean;
}

@ObjectType('CompositeScore', {
  description:
    "A province's composite (emulation) score (điểm thi đua) at one date, on the target to date (TO_DATE basis).",
})
export class CompositeScoreObject {
  @Field(() => ProvinceObject, { description: 'The province.' })
  province!: ProvinceObject;

  @Field(() => Int, {
    nullable: true,
    description: 'Competition rank (1, 2, 2, 4), higher score first; null without a score.',
  })
  rank!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Σ share × score, a ratio (1 = 100 %, at most the cap); null when no weighted metric has a target.',
  })
  score!: number | null;

  @Field(() => StatusBandEnum, {
    nullable: true,
    description: "The band of the score against 1 (100 %), with the plan's thresholds; null without a score.",
  })
  band!: StatusBand | null;

  @Field(() => String, { nullable: true, description: BAND_LABEL })
  bandLabel!: string | null;

  @Field(() => [CompositePartObject], {
    description: 'Each metric’s part, in catalogue order; late payment last, when it is weighted.',
  })
  parts!: CompositePartObject[];

  @Field(() => [String], { description: 'Metrics without a report in force, scored 0.' })
  missing!: string[];

  @Field(() => [String], {
    description: 'Metrics whose figure comes from a report older than the latest report date on or before asOf.',
  })
  stale!: string[];
}

@ObjectType('CompositeRanking', { description: 'Every province ranked on the composite score at one date.' })
export class CompositeRankingObject {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field(() => LocalDateScalar, { description: 'The as-of date d (the argument, or its default).' })
  asOf!: IsoDate;

  @Field(() => PlanSettingsObject, { description: 'The settings version the scores were computed with.' })
  settings!: PlanSettingsObject;

  @Field(() => [CompositeScoreObject], { description: 'In rank order, provinces without a score last.' })
  provinces!: CompositeScoreObject[];
}
