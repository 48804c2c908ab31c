import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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

  @Field(() => Float, {
    nullable: true,
    description:
      'Conversion from the step before: reached ÷ reached of the step before, 0 to 1; null for the first step or when none reached the one before.',
  })
  conversion!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Median days from the case's step before (the list's receipt, for ENTERED) to this one, over the cases that did it by asOf; null when none did.",
  })
  medianDays!: number | null;

  @Field(() => Int, { description: 'Cases that did this step within the window (from … asOf).' })
  doneInWindow!: number;
}

@ObjectType('ComplianceWindowFigures', {
  description:
    'What the workflow brought in within a window of days (a fortnight of report 08-KT, or the year to date), both ends included.',
})
export class ComplianceWindowFiguresObject {
  @Field(() => LocalDateScalar, { description: 'First day of the window.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the window (the funnel’s asOf).' })
  to!: string;

  @Field(() => Int, { description: 'Cases opened by a list received within the window.' })
  casesOpened!: number;

  @Field(() => Int, {
    description: 'Conferences held (hội nghị): distinct days (and invitation numbers) per province, not cases invited.',
  })
  conferencesHeld!: number;

  @Field(() => Int, { description: 'Cases ended with all their workers registered within the window.' })
  registered!: number;

  @Field(() => Int, { description: 'Cases ended with part of their workers registered within the window.' })
  partlyRegistered!: number;

  @Field(() => Int, { description: 'Cases closed within the window.' })
  closed!: number;

  @Field(() => Int, { description: 'Workers brought in by the registrations within the window (persons).' })
  workersRegistered!: number;

  @Field(() => Float, { description: 'Contribution recovered with those outcomes (VND, đồng).' })
  contributionRecovered!: number;
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

  @Field(() => ComplianceWindowFiguresObject, { description: 'What was done and brought in within the window.' })
  window!: ComplianceWindowFiguresObject;

  @Field(() => Int, {
    nullable: true,
    description:
      'Employers of the contribution ledger owing three months or more at asOf without an open case at the inspection stage (nên kiểm tra): employersInArrears(toInspect: true) lists them; null when no ledger covers asOf.',
  })
  shouldBeInspected!: number | null;

  @Field({ description: 'True when the cases are synthetic sample data, not the provinces’ own.' })
  synthetic!: boolean;
}

@ObjectType('ComplianceDataRange', { description: 'The days the compliance cases cover.' })
export class ComplianceDataRangeObject {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The first list received; null when there is no case.' })
  from!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The last day a list was received or a step or outcome done; null when there is no case.',
  })
  to!: string | null;
}
