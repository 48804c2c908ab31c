import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { YearMonth } from '@scorecard/domain';
import { YearMonthScalar } from '../../graphql/date.scalars';
import { METRIC_KEY, METRIC_UNIT_NOTE } from '../../graphql/descriptions';

@ObjectType('PlanMonthTotal', {
  description: "One month of a metric's targets: the national row beside the provinces.",
})
export class PlanMonthTotalObject {
  @Field(() => YearMonthScalar, { description: 'The month.' })
  month!: YearMonth;

  @Field(() => Float, {
    nullable: true,
    description: `The published national row for the month, ${METRIC_UNIT_NOTE}; null when not published.`,
  })
  publishedNational!: number | null;

  @Field(() => Float, { description: 'Sum of the provinces (the units of the plan’s unit set) for the month.' })
  provinces!: number;
}

@ObjectType('PlanTargetTotal', {
  description: "A metric's published national totals beside the sums of the provinces.",
})
export class PlanTargetTotalObject {
  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field(() => Float, {
    nullable: true,
    description: `The published national period total (Toàn quốc, Tổng số), ${METRIC_UNIT_NOTE}; null when not published.`,
  })
  publishedNationalTotal!: number | null;

  @Field(() => Float, {
    description: "Sum of the provinces' published period totals (the units of the plan's unit set).",
  })
  provincesTotal!: number;

  @Field(() => [PlanMonthTotalObject], { description: 'Each month of the period, in order.' })
  months!: PlanMonthTotalObject[];
}
