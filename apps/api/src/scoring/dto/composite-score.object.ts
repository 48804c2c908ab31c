import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { StatusBand } from '@scorecard/domain';
import { StatusBandEnum } from '../../attainment/dto/province-attainment.object';
import { ProvinceObject } from '../../reference/dto/province.object';
import { PlanSettingsObject } from './plan-settings.object';

@ObjectType('CompositePart', { description: "One metric's part of a province's composite score." })
export class CompositePartObject {
  @Field({ description: 'Metric key, or "late_payment".' })
  metric!: string;

  @Field(() => Float)
  weight!: number;

  @Field(() => Float, { description: 'weight / the weights of the parts that count; 0 when left out.' })
  share!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The attainment to date (late payment: the ratio) scored; null when not reported or left out.',
  })
  value!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'min(value, cap) (late payment: min(reference / ratio, cap)); 0 when missing; null when left out.',
  })
  score!: number | null;

  @Field({ description: 'No report in force: scored 0.' })
  missing!: boolean;

  @Field({ description: 'No target for this metric, or weight 0: left out and the weights renormalised.' })
  leftOut!: boolean;
}

@ObjectType('CompositeScore', { description: "A province's composite (emulation) score at one date." })
export class CompositeScoreObject {
  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field(() => Int, { nullable: true, description: 'Competition rank, higher score first; null without a score.' })
  rank!: number | null;

  @Field(() => Float, { nullable: true, description: 'Σ share × score; null when no weighted metric has a target.' })
  score!: number | null;

  @Field(() => StatusBandEnum, { nullable: true, description: 'The band of the score against 1 (100 %).' })
  band!: StatusBand | null;

  @Field(() => String, { nullable: true })
  bandLabel!: string | null;

  @Field(() => [CompositePartObject])
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
  @Field()
  planId!: string;

  @Field()
  asOf!: string;

  @Field(() => PlanSettingsObject, { description: 'The settings version the scores were computed with.' })
  settings!: PlanSettingsObject;

  @Field(() => [CompositeScoreObject], { description: 'In rank order, provinces without a score last.' })
  provinces!: CompositeScoreObject[];
}
