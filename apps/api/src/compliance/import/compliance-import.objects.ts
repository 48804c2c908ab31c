import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { ComplianceListKind } from '@scorecard/domain';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { importOutcomeUnion } from '../../graphql/import-refusal.object';
import { PlanFileInput } from '../../plans/dto/plan-import.args';
import { ComplianceListKindEnum } from '../dto/compliance-case.object';

@ArgsType()
export class ImportComplianceListArgs {
  @Field(() => [PlanFileInput], {
    description:
      'The list as the tax authority or business registration sent it (.csv or .xlsx, base64): tax code, name, address, province, district, workers, declared wage fund (docs/compliance.md).',
  })
  files!: PlanFileInput[];

  @Field(() => ComplianceListKindEnum, { description: 'Which list: 02a-KT (not participating) or 03a-KT (not fully).' })
  kind!: ComplianceListKind;

  @Field(() => LocalDateScalar, { description: 'The day the list was received; not in the future.' })
  receivedOn!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'The day it was entered in the software (the ENTERED step of the cases it opens; due within 5 days of receipt); default: today.',
  })
  enteredOn?: string | null;
}

@ObjectType('ComplianceListImportResult', { description: 'A list stored: the cases it opened and continued.' })
export class ComplianceListImportResultObject {
  @Field(() => Int, { description: 'Employers on the list (rows stored as listings).' })
  rows!: number;

  @Field(() => Int, { description: 'Cases opened by it (employers without an open case).' })
  casesOpened!: number;

  @Field(() => Int, { description: 'Open cases it continued (employers listed again while their case is open).' })
  casesContinued!: number;

  @Field(() => [String], { description: 'The numbers of those cases, opened ones first.' })
  caseIds!: string[];
}

@ObjectType('ComplianceStepsImportResult', { description: 'Steps and outcomes recorded from a file, all of them.' })
export class ComplianceStepsImportResultObject {
  @Field(() => Int, { description: 'Steps recorded.' })
  steps!: number;

  @Field(() => Int, { description: 'Outcomes recorded (cases ended).' })
  outcomes!: number;

  @Field(() => Int, { description: 'Cases they were recorded on.' })
  cases!: number;
}

export const ComplianceListImportOutcome = importOutcomeUnion(
  'ComplianceListImportOutcome',
  ComplianceListImportResultObject,
  "A list's import: the cases opened and continued, or the refusal with every problem (nothing stored).",
);

export const ComplianceStepsImportOutcome = importOutcomeUnion(
  'ComplianceStepsImportOutcome',
  ComplianceStepsImportResultObject,
  'Steps recorded in bulk: what was recorded, or the refusal with every problem (nothing recorded).',
);
