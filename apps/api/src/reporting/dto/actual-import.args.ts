import { ArgsType, Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { ApprovalRequirement, ApprovalState, IsoDate } from '@scorecard/domain';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { METRIC_KEY, PLAN_ID, PROVINCE_CODE } from '../../graphql/descriptions';
import { ApprovalRequirementEnum, ApprovalStateEnum } from './report-submission.object';
import { PlanFileInput } from '../../plans/dto/plan-import.args';
import { DataQualityWarningObject } from './data-quality-warning.object';

@ArgsType()
export class ImportActualsArgs {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field(() => [PlanFileInput], { description: 'CSV, XLSX, Parquet or Arrow IPC files in long form.' })
  files!: PlanFileInput[];
}

@InputType('ReportValueInput', { description: 'One figure of a report: a metric and its cumulative value.' })
export class ReportValueInput {
  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field(() => Float, {
    description:
      "Cumulative since the start of the plan period (lũy kế), in the metric's unit (see `Metric.unit`: persons, million VND, …).",
  })
  value!: number;
}

@ArgsType()
export class SubmitReportArgs {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field({ description: PROVINCE_CODE })
  province!: string;

  @Field(() => LocalDateScalar, {
    description:
      "The report date (kỳ báo cáo) the figures are for, within the plan period; a date that is not one of the plan's report dates is stored with an OFF_SCHEDULE_DATE warning.",
  })
  reportDate!: IsoDate;

  @Field(() => [ReportValueInput], { description: 'The figures, one per metric.' })
  values!: ReportValueInput[];
}

@ObjectType('ActualImportResult', {
  description: 'An accepted import of actuals (a file or the form): what was stored, its approval and its warnings.',
})
export class ActualImportResultObject {
  @Field({ description: 'The plan the figures were stored against.' })
  planId!: string;

  @Field(() => Int, { description: 'Rows stored as new revisions.' })
  rowsStored!: number;

  @Field(() => Int, { description: 'Rows equal to the revision already in force.' })
  rowsUnchanged!: number;

  @Field({ description: 'The same content was imported before; nothing was written.' })
  alreadyImported!: boolean;

  @Field(() => [DataQualityWarningObject], {
    description: 'Suspicious but possible figures, stored as sent and listed for headquarters.',
  })
  warnings!: DataQualityWarningObject[];

  @Field(() => String, {
    nullable: true,
    description: 'The stored report (see reportSubmissions); null when nothing was stored.',
  })
  submissionId!: string | null;

  @Field(() => ApprovalStateEnum, { description: 'PENDING until approved; pending figures do not count yet.' })
  state!: ApprovalState;

  @Field(() => ApprovalRequirementEnum, { description: 'Who must approve it before it counts, if anyone.' })
  approvalRequired!: ApprovalRequirement;
}
