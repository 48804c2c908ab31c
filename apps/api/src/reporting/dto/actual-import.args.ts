import { ArgsType, Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { ApprovalRequirement, ApprovalState } from '@scorecard/domain';
import { ApprovalRequirementEnum, ApprovalStateEnum } from './report-submission.object';
import { PlanFileInput } from '../../plans/dto/plan-import.args';
import { DataQualityWarningObject } from './data-quality-warning.object';

@ArgsType()
export class ImportActualsArgs {
  @Field()
  planId!: string;

  @Field(() => [PlanFileInput], { description: 'CSV, XLSX, Parquet or Arrow IPC files in long form.' })
  files!: PlanFileInput[];
}

@InputType('ReportValueInput')
export class ReportValueInput {
  @Field()
  metric!: string;

  @Field(() => Float, { description: 'Cumulative since the start of the plan period (lũy kế).' })
  value!: number;
}

@ArgsType()
export class SubmitReportArgs {
  @Field()
  planId!: string;

  @Field({ description: 'Province code, e.g. "01".' })
  province!: string;

  @Field({ description: 'YYYY-MM-DD, within the plan period.' })
  reportDate!: string;

  @Field(() => [ReportValueInput])
  values!: ReportValueInput[];
}

@ObjectType('ActualImportResult')
export class ActualImportResultObject {
  @Field()
  planId!: string;

  @Field(() => Int)
  rowsStored!: number;

  @Field(() => Int, { description: 'Rows equal to the revision already in force.' })
  rowsUnchanged!: number;

  @Field({ description: 'The same content was imported before; nothing was written.' })
  alreadyImported!: boolean;

  @Field(() => [DataQualityWarningObject])
  warnings!: DataQualityWarningObject[];

  @Field(() => String, {
    nullable: true,
    description: 'The stored report (see reportSubmissions); null when nothing was stored.',
  })
  submissionId!: string | null;

  @Field(() => ApprovalStateEnum, { description: 'PENDING until approved; pending figures do not count yet.' })
  state!: ApprovalState;

  @Field(() => ApprovalRequirementEnum)
  approvalRequired!: ApprovalRequirement;
}
