import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { COMPLIANCE_STEPS, type ComplianceStepKind } from '@scorecard/domain';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { ProvinceObject } from '../../reference/dto/province.object';

const STEP_DESCRIPTIONS: Record<ComplianceStepKind, string> = {
  LIST_RECEIVED: 'The list arrived from the tax authority or business registration (danh sách 02a-KT / 03a-KT).',
  ENTERED: 'Entered in the software (cập nhật vào phần mềm), at most 5 days after receipt.',
  NOTICE_SENT: 'Notice to the employer, form 04-KT (thông báo).',
  CONFERENCE_INVITED: 'Invited to a conference, form 05-KT (giấy mời hội nghị), once 10 days pass without a response.',
  CONFERENCE_HELD: 'Conference with employers held (hội nghị), every conference of a year before 20 December.',
  INSPECTION_SCHEDULED:
    'Direct inspection scheduled, form 05a-KT with checklist 05b-KT, within 2 days of the conference.',
  INSPECTION_DONE: 'Direct inspection done, minutes 06-KT (biên bản làm việc).',
  SPECIALISED_INSPECTION:
    'Specialised inspection decided (thanh tra chuyên ngành), 07-KT, 10 days on without compliance.',
  POLICE_REFERRAL: 'File sent to the police under Article 216 of the Criminal Code (chuyển hồ sơ Công an).',
};

export const ComplianceStepEnum = Object.fromEntries(COMPLIANCE_STEPS.map((kind) => [kind, kind])) as {
  [K in ComplianceStepKind]: K;
};
registerEnumType(ComplianceStepEnum, {
  name: 'ComplianceStep',
  description:
    'A step of the employer compliance workflow of the 2022 guidance (seed 000, docs/compliance.md), in its order.',
  valuesMap: Object.fromEntries(COMPLIANCE_STEPS.map((kind) => [kind, { description: STEP_DESCRIPTIONS[kind] }])),
});

@ObjectType('ComplianceFunnelStep', { description: 'How many cases had reached one step of the workflow.' })
export class ComplianceFunnelStepObject {
  @Field(() => ComplianceStepEnum, { description: 'The step.' })
  step!: ComplianceStepKind;

  @Field(() => String, { nullable: true, description: 'The form that documents it, e.g. "04-KT"; null when none.' })
  form!: string | null;

  @Field(() => Int, { description: 'Cases that had reached this step or gone past it by asOf.' })
  reached!: number;
}

@ObjectType('ComplianceFunnel', {
  description:
    'The employer compliance funnel (phễu khai thác đơn vị chưa tham gia) of a province or the nation at a date: how far the cases have come, and how many wait past a deadline.',
})
export class ComplianceFunnelObject {
  @Field(() => LocalDateScalar, { description: 'The date the funnel is counted at.' })
  asOf!: string;

  @Field(() => ProvinceObject, { nullable: true, description: 'The province; null for the nation.' })
  province!: ProvinceObject | null;

  @Field(() => Int, { description: 'Cases opened by asOf (employers listed, each case once however often listed).' })
  cases!: number;

  @Field(() => [ComplianceFunnelStepObject], { description: 'Every step in the guidance’s order.' })
  steps!: ComplianceFunnelStepObject[];

  @Field(() => Int, { description: 'Open cases whose next step waits past its deadline at asOf (quá hạn).' })
  overdue!: number;

  @Field(() => Int, { description: 'Cases ended with all their workers registered by asOf.' })
  registered!: number;

  @Field(() => Int, { description: 'Cases ended with part of their workers registered by asOf.' })
  partlyRegistered!: number;

  @Field(() => Int, { description: 'Cases closed by asOf: dissolved, no workers, or wrong data.' })
  closed!: number;

  @Field(() => Int, { description: 'Workers brought into compulsory insurance by the registered cases.' })
  workersRegistered!: number;

  @Field({ description: 'True when the cases are synthetic sample data, not the provinces’ own.' })
  synthetic!: boolean;
}
