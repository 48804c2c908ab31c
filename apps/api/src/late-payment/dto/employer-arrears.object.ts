import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../graphql/connection';
import type { ArrearsBucket, YearMonth } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { YearMonthScalar } from '../../graphql/date.scalars';
import { ArrearsBucketEnum, ArrearsBucketFigureObject } from './late-payment.object';

@ObjectType('Employer', { description: 'An employer (đơn vị sử dụng lao động) of the contribution ledger.' })
export class EmployerObject {
  @Field({ description: 'Employer code (mã đơn vị).' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Tax code (mã số thuế), how compliance cases find the employer: the code itself when the ledger uses it, "99" and the eight digits of a synthetic employer\'s code; null otherwise.',
  })
  taxCode!: string | null;

  @Field({ description: 'Name as the ledger gives it.' })
  name!: string;

  @Field({ description: 'District (quận/huyện) as the ledger gives it.' })
  district!: string;

  @Field({ description: 'Ownership type (loại hình) as the ledger gives it, e.g. "Doanh nghiệp ngoài nhà nước".' })
  ownership!: string;

  @Field(() => Int, { description: 'Number of workers (người lao động), as the ledger gives it.' })
  workers!: number;

  @Field(() => ProvinceObject, { description: 'Its province.' })
  province!: ProvinceObject;

  @Field({ description: 'True when it is generated sample data, not a real employer.' })
  synthetic!: boolean;
}

@ObjectType('EmployerArrears', { description: 'One employer in arrears at the as-of date.' })
export class EmployerArrearsObject {
  @Field(() => EmployerObject, { description: 'The employer.' })
  employer!: EmployerObject;

  @Field(() => Float, {
    description: 'Contributions receivable from January of the as-of year to the as-of month, VND.',
  })
  receivable!: number;

  @Field(() => Float, { description: 'Outstanding late contributions at asOf, VND.' })
  overdue!: number;

  @Field(() => YearMonthScalar, { description: 'Oldest month with an unpaid overdue remainder.' })
  oldestOverdueMonth!: YearMonth;

  @Field(() => Int, {
    description: 'Age of that remainder in whole months since it became overdue (0: under one month).',
  })
  ageMonths!: number;

  @Field(() => ArrearsBucketEnum, { description: 'Bucket of the oldest overdue month: decides the action.' })
  bucket!: ArrearsBucket;

  @Field({ description: 'The action the bucket prescribes, in Vietnamese.' })
  actionVi!: string;

  @Field({ description: 'actionVi in English.' })
  actionEn!: string;

  @Field(() => [ArrearsBucketFigureObject], { description: 'The overdue amount by age (employers: 1 where any).' })
  byBucket!: ArrearsBucketFigureObject[];
}

@ObjectType('EmployerArrearsConnection', {
  description: "A page of a province's employers in arrears, largest overdue first.",
})
export class EmployerArrearsConnectionObject extends Connection(EmployerArrearsObject, 'EmployerArrears', 'employer') {
  @Field(() => Float, { description: 'Their overdue amount together, VND.' })
  totalOverdue!: number;
}
