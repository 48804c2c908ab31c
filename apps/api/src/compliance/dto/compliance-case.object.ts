import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ArrearsBucket, ComplianceListKind, ComplianceOutcomeKind, ComplianceStepKind } from '@scorecard/domain';
import { Connection } from '../../graphql/connection';
import { LocalDateScalar, YearMonthScalar } from '../../graphql/date.scalars';
import { ArrearsBucketEnum } from '../../late-payment/dto/late-payment.object';
import { ProvinceObject } from '../../reference/dto/province.object';
import { ComplianceStepEnum } from './compliance-funnel.object';

export const ComplianceListKindEnum = {
  NOT_PARTICIPATING: 'NOT_PARTICIPATING',
  NOT_FULLY_PARTICIPATING: 'NOT_FULLY_PARTICIPATING',
} as const satisfies Record<ComplianceListKind, ComplianceListKind>;
registerEnumType(ComplianceListKindEnum, {
  name: 'ComplianceListKind',
  description: 'Which list an employer came on (seed 000).',
  valuesMap: {
    NOT_PARTICIPATING: { description: 'Not participating at all (chưa tham gia): lists 02a-KT, workers in 02-KT.' },
    NOT_FULLY_PARTICIPATING: {
      description: 'Not participating for all workers (chưa tham gia đầy đủ): lists 03a-KT, workers in 03-KT.',
    },
  },
});

export const ComplianceOutcomeEnum = {
  REGISTERED: 'REGISTERED',
  PARTLY_REGISTERED: 'PARTLY_REGISTERED',
  CLOSED_DISSOLVED: 'CLOSED_DISSOLVED',
  CLOSED_NO_WORKERS: 'CLOSED_NO_WORKERS',
  CLOSED_WRONG_DATA: 'CLOSED_WRONG_DATA',
} as const satisfies Record<ComplianceOutcomeKind, ComplianceOutcomeKind>;
registerEnumType(ComplianceOutcomeEnum, {
  name: 'ComplianceOutcome',
  description: 'How a compliance case ended.',
  valuesMap: {
    REGISTERED: { description: 'The employer registered all its workers (đã tham gia).' },
    PARTLY_REGISTERED: { description: 'The employer registered part of its workers.' },
    CLOSED_DISSOLVED: { description: 'Closed: the employer no longer operates (giải thể, ngừng hoạt động).' },
    CLOSED_NO_WORKERS: { description: 'Closed: the employer has no workers who must be insured.' },
    CLOSED_WRONG_DATA: { description: 'Closed: the list was wrong about the employer.' },
  },
});

@ObjectType('ComplianceCaseStep', { description: 'A step done on a case, as recorded.' })
export class ComplianceCaseStepObject {
  @Field(() => ComplianceStepEnum, { description: 'The step.' })
  step!: ComplianceStepKind;

  @Field(() => LocalDateScalar, { description: 'The day it was done.' })
  on!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The document number as issued, e.g. "125/TB-BHXH"; null when none.',
  })
  document!: string | null;

  @Field(() => String, { nullable: true, description: 'The form of the step, e.g. "04-KT"; null when none.' })
  form!: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The last day the guidance allowed for it given the steps before; null when it sets none.',
  })
  deadline!: string | null;

  @Field(() => Int, { description: 'Days it was done after its deadline; 0 when on time or without a deadline.' })
  daysLate!: number;
}

@ObjectType('ComplianceNextStep', { description: 'What a case waits for next, and by when.' })
export class ComplianceNextStepObject {
  @Field(() => ComplianceStepEnum, { description: 'The step the case waits for.' })
  step!: ComplianceStepKind;

  @Field(() => LocalDateScalar, { description: 'From when it may be done.' })
  from!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The last day the guidance allows (docs/compliance.md); null when it sets none.',
  })
  deadline!: string | null;

  @Field({ description: 'Whether asOf is past the deadline (quá hạn).' })
  overdue!: boolean;
}

@ObjectType('ComplianceCaseOutcome', { description: 'How and when a case ended.' })
export class ComplianceCaseOutcomeObject {
  @Field(() => ComplianceOutcomeEnum, { description: 'The outcome.' })
  kind!: ComplianceOutcomeKind;

  @Field(() => LocalDateScalar, { description: 'The day the case ended.' })
  on!: string;

  @Field(() => Int, { description: 'Workers the employer registered (0 when closed).' })
  workersRegistered!: number;

  @Field(() => Float, { description: 'Contribution recovered (VND, đồng), as recorded with the outcome.' })
  contributionRecovered!: number;

  @Field(() => String, { nullable: true, description: 'The document that records it; null when none.' })
  document!: string | null;
}

@ObjectType('ComplianceCaseArrears', {
  description: "The employer's arrears in the contribution ledger at asOf, found by its tax code (docs/compliance.md).",
})
export class ComplianceCaseArrearsObject {
  @Field({ description: 'The employer as the ledger names it (mã đơn vị).' })
  employerId!: string;

  @Field(() => Float, { description: 'Contribution overdue at asOf (VND, đồng).' })
  overdue!: number;

  @Field(() => ArrearsBucketEnum, { description: 'The age bucket of its oldest overdue month.' })
  bucket!: ArrearsBucket;

  @Field(() => YearMonthScalar, { description: 'Its oldest unpaid month.' })
  oldestOverdueMonth!: string;
}

@ObjectType('ComplianceCase', {
  description:
    'One employer followed from the list it came on to its outcome (hồ sơ khai thác đơn vị), as known at asOf.',
})
export class ComplianceCaseObject {
  @Field(() => ID, { description: 'The case number.' })
  id!: string;

  @Field({ description: "The employer's tax code (mã số thuế); synthetic employers' codes start with 99." })
  taxCode!: string;

  @Field(() => ProvinceObject, { description: 'The province whose social insurance office follows the case.' })
  province!: ProvinceObject;

  @Field({ description: 'The employer’s name, as its latest listing gives it.' })
  employerName!: string;

  @Field({ description: 'Its district (quận/huyện), as its latest listing gives it; empty when not given.' })
  district!: string;

  @Field(() => String, { nullable: true, description: 'Its address, when the list gives one.' })
  address!: string | null;

  @Field(() => ComplianceListKindEnum, { description: 'The list of the latest listing.' })
  listKind!: ComplianceListKind;

  @Field(() => LocalDateScalar, { description: 'When the first list naming the employer arrived (the case opened).' })
  openedOn!: string;

  @Field(() => Int, { description: 'Lists that named the employer for this case (a later list continues it).' })
  listings!: number;

  @Field(() => Int, { description: 'Workers not insured, by the latest listing.' })
  workers!: number;

  @Field(() => [ComplianceCaseStepObject], { description: 'The steps done by asOf, in the order done.' })
  steps!: ComplianceCaseStepObject[];

  @Field(() => ComplianceNextStepObject, {
    nullable: true,
    description: 'What the case waits for; null once it ended.',
  })
  next!: ComplianceNextStepObject | null;

  @Field(() => ComplianceCaseOutcomeObject, { nullable: true, description: 'How it ended, by asOf; null while open.' })
  outcome!: ComplianceCaseOutcomeObject | null;

  @Field(() => ComplianceCaseArrearsObject, {
    nullable: true,
    description:
      'The employer’s arrears in the contribution ledger at asOf; null when it owes nothing then, or the ledger does not cover asOf or name it.',
  })
  arrears!: ComplianceCaseArrearsObject | null;

  @Field({ description: 'True for synthetic sample cases.' })
  synthetic!: boolean;
}

@ObjectType('ComplianceCaseConnection', { description: 'A page of compliance cases, by case number.' })
export class ComplianceCaseConnectionObject extends Connection(ComplianceCaseObject, 'ComplianceCase', 'case') {}
