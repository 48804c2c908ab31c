import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { RankBasis } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { RankBasisEnum } from './attainment.args';

@ArgsType()
export class RankHistoryArgs {
  @Field({ description: 'Plan id, see `plans`.' })
  planId!: string;

  @Field({ description: 'Metric key, see `metrics`.' })
  metric!: string;

  @Field({ description: 'The province by official code ("01") or by name ("Hà Nội").' })
  province!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The last date, YYYY-MM-DD; default: the latest report date with data. Earlier report dates come first.',
  })
  asOf?: string | null;

  @Field(() => RankBasisEnum, { defaultValue: 'TO_DATE', description: 'The basis the ranks are on.' })
  basis!: RankBasis;
}

@ArgsType()
export class RankChangeArgs {
  @Field({ description: 'Plan id, see `plans`.' })
  planId!: string;

  @Field({ description: 'Metric key, see `metrics`.' })
  metric!: string;

  @Field({ description: 'The earlier date, YYYY-MM-DD, within the plan period.' })
  from!: string;

  @Field({ description: 'The later date, YYYY-MM-DD, within the plan period.' })
  to!: string;

  @Field(() => RankBasisEnum, { defaultValue: 'TO_DATE', description: 'The basis the ranks are on at both dates.' })
  basis!: RankBasis;
}

@ObjectType('RankChange', { description: 'A province’s rank at two chosen dates (1 = best; null: not ranked).' })
export class RankChangeObject {
  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field(() => Int, { nullable: true, description: 'Rank at `from`.' })
  fromRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank at `to`.' })
  toRank!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Places gained from `from` to `to` (fromRank − toRank; positive: moved up); null when either is unranked.',
  })
  change!: number | null;
}
