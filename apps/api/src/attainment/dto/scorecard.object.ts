import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { IsoDate, RankBasis, UnitSet } from '@scorecard/domain';
import { UnitSetViewField } from '../../reference/dto/unit-set.enum';
import { ProvinceObject } from '../../reference/dto/province.object';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { AS_OF_IN_PLAN, BASIS_ARGUMENT, PLAN_ID, TARGET_VERSION } from '../../graphql/descriptions';
import { RankBasisEnum } from './attainment.args';
import { ProvinceAttainmentObject } from './province-attainment.object';

@ArgsType()
export class ScorecardArgs {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: AS_OF_IN_PLAN })
  asOf?: IsoDate | null;

  @Field(() => RankBasisEnum, { defaultValue: 'TO_DATE', description: BASIS_ARGUMENT })
  basis!: RankBasis;

  @Field(() => [String], {
    nullable: true,
    description: 'Metric keys, in the order of the columns; default (null or empty): every metric of the catalogue.',
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
    description:
      'Regions (vùng), named exactly in Vietnamese or English ("Đồng bằng sông Hồng", "Red River Delta"); default: all.',
  })
  regions?: string[] | null;

  @Field(() => Int, { nullable: true, description: TARGET_VERSION })
  version?: number | null;

  @UnitSetViewField()
  unitSet?: UnitSet | null;
}

@ObjectType('ScorecardRow', { description: 'One province and its cell on each metric, in the order of `metrics`.' })
export class ScorecardRowObject {
  @Field(() => ProvinceObject, { description: 'The province of the row.' })
  province!: ProvinceObject;

  @Field(() => [ProvinceAttainmentObject], {
    description:
      'The same figures as `attainment` gives for each metric (rank among all the units of the view: `unitCount`).',
  })
  cells!: ProvinceAttainmentObject[];
}

@ObjectType('Scorecard', {
  description: 'Provinces × metrics at one date on one basis, in one round trip: the matrix of the overview.',
})
export class ScorecardObject {
  @Field(() => LocalDateScalar, { description: 'The as-of date d the figures are at (the argument, or its default).' })
  asOf!: IsoDate;

  @Field(() => RankBasisEnum, { description: 'The basis of every cell (the argument).' })
  basis!: RankBasis;

  @Field(() => [String], { description: 'The metric keys of the columns, in order.' })
  metrics!: string[];

  @Field(() => [ScorecardRowObject], { description: 'In province-code order.' })
  rows!: ScorecardRowObject[];
}
