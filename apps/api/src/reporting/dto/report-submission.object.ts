import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ApprovalRequirement, ApprovalState } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { DataQualityWarningObject } from './data-quality-warning.object';

export const ApprovalStateEnum = {
  APPROVED: 'APPROVED',
  PENDING: 'PENDING',
  REJECTED: 'REJECTED',
} as const satisfies Record<ApprovalState, ApprovalState>;
registerEnumType(ApprovalStateEnum, {
  name: 'ApprovalState',
  description:
    'PENDING (chờ duyệt) until approved; only APPROVED figures count in A(d), national totals, ranks and scores.',
});

export const ApprovalRequirementEnum = {
  NONE: 'NONE',
  DIRECTOR: 'DIRECTOR',
  HEADQUARTERS: 'HEADQUARTERS',
} as const satisfies Record<ApprovalRequirement, ApprovalRequirement>;
registerEnumType(ApprovalRequirementEnum, {
  name: 'ApprovalRequirement',
  description:
    'NONE: counted at once (headquarters import, a director’s clean report); DIRECTOR: the province’s director approves; HEADQUARTERS: it trips a data-quality rule and a headquarters data officer approves.',
});

@ObjectType('ReportFigure')
export class ReportFigureObject {
  @Field()
  provinceCode!: string;

  @Field()
  metric!: string;

  @Field()
  reportDate!: string;

  @Field(() => Float, { description: 'Cumulative since the start of the plan period.' })
  value!: number;
}

@ObjectType('ReportSubmission', { description: 'One submitted report (a form or a file) with its approval.' })
export class ReportSubmissionObject {
  @Field(() => ID)
  id!: string;

  @Field()
  planId!: string;

  @Field(() => ProvinceObject, { nullable: true, description: 'The province of a form report; null for a file.' })
  province!: ProvinceObject | null;

  @Field()
  source!: string;

  @Field({ description: 'When it was received: UTC, ISO 8601 (…Z).' })
  submittedAt!: string;

  @Field({ description: 'From the session or token that sent it.' })
  submittedBy!: string;

  @Field()
  submittedByRole!: string;

  @Field(() => ApprovalStateEnum)
  state!: ApprovalState;

  @Field(() => ApprovalRequirementEnum)
  approvalRequired!: ApprovalRequirement;

  @Field(() => String, { nullable: true, description: 'UTC, ISO 8601 (…Z).' })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  reason!: string | null;

  @Field({ description: 'Whether the caller may approve or reject it now.' })
  canDecide!: boolean;

  @Field(() => [ReportFigureObject])
  figures!: ReportFigureObject[];

  @Field(() => [DataQualityWarningObject])
  warnings!: DataQualityWarningObject[];
}

@ArgsType()
export class ReportSubmissionsArgs {
  @Field()
  planId!: string;

  @Field(() => ApprovalStateEnum, { nullable: true, description: 'Default: every state.' })
  state?: ApprovalState | null;

  @Field(() => String, { nullable: true, description: 'A province code; provincial users see only their own.' })
  province?: string | null;

  @Field(() => Int, { defaultValue: 100, description: 'Newest first, at most 500.' })
  first!: number;
}
