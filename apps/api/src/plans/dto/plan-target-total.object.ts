import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('PlanMonthTotal')
export class PlanMonthTotalObject {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Float, { nullable: true, description: 'The published national row for the month.' })
  publishedNational!: number | null;

  @Field(() => Float, { description: 'Sum of the 63 provinces for the month.' })
  provinces!: number;
}

@ObjectType('PlanTargetTotal', {
  description: "A metric's published national totals beside the sums of the provinces.",
})
export class PlanTargetTotalObject {
  @Field()
  metric!: string;

  @Field(() => Float, { nullable: true })
  publishedNationalTotal!: number | null;

  @Field(() => Float)
  provincesTotal!: number;

  @Field(() => [PlanMonthTotalObject])
  months!: PlanMonthTotalObject[];
}
