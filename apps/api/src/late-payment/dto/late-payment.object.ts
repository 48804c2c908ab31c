import type { IsoDate, StatusBand, UnitSet, YearMonth } from '@scorecard/domain';
import { StatusBandEnum } from '../../attainment/dto/province-attainment.object';
import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ArrearsBucket } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { UnitSetEnum } from '../../reference/dto/unit-set.enum';
import { LocalDateScalar, YearMonthScalar } from '../../graphql/date.scalars';
import { BAND_LABEL } from '../../graphql/descriptions';

export const ArrearsBucketEnum = {
  UNDER_1_MONTH: 'UNDER_1_MONTH',
  FROM_1_TO_3_MONTHS: 'FROM_1_TO_3_MONTHS',
  FROM_3_MONTHS: 'FROM_3_MONTHS',
} as const satisfies Record<ArrearsBucket, ArrearsBucket>;
registerEnumType(ArrearsBucketEnum, {
  name: 'ArrearsBucket',
  description:
    'Arrears age bucket (nhóm tuổi nợ, docs/domain.md): the age of overdue contributions in whole months since they became overdue, each with the action it prescribes (seeds 002, 004).',
  valuesMap: {
    UNDER_1_MONTH: {
      description: 'Under 1 month (dưới 1 tháng): remind by phone, Zalo, e-mail and notice.',
    },
    FROM_1_TO_3_MONTHS: {
      description:
        '1 to under 3 months (từ 1 đến dưới 3 tháng): visit the employer, record a working minute (Mẫu D04h-TS), notice of reminder.',
    },
    FROM_3_MONTHS: {
      description:
        '3 months or more (từ 3 tháng trở lên): unannounced specialised inspection, administrative fine, and when it persists a file to the police (Article 216, Criminal Code 2015).',
    },
  },
});

@ObjectType('ArrearsBucketFigure', {
  description: 'One age bucket: the overdue amount of that age and the action it calls for.',
})
export class ArrearsBucketFigureObject {
  @Field(() => ArrearsBucketEnum, { description: 'The age bucket.' })
  bucket!: ArrearsBucket;

  @Field({ description: 'The bucket’s name in Vietnamese, e.g. "Dưới 1 tháng".' })
  labelVi!: string;

  @Field({ description: 'labelVi in English.' })
  labelEn!: string;

  @Field({ description: 'What the rules prescribe for employers whose oldest debt is of this age, in Vietnamese.' })
  actionVi!: string;

  @Field({ description: 'actionVi in English.' })
  actionEn!: string;

  @Field(() => Float, { description: 'Overdue amount of this age, VND (đồng).' })
  amount!: number;

  @Field(() => Int, { description: 'Employers whose oldest overdue month is of this age.' })
  employers!: number;
}

@ObjectType('NationalLatePayment', {
  description: 'Late payment (chậm đóng) summed over the 63 provinces at the as-of date.',
})
export class NationalLatePaymentObject {
  @Field(() => Float, {
    description: 'Contributions receivable (phải thu) from January of the as-of year to the as-of month, VND.',
  })
  receivable!: number;

  @Field(() => Float, {
    description:
      'Outstanding late contributions (nợ chậm đóng) at asOf: unpaid contributions of months already past due, VND.',
  })
  overdue!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Late-payment ratio (tỷ lệ chậm đóng) = overdue / receivable, a fraction (0.0291 = 2.91 %); null when nothing is receivable.',
  })
  ratio!: number | null;

  @Field(() => StatusBandEnum, {
    nullable: true,
    description:
      'The ratio against bandReference, lower is better: Đạt at or below it, Cần chú ý up to bandThreshold × it, Chậm above; null without a ratio.',
  })
  band!: StatusBand | null;

  @Field(() => String, { nullable: true, description: BAND_LABEL })
  bandLabel!: string | null;

  @Field(() => Int, { description: 'Employers with any contribution due so far.' })
  employers!: number;

  @Field(() => Int, { description: 'Employers with anything overdue at asOf.' })
  employersInArrears!: number;

  @Field(() => [ArrearsBucketFigureObject], {
    description: 'The overdue amount and employers by age bucket, youngest first.',
  })
  buckets!: ArrearsBucketFigureObject[];
}

@ObjectType('ProvinceLatePayment', {
  description:
    'Late payment (chậm đóng) of one province at the as-of date, with its rank among the units of the set asked for (63, or 34).',
})
export class ProvinceLatePaymentObject extends NationalLatePaymentObject {
  @Field(() => ProvinceObject, { description: 'The province.' })
  province!: ProvinceObject;

  @Field(() => Int, {
    nullable: true,
    description: 'Competition rank (1, 2, 2, 4) on the ratio, lowest first; null when there is no ratio.',
  })
  rank!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Rank at previousAsOf; null when not ranked then or the ledger does not reach back.',
  })
  previousRank!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'previousRank − rank: positive = moved up (ratio got better); null when either is null.',
  })
  rankChange!: number | null;
}

@ObjectType('LatePaymentReference', {
  description: 'A national late-payment ratio published by BHXH Việt Nam (seeds 002, 003).',
})
export class LatePaymentReferenceObject {
  @Field({ description: 'What it is, in Vietnamese, e.g. "Cả nước cuối năm 2022".' })
  label!: string;

  @Field({ description: 'label in English.' })
  labelEn!: string;

  @Field(() => LocalDateScalar, { description: 'The date the ratio was published for.' })
  asOf!: IsoDate;

  @Field(() => Float, { description: 'The ratio, a fraction (0.0291 = 2.91 %).' })
  ratio!: number;
}

@ObjectType('LatePayment', {
  description:
    'Late payment (chậm đóng) per province and nationally at one date, from the contribution ledger (sổ thu): the late-payment ratio of docs/domain.md.',
})
export class LatePaymentObject {
  @Field(() => LocalDateScalar, { description: 'The as-of date d (the argument, or the last day of the ledger).' })
  asOf!: IsoDate;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'End of the previous month: the date rank change compares with; null when the ledger does not reach back to it.',
  })
  previousAsOf!: IsoDate | null;

  @Field(() => LocalDateScalar, { description: 'First day the ledger covers.' })
  ledgerFrom!: IsoDate;

  @Field(() => LocalDateScalar, { description: 'Last day the ledger covers (a month end).' })
  ledgerTo!: IsoDate;

  @Field({ description: 'The ledger is generated sample data, not real employers.' })
  synthetic!: boolean;

  @Field(() => UnitSetEnum, {
    description: "The unit set of the ledger's own province codes (the ledger shipped is on the 63: VN63).",
  })
  ledgerUnitSet!: UnitSet;

  @Field(() => UnitSetEnum, {
    description: 'The unit set the provinces of this answer are on (the argument `unitSet`): the ledger’s, or VN34.',
  })
  unitSet!: UnitSet;

  @Field(() => NationalLatePaymentObject, {
    description: 'The sums over all the provinces (the same on both unit sets).',
  })
  national!: NationalLatePaymentObject;

  @Field(() => [ProvinceLatePaymentObject], { description: 'Rank order: lowest ratio first; unranked last.' })
  provinces!: ProvinceLatePaymentObject[];

  @Field(() => [LatePaymentReferenceObject], {
    description: 'Published national ratios (2.91 % at the end of 2022, 3.37 % after nine months of 2023).',
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

@ObjectType('LatePaymentPoint', {
  description: 'Late payment (chậm đóng) at one month end: a point of the trend.',
})
export class LatePaymentPointObject {
  @Field(() => YearMonthScalar, { description: 'The month.' })
  month!: YearMonth;

  @Field(() => LocalDateScalar, { description: 'The month end the figures are at.' })
  asOf!: IsoDate;

  @Field(() => Float, {
    description: 'Contributions receivable from January of that year to the month, VND.',
  })
  receivable!: number;

  @Field(() => Float, { description: 'Outstanding late contributions at the month end, VND.' })
  overdue!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'overdue / receivable, a fraction (0.0291 = 2.91 %); null when nothing is receivable.',
  })
  ratio!: number | null;
}
