import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { UnitSet } from '@scorecard/domain';
import { ImportProblemObject, importOutcomeUnion } from '../../graphql/import-refusal.object';
import { UnitSetEnum } from '../../reference/dto/unit-set.enum';

export type CoverageTableOutcome = 'STORED' | 'UNCHANGED';
export const CoverageTableOutcomeEnum = {
  STORED: 'STORED',
  UNCHANGED: 'UNCHANGED',
} as const satisfies Record<CoverageTableOutcome, CoverageTableOutcome>;
registerEnumType(CoverageTableOutcomeEnum, {
  name: 'CoverageTableOutcome',
  description: 'What an import did with a table of one unit set and year.',
  valuesMap: {
    STORED: { description: 'Stored as the table in force; the earlier one stays stored, no longer in force.' },
    UNCHANGED: { description: 'The same numbers, flags and sources are in force already: nothing stored.' },
  },
});

@ObjectType('CoverageImportTable', { description: 'One unit set and year of an imported coverage file.' })
export class CoverageImportTableObject {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => UnitSetEnum, { description: 'The units of the table.' })
  unitSet!: UnitSet;

  @Field({ description: 'The file it was read from (the first, when several give rows of it).' })
  file!: string;

  @Field(() => Int, { description: 'Units it has a row for: every unit of its set.' })
  units!: number;

  @Field({ description: 'Some of its rows are marked synthetic.' })
  synthetic!: boolean;

  @Field(() => CoverageTableOutcomeEnum, { description: 'Stored, or unchanged.' })
  outcome!: CoverageTableOutcome;
}

@ObjectType('CoverageImportResult', {
  description: 'Coverage tables imported: each unit set and year, and the warnings.',
})
export class CoverageImportResultObject {
  @Field(() => [CoverageImportTableObject], { description: 'The tables of the files, by year then unit set.' })
  tables!: CoverageImportTableObject[];

  @Field(() => [ImportProblemObject], {
    description:
      'Figures stored as sent but worth a look (kind PARTICIPANTS_EXCEED_BASE: more participants than their denominator), at most 200.',
  })
  warnings!: ImportProblemObject[];
}

export const CoverageImportOutcome = importOutcomeUnion(
  'CoverageImportOutcome',
  CoverageImportResultObject,
  'A coverage import: the tables stored (or unchanged) with the warnings, or the refusal with every problem (nothing stored).',
);
