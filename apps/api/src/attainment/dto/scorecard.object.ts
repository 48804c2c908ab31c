import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { RankBasis } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { RankBasisEnum } from './attainment.args';
import { ProvinceAttainmentObject } from './province-attainment.object';

@ArgsType()
export class ScorecardArgs {
  @Field({ description: 'Plan id, see `plans`.' })
  planId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD within the plan period; default: the latest report date with data.',
  })
  asOf?: string | null;

  @Field(() => RankBasisEnum, {
    defaultValue: 'TO_DATE',
    description: 'The basis of every cell: rank, figure, reference and band (docs/domain.md, "Basis of a view").',
  })
  basis!: RankBasis;

  @Field(() => [String], {
    nullable: true,
    description: 'Metric keys, in the order of the columns; default: every metric of the catalogue.',
  })
  metrics?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'Provinces by official code ("01") or by any name the importers accept ("Hà Nội", "Ha Noi", "TP HCM"); default: all.',
  })
  provinces?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Regions, in Vietnamese or English ("Đồng bằng sông Hồng", "Red River Delta"); default: all.',
  })
  regions?: string[] | null;

  @Field(() => Int, { nullable: true, description: 'Plan version of the targets; default: the latest.' })
  version?: number | null;
}

@ObjectType('ScorecardRow', { description: 'One province and its cell on each metric, in the order of `metrics`.' })
export class ScorecardRowObject {
  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field(() => [ProvinceAttainmentObject], {
    description: 'The same figures as `attainment` gives for each metric (rank among all 63 provinces).',
  })
  cells!: ProvinceAttainmentObject[];
}

@ObjectType('Scorecard', {
  description: 'Provinces × metrics at one date on one basis, in one round trip: the matrix of the overview.',
})
export class ScorecardObject {
  @Field({ description: 'The date the figures are at (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => RankBasisEnum)
  basis!: RankBasis;

  @Field(() => [String], { description: 'The metric keys of the columns.' })
  metrics!: string[];

  @Field(() => [ScorecardRowObject], { description: 'In province-code order.' })
  rows!: ScorecardRowObject[];
}
