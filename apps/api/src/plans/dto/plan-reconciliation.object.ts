import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProvinceObject } from '../../reference/dto/province.object';

export const ReconciliationKindEnum = {
  ROW_MONTHS_VS_TOTAL: 'ROW_MONTHS_VS_TOTAL',
  PROVINCES_VS_NATIONAL: 'PROVINCES_VS_NATIONAL',
} as const;
registerEnumType(ReconciliationKindEnum, {
  name: 'ReconciliationKind',
  description:
    "ROW_MONTHS_VS_TOTAL: a row's months against its published total. PROVINCES_VS_NATIONAL: the 63 province rows against the published national row.",
});

export const ReconciliationSeverityEnum = { ROUNDING: 'ROUNDING', ERROR: 'ERROR' } as const;
registerEnumType(ReconciliationSeverityEnum, {
  name: 'ReconciliationSeverity',
  description:
    'ROUNDING: within what rounding each published number to whole units can explain. ERROR: beyond it, an error in the source.',
});

@ObjectType('ReconciliationFinding', {
  description: 'A place where a published table disagrees with itself. The published number stays as published.',
})
export class ReconciliationFindingObject {
  @Field()
  metric!: string;

  @Field(() => ReconciliationKindEnum)
  kind!: keyof typeof ReconciliationKindEnum;

  @Field(() => ProvinceObject, { nullable: true, description: 'Null for the national row.' })
  province!: ProvinceObject | null;

  @Field({ description: 'The row name as printed.' })
  publishedName!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM; null for the period total.' })
  month!: string | null;

  @Field(() => Float)
  published!: number;

  @Field(() => Float, { description: 'The sum of the parts (months of the row, or the 63 provinces).' })
  computed!: number;

  @Field(() => Float, { description: 'published − computed.' })
  difference!: number;

  @Field(() => ReconciliationSeverityEnum)
  severity!: keyof typeof ReconciliationSeverityEnum;

  @Field({ description: 'Source file of the published table.' })
  file!: string;

  @Field(() => Int, { description: 'Line of the published number in that file.' })
  line!: number;

  @Field()
  message!: string;
}

@ObjectType('PlanReconciliation')
export class PlanReconciliationObject {
  @Field()
  planId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Int)
  cellsChecked!: number;

  @Field(() => Int)
  roundingCount!: number;

  @Field(() => Int)
  errorCount!: number;

  @Field(() => [ReconciliationFindingObject])
  findings!: ReconciliationFindingObject[];
}
