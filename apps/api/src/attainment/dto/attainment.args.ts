import { ArgsType, Field, Int, registerEnumType } from '@nestjs/graphql';
import type { IsoDate, RankBasis, UnitSet } from '@scorecard/domain';
import { UnitSetViewField } from '../../reference/dto/unit-set.enum';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { AS_OF_IN_PLAN, BASIS_ARGUMENT, METRIC_KEY, PLAN_ID, TARGET_VERSION } from '../../graphql/descriptions';

export const RankBasisEnum = { TO_DATE: 'TO_DATE', PERIOD: 'PERIOD' } as const satisfies Record<RankBasis, RankBasis>;
registerEnumType(RankBasisEnum, {
  name: 'RankBasis',
  description:
    'The basis of a view (cơ sở so sánh, docs/domain.md "Basis"): what figure, reference, rank and band compare ' +
    'against. One basis decides everything a view shows at once; the two are never mixed.',
  valuesMap: {
    TO_DATE: {
      description:
        'Against the target to date (so với chỉ tiêu đến ngày): figure = attainment to date A(d) / T(d), reference = 1 (100 % of T(d)). The default.',
    },
    PERIOD: {
      description:
        'Against the period plan and time elapsed (so với tiến độ thời gian): figure = attainment of the period A(d) / period total, reference = time elapsed.',
    },
  },
});

@ArgsType()
export class AttainmentArgs {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: AS_OF_IN_PLAN })
  asOf?: IsoDate | null;

  @Field(() => RankBasisEnum, { defaultValue: 'TO_DATE', description: BASIS_ARGUMENT })
  basis!: RankBasis;

  @Field(() => Int, { nullable: true, description: TARGET_VERSION })
  version?: number | null;

  @UnitSetViewField()
  unitSet?: UnitSet | null;
}

@ArgsType()
export class NationalAttainmentArgs {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: AS_OF_IN_PLAN })
  asOf?: IsoDate | null;

  @Field(() => RankBasisEnum, {
    defaultValue: 'TO_DATE',
    description: `${BASIS_ARGUMENT} Here it sets figure, reference and band of the national figure; the sums are the same on both.`,
  })
  basis!: RankBasis;

  @Field(() => Int, { nullable: true, description: TARGET_VERSION })
  version?: number | null;
}

@ArgsType()
export class PeriodProgressArgs {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: AS_OF_IN_PLAN })
  asOf?: IsoDate | null;
}
