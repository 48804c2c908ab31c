import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { YearMonth } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { YearMonthScalar } from '../../graphql/date.scalars';
import { METRIC_KEY, PLAN_ID } from '../../graphql/descriptions';

export const ReconciliationKindEnum = {
  ROW_MONTHS_VS_TOTAL: 'ROW_MONTHS_VS_TOTAL',
  PROVINCES_VS_NATIONAL: 'PROVINCES_VS_NATIONAL',
} as const;
registerEnumType(ReconciliationKindEnum, {
  name: 'ReconciliationKind',
  description: 'Which two parts of a published table disagree.',
  valuesMap: {
    ROW_MONTHS_VS_TOTAL: { description: "A row's monthly columns against its published period total (Tổng số)." },
    PROVINCES_VS_NATIONAL: {
      description:
        'The province rows (63, or 34 for a plan on the 34 units) against the published national row (Toàn quốc), for the period or a month.',
    },
  },
});

export const ReconciliationSeverityEnum = { ROUNDING: 'ROUNDING', ERROR: 'ERROR' } as const;
registerEnumType(ReconciliationSeverityEnum, {
  name: 'ReconciliationSeverity',
  description: 'How far apart the two are: rounding is normal, an error someone must look at.',
  valuesMap: {
    ROUNDING: { description: 'Within what rounding each published number to whole units can explain.' },
    ERROR: { description: 'Beyond it: an error in the source table.' },
  },
});

@ObjectType('ReconciliationFinding', {
  description: 'A place where a published table disagrees with itself. The published number stays as published.',
})
export class ReconciliationFindingObject {
  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field(() => ReconciliationKindEnum, { description: 'Which parts disagree.' })
  kind!: keyof typeof ReconciliationKindEnum;

  @Field(() => ProvinceObject, { nullable: true, description: 'The province of the row; null for the national row.' })
  province!: ProvinceObject | null;

  @Field({ description: 'The row name as printed.' })
  publishedName!: string;

  @Field(() => YearMonthScalar, { nullable: true, description: 'The month of the column; null for the period total.' })
  month!: YearMonth | null;

  @Field(() => Float, { description: "The published number, in the metric's unit." })
  published!: number;

  @Field(() => Float, { description: 'The sum of the parts (months of the row, or the province rows).' })
  computed!: number;

  @Field(() => Float, { description: 'published − computed.' })
  difference!: number;

  @Field(() => ReconciliationSeverityEnum, { description: 'Rounding or error.' })
  severity!: keyof typeof ReconciliationSeverityEnum;

  @Field({ description: 'Source file of the published table.' })
  file!: string;

  @Field(() => Int, { description: 'Line of the published number in that file.' })
  line!: number;

  @Field({ description: 'The disagreement in words, with the values, in English.' })
  message!: string;
}

@ObjectType('PlanReconciliation', {
  description:
    'Where the published tables of one plan version disagree with themselves (đối chiếu số liệu), rounding told apart from errors.',
})
export class PlanReconciliationObject {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field(() => Int, { description: 'The plan version checked.' })
  version!: number;

  @Field(() => Int, { description: 'Published numbers checked.' })
  cellsChecked!: number;

  @Field(() => Int, { description: 'Findings of severity ROUNDING.' })
  roundingCount!: number;

  @Field(() => Int, { description: 'Findings of severity ERROR.' })
  errorCount!: number;

  @Field(() => [ReconciliationFindingObject], { description: 'Every finding.' })
  findings!: ReconciliationFindingObject[];
}
