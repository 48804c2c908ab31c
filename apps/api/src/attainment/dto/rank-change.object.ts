import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { IsoDate, RankBasis, UnitSet } from '@scorecard/domain';
import { UnitSetViewField } from '../../reference/dto/unit-set.enum';
import { ProvinceObject } from '../../reference/dto/province.object';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { AS_OF_IN_PLAN, METRIC_KEY, PLAN_ID, PROVINCE_CODE_OR_NAME } from '../../graphql/descriptions';
import { RankBasisEnum } from './attainment.args';

@ArgsType()
export class RankHistoryArgs {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field({ description: PROVINCE_CODE_OR_NAME })
  province!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: `The last date of the history: ${AS_OF_IN_PLAN} The plan's report dates before it come first.`,
  })
  asOf?: IsoDate | null;

  @Field(() => RankBasisEnum, {
    defaultValue: 'TO_DATE',
    description: 'The basis the ranks are on (TO_DATE: target to date; PERIOD: period plan and time elapsed).',
  })
  basis!: RankBasis;

  @UnitSetViewField()
  unitSet?: UnitSet | null;
}

@ArgsType()
export class RankChangeArgs {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field(() => LocalDateScalar, { description: 'The earlier date, within the plan period.' })
  from!: IsoDate;

  @Field(() => LocalDateScalar, { description: 'The later date, within the plan period.' })
  to!: IsoDate;

  @Field(() => RankBasisEnum, {
    defaultValue: 'TO_DATE',
    description:
      'The basis the ranks are on at both dates (TO_DATE: target to date; PERIOD: period plan and time elapsed).',
  })
  basis!: RankBasis;

  @UnitSetViewField()
  unitSet?: UnitSet | null;
}

@ObjectType('RankChange', { description: 'A province’s rank at two chosen dates (1 = best; null: not ranked).' })
export class RankChangeObject {
  @Field(() => ProvinceObject, { description: 'The province.' })
  province!: ProvinceObject;

  @Field(() => Int, { nullable: true, description: 'Competition rank at `from`; null when not ranked then.' })
  fromRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'Competition rank at `to`; null when not ranked then.' })
  toRank!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Places gained from `from` to `to` (fromRank − toRank; positive: moved up); null when either is unranked.',
  })
  change!: number | null;
}
