import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { ArrearsBucket } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { ArrearsBucketEnum, ArrearsBucketFigureObject } from './late-payment.object';

@ObjectType('Employer')
export class EmployerObject {
  @Field({ description: 'Employer code (mã đơn vị).' })
  id!: string;

  @Field()
  name!: string;

  @Field()
  district!: string;

  @Field()
  ownership!: string;

  @Field(() => Int)
  workers!: number;

  @Field(() => ProvinceObject)
  province!: ProvinceObject;

  @Field()
  synthetic!: boolean;
}

@ObjectType('EmployerArrears')
export class EmployerArrearsObject {
  @Field(() => EmployerObject)
  employer!: EmployerObject;

  @Field(() => Float)
  receivable!: number;

  @Field(() => Float)
  overdue!: number;

  @Field({ description: 'Oldest month with an unpaid overdue remainder, YYYY-MM.' })
  oldestOverdueMonth!: string;

  @Field(() => Int)
  ageMonths!: number;

  @Field(() => ArrearsBucketEnum, { description: 'Bucket of the oldest overdue month: decides the action.' })
  bucket!: ArrearsBucket;

  @Field()
  actionVi!: string;

  @Field({ description: 'actionVi in English.' })
  actionEn!: string;

  @Field(() => [ArrearsBucketFigureObject], { description: 'The overdue amount by age (employers: 1 where any).' })
  byBucket!: ArrearsBucketFigureObject[];
}

@ObjectType('EmployerArrearsEdge')
export class EmployerArrearsEdgeObject {
  @Field()
  cursor!: string;

  @Field(() => EmployerArrearsObject)
  node!: EmployerArrearsObject;
}

@ObjectType('PageInfo')
export class PageInfoObject {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('EmployerArrearsConnection')
export class EmployerArrearsConnectionObject {
  @Field(() => Int, { description: 'Employers in arrears matching the filter.' })
  totalCount!: number;

  @Field(() => Float)
  totalOverdue!: number;

  @Field(() => [EmployerArrearsEdgeObject])
  edges!: EmployerArrearsEdgeObject[];

  @Field(() => PageInfoObject)
  pageInfo!: PageInfoObject;
}
