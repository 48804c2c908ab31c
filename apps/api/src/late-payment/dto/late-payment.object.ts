import type { StatusBand } from '@scorecard/domain';
import { StatusBandEnum } from '../../attainment/dto/province-attainment.object';
import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ArrearsBucket } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';

export const ArrearsBucketEnum = {
  UNDER_1_MONTH: 'UNDER_1_MONTH',
  FROM_1_TO_3_MONTHS: 'FROM_1_TO_3_MONTHS',
  FROM_3_MONTHS: 'FROM_3_MONTHS',
} as const satisfies Record<ArrearsBucket, ArrearsBucket>;
registerEnumType(ArrearsBucketEnum, {
  name: 'ArrearsBucket',
  description:
    'Age of overdue contributions in whole months since they became overdue: under 1, 1 to under 3, 3 or more.',
});

@ObjectType('ArrearsBucketFigure', {
  description: 'One age bucket: the overdue amount of that age and the action it calls for.',
})
export class ArrearsBucketFigureObject {
  @Field(() => ArrearsBucketEnum)
  bucket!: ArrearsBucket;

  @Field()
  labelVi!: string;

  @Field()
  labelEn!: string;

  @Field({ description: 'What the rules prescribe for employers whose oldest debt is of this age.' })
  actionVi!: string;

  @Field({ description: 'actionVi in English.' })
  actionEn!: string;

  @Field(() => Float, { description: 'Overdue amount of this age, VND.' })
  amount!: number;

  @Field(() => Int, { description: 'Employers whose oldest overdue month is of this age.' })
  employers!: number;
}

@ObjectType('NationalLatePayment', { description: 'Sums over the 63 provinces.' })
export class NationalLatePaymentObject {
  @Field(() => Float, { description: 'Contributions due from January of the as-of year to the as-of month, VND.' })
  receivable!: number;

  @Field(() => Float, { description: 'Unpaid contributions of months already past due, VND.' })
  overdue!: number;

  @Field(() => Float, { nullable: true, description: 'overdue / receivable; null when nothing is receivable.' })
  ratio!: number | null;

  @Field(() => StatusBandEnum, {
    nullable: true,
    description:
      'The ratio against bandReference, lower is better: Đạt at or below it, Cần chú ý up to bandThreshold × it, Chậm above; null without a ratio.',
  })
  band!: StatusBand | null;

  @Field(() => String, { nullable: true })
  bandLabel!: string | null;

  @Field(() => Int, { description: 'Employers with any contribution due so far.' })
  employers!: number;

  @Field(() => Int)
  employersInArrears!: number;

  @Field(() => [ArrearsBucketFigureObject])
  buckets!: ArrearsBucketFigureObject[];
}

@ObjectType('ProvinceLatePayment')
export class ProvinceLatePaymentObject extends NationalLatePaymentObject {
  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field(() => Int, { nullable: true, description: 'Competition rank on the ratio, lowest first; null when no ratio.' })
  rank!: number | null;

  @Field(() => Int, { nullable: true, description: 'Rank at previousAsOf.' })
  previousRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'previousRank − rank: positive = moved up (ratio got better).' })
  rankChange!: number | null;
}

@ObjectType('LatePaymentReference')
export class LatePaymentReferenceObject {
  @Field()
  label!: string;

  @Field({ description: 'label in English.' })
  labelEn!: string;

  @Field()
  asOf!: string;

  @Field(() => Float)
  ratio!: number;
}

@ObjectType('LatePayment')
export class LatePaymentObject {
  @Field()
  asOf!: string;

  @Field(() => String, {
    nullable: true,
    description: 'End of the previous month: the date rank change compares with.',
  })
  previousAsOf!: string | null;

  @Field({ description: 'First day the ledger covers.' })
  ledgerFrom!: string;

  @Field({ description: 'Last day the ledger covers (a month end).' })
  ledgerTo!: string;

  @Field({ description: 'The ledger is generated sample data, not real employers.' })
  synthetic!: boolean;

  @Field(() => NationalLatePaymentObject)
  national!: NationalLatePaymentObject;

  @Field(() => [ProvinceLatePaymentObject], { description: 'Rank order: lowest ratio first; unranked last.' })
  provinces!: ProvinceLatePaymentObject[];

  @Field(() => [LatePaymentReferenceObject], {
    description: 'Published national ratios (2.91% end 2022, 3.37% Sept 2023).',
  })
  references!: LatePaymentReferenceObject[];

  @Field(() => LatePaymentReferenceObject, {
    description: 'The reference the bands compare with: the latest published on or before asOf, else the earliest.',
  })
  bandReference!: LatePaymentReferenceObject;

  @Field(() => Float, {
    description:
      'Cần chú ý up to this multiple of bandReference: the plan’s latePaymentAtRisk when planId was given, else 1.1.',
  })
  bandThreshold!: number;
}

@ObjectType('LatePaymentPoint')
export class LatePaymentPointObject {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field({ description: 'The month end the figures are at.' })
  asOf!: string;

  @Field(() => Float)
  receivable!: number;

  @Field(() => Float)
  overdue!: number;

  @Field(() => Float, { nullable: true })
  ratio!: number | null;
}
