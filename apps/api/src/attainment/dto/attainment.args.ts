import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import type { RankBasis } from '@scorecard/domain';

export const RankBasisEnum = { TO_DATE: 'TO_DATE', PERIOD: 'PERIOD' } as const satisfies Record<RankBasis, RankBasis>;
registerEnumType(RankBasisEnum, {
  name: 'RankBasis',
  description:
    'TO_DATE ranks on attainment against the pro-rated target to date; PERIOD on attainment of the whole-period quota.',
});

@ArgsType()
export class AttainmentArgs {
  @Field()
  planId!: string;

  @Field({ description: 'Metric key, see `metrics`.' })
  metric!: string;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD within the plan period; default: the latest report date with data.',
  })
  asOf?: string | null;

  @Field(() => RankBasisEnum, { defaultValue: 'TO_DATE' })
  basis!: RankBasis;

  @Field(() => Int, { nullable: true, description: 'Plan version of the targets; default: the latest.' })
  version?: number | null;
}

@ArgsType()
export class NationalAttainmentArgs {
  @Field()
  planId!: string;

  @Field()
  metric!: string;

  @Field(() => String, { nullable: true })
  asOf?: string | null;

  @Field(() => RankBasisEnum, { defaultValue: 'TO_DATE', description: 'The basis of figure, reference and band.' })
  basis!: RankBasis;

  @Field(() => Int, { nullable: true, description: 'Plan version of the targets; default: the latest.' })
  version?: number | null;
}

@ArgsType()
export class PeriodProgressArgs {
  @Field()
  planId!: string;

  @Field(() => String, { nullable: true })
  asOf?: string | null;
}
