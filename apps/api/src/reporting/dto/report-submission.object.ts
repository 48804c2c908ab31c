import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ApprovalRequirement, ApprovalState, IsoDate } from '@scorecard/domain';
import { ProvinceObject } from '../../reference/dto/province.object';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { Connection } from '../../graphql/connection';
import { METRIC_KEY, METRIC_UNIT_NOTE, PLAN_ID, PROVINCE_CODE } from '../../graphql/descriptions';
import { DataQualityWarningObject } from './data-quality-warning.object';

export const ApprovalStateEnum = {
  APPROVED: 'APPROVED',
  PENDING: 'PENDING',
  REJECTED: 'REJECTED',
} as const satisfies Record<ApprovalState, ApprovalState>;
registerEnumType(ApprovalStateEnum, {
  name: 'ApprovalState',
  description:
    'Approval (phê duyệt, docs/domain.md "Approval"): only APPROVED figures count in A(d), national totals, ranks and scores. Pending and rejected ones stay stored and visible.',
  valuesMap: {
    APPROVED: {
      description:
        'Đã duyệt: counts. Approved by the province’s director or headquarters, or needing no approval (headquarters imports, the shipped sample data).',
    },
    PENDING: { description: 'Chờ duyệt: sent, waiting for approval; shown, never counted.' },
    REJECTED: { description: 'Bị từ chối: rejected with a reason; kept and shown, never counted.' },
  },
});

export const ApprovalRequirementEnum = {
  NONE: 'NONE',
  DIRECTOR: 'DIRECTOR',
  HEADQUARTERS: 'HEADQUARTERS',
} as const satisfies Record<ApprovalRequirement, ApprovalRequirement>;
registerEnumType(ApprovalRequirementEnum, {
  name: 'ApprovalRequirement',
  description: 'Who has to approve a submitted report before its figures count.',
  valuesMap: {
    NONE: {
      description:
        'Nobody: counted at once (a headquarters import, or a director’s report without a data-quality finding).',
    },
    DIRECTOR: { description: 'The province’s director (giám đốc BHXH tỉnh) approves.' },
    HEADQUARTERS: {
      description: 'It trips a data-quality rule (DataQualityWarning): a headquarters data officer approves.',
    },
  },
});

@ObjectType('ReportFigure', { description: 'One figure of a submitted report.' })
export class ReportFigureObject {
  @Field({ description: PROVINCE_CODE })
  provinceCode!: string;

  @Field({ description: METRIC_KEY })
  metric!: string;

  @Field(() => LocalDateScalar, { description: 'The report date (kỳ báo cáo) it is for.' })
  reportDate!: IsoDate;

  @Field(() => Float, { description: `Cumulative since the start of the plan period (lũy kế), ${METRIC_UNIT_NOTE}.` })
  value!: number;
}

@ObjectType('ReportSubmission', { description: 'One submitted report (a form or a file) with its approval.' })
export class ReportSubmissionObject {
  @Field(() => ID, { description: 'Its id: pass to approveReport or rejectReport.' })
  id!: string;

  @Field({ description: PLAN_ID })
  planId!: string;

  @Field(() => ProvinceObject, { nullable: true, description: 'The province of a form report; null for a file.' })
  province!: ProvinceObject | null;

  @Field({ description: 'Where it came from: the file name, or "form:<login>" for the report form.' })
  source!: string;

  @Field({ description: 'When it was received: UTC, ISO 8601 (…Z).' })
  submittedAt!: string;

  @Field({ description: 'From the session or token that sent it.' })
  submittedBy!: string;

  @Field({ description: 'The role of the sender when it was sent, e.g. "officer" or "data-officer".' })
  submittedByRole!: string;

  @Field(() => ApprovalStateEnum, { description: 'Where it stands: pending, approved or rejected.' })
  state!: ApprovalState;

  @Field(() => ApprovalRequirementEnum, { description: 'Who has to approve it.' })
  approvalRequired!: ApprovalRequirement;

  @Field(() => String, {
    nullable: true,
    description: 'When it was approved or rejected: UTC, ISO 8601 (…Z); null while pending.',
  })
  decidedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Who approved or rejected it; null while pending.' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected; null unless rejected.' })
  reason!: string | null;

  @Field({ description: 'Whether the caller may approve or reject it now.' })
  canDecide!: boolean;

  @Field(() => [ReportFigureObject], { description: 'The figures it brought.' })
  figures!: ReportFigureObject[];

  @Field(() => [DataQualityWarningObject], { description: 'The data-quality findings on its figures.' })
  warnings!: DataQualityWarningObject[];
}

@ArgsType()
export class ReportSubmissionsArgs {
  @Field({ description: PLAN_ID })
  planId!: string;

  @Field(() => ApprovalStateEnum, { nullable: true, description: 'Only reports in this state; default: every state.' })
  state?: ApprovalState | null;

  @Field(() => String, {
    nullable: true,
    description: `${PROVINCE_CODE} Default: every province; provincial users see only their own.`,
  })
  province?: string | null;

  @Field(() => Int, { defaultValue: 100, description: 'How many, newest first: 1 to 500 (default 100).' })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The endCursor of the page before: the reports older than its last; default: from the newest.',
  })
  after?: string | null;
}

@ObjectType('ReportSubmissionConnection', { description: 'A page of the submitted reports, newest first.' })
export class ReportSubmissionConnectionObject extends Connection(
  ReportSubmissionObject,
  'ReportSubmission',
  'report',
) {}
