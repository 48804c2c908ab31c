import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { CoverageKind, GoalComparison, IsoDate, UnitSet } from '@scorecard/domain';
import { LocalDateScalar } from '../../graphql/date.scalars';
import { ProvinceObject } from '../../reference/dto/province.object';
import { UnitSetEnum } from '../../reference/dto/unit-set.enum';

export const CoverageKindEnum = { SI: 'SI', HI: 'HI' } as const satisfies Record<CoverageKind, CoverageKind>;
registerEnumType(CoverageKindEnum, {
  name: 'CoverageKind',
  description: 'Which coverage (độ bao phủ, docs/coverage.md).',
  valuesMap: {
    SI: {
      description:
        'Social insurance: participants in social insurance (số người tham gia BHXH) / the working-age labour force (lực lượng lao động trong độ tuổi).',
    },
    HI: {
      description:
        'Health insurance: participants in health insurance (số người tham gia BHYT) / the population (dân số).',
    },
  },
});

export const GoalComparisonEnum = {
  ABOUT: 'ABOUT',
  AT_LEAST: 'AT_LEAST',
  ABOVE: 'ABOVE',
} as const satisfies Record<GoalComparison, GoalComparison>;
registerEnumType(GoalComparisonEnum, {
  name: 'GoalComparison',
  description: 'How a goal is worded, which decides when it is met.',
  valuesMap: {
    ABOUT: { description: '"Khoảng" (about): met at the ratio or above.' },
    AT_LEAST: { description: '"Ít nhất" / "đạt" (at least): met at the ratio or above.' },
    ABOVE: { description: '"Trên" (more than): met only above the ratio.' },
  },
});

const PERSONS = 'persons, as the table in force gives it';
const NULL_WHEN = 'null when the table does not give it (or, summed, when a unit summed lacks it)';

@ObjectType('CoverageFigures', {
  description:
    'Coverage of one unit, or of the nation (sums over every unit, ratios of the sums), against the goals in force for the year.',
})
export class CoverageFiguresObject {
  @Field(() => Int, {
    nullable: true,
    description: `Participants in social insurance (số người tham gia BHXH), ${PERSONS}; ${NULL_WHEN}.`,
  })
  siParticipants!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `The working-age labour force (lực lượng lao động trong độ tuổi), ${PERSONS}; ${NULL_WHEN}.`,
  })
  labourForce!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'SI coverage = siParticipants / labourForce, a fraction (0.372 = 37.2 %); null without both or when the labour force is 0.',
  })
  siCoverage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The SI goal in force (Coverage.siGoal) − siCoverage, a fraction: positive = short of the goal; null without either.',
  })
  siGapToGoal!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'siCoverage reaches the SI goal as worded; null without either.',
  })
  siMeetsGoal!: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'More SI participants needed to reach the SI goal on this labour force (0 when reached); null without the numbers or a goal.',
  })
  siParticipantsToGoal!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Participants in health insurance (số người tham gia BHYT), ${PERSONS}; ${NULL_WHEN}.`,
  })
  hiParticipants!: number | null;

  @Field(() => Int, { nullable: true, description: `The population (dân số), ${PERSONS}; ${NULL_WHEN}.` })
  population!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'HI coverage = hiParticipants / population, a fraction (0.924 = 92.4 %); null without both or when the population is 0.',
  })
  hiCoverage!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The HI goal in force (Coverage.hiGoal) − hiCoverage, a fraction: positive = short of the goal; null without either.',
  })
  hiGapToGoal!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'hiCoverage reaches the HI goal as worded; null without either.',
  })
  hiMeetsGoal!: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'More HI participants needed to reach the HI goal on this population (0 when reached); null without the numbers or a goal.',
  })
  hiParticipantsToGoal!: number | null;
}

@ObjectType('ProvinceCoverage', {
  description: 'Coverage of one unit of the set asked for, with its ranks among them.',
})
export class ProvinceCoverageObject extends CoverageFiguresObject {
  @Field(() => ProvinceObject, { description: 'The unit (of Coverage.unitSet).' })
  province!: ProvinceObject;

  @Field(() => Int, {
    nullable: true,
    description:
      'Competition rank (1, 2, 2, 4) on siCoverage among the Coverage.unitCount units, highest first; null without a ratio.',
  })
  siRank!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Competition rank (1, 2, 2, 4) on hiCoverage among the Coverage.unitCount units, highest first; null without a ratio.',
  })
  hiRank!: number | null;

  @Field({ description: 'The numbers are made up (synthetic), not published statistics.' })
  synthetic!: boolean;

  @Field({
    description:
      'The document the numbers come from, as the table names it (several joined by "; " for a unit summed from its predecessors).',
  })
  source!: string;

  @Field(() => [Int], {
    description:
      'The rows of the stored file (Coverage.sourceFile; header = 1) the numbers come from: one, or each predecessor’s.',
  })
  sourceRows!: number[];
}

@ObjectType('CoverageReference', {
  description: 'A national coverage point published by BHXH Việt Nam (seed 003: nine months of 2023).',
})
export class CoverageReferenceObject {
  @Field(() => CoverageKindEnum, { description: 'Which coverage.' })
  kind!: CoverageKind;

  @Field(() => LocalDateScalar, { description: 'The date the point is for.' })
  asOf!: IsoDate;

  @Field(() => Int, { description: 'Participants, persons, as published ("17,311 triệu người" = 17311000).' })
  participants!: number;

  @Field(() => Float, { description: 'The ratio published, a fraction (0.372 = 37.2 %).' })
  ratio!: number;

  @Field({ description: 'What it is, in Vietnamese.' })
  label!: string;

  @Field({ description: 'label in English.' })
  labelEn!: string;

  @Field({ description: 'The document that publishes it.' })
  document!: string;

  @Field({ description: 'The sentence as the document writes it, in Vietnamese.' })
  text!: string;
}

@ObjectType('CoverageGoal', {
  description: 'A national coverage goal (Resolution 28-NQ/TW), for the end of its year.',
})
export class CoverageGoalObject {
  @Field(() => CoverageKindEnum, { description: 'Which coverage.' })
  kind!: CoverageKind;

  @Field(() => Int, { description: 'The year the goal is for.' })
  year!: number;

  @Field(() => Float, { description: 'The ratio, a fraction (0.45 = 45 %).' })
  ratio!: number;

  @Field(() => GoalComparisonEnum, { description: 'How it is worded: about, at least, or more than the ratio.' })
  comparison!: GoalComparison;

  @Field({ description: 'The goal in Vietnamese.' })
  text!: string;

  @Field({ description: 'text in English.' })
  textEn!: string;

  @Field({ description: 'The document that sets it.' })
  document!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What is uncertain about its source, in English; null when nothing is.',
  })
  note!: string | null;
}

@ObjectType('Coverage', {
  description:
    'Coverage (độ bao phủ) of one year per unit and nationally: social-insurance participants over the working-age labour force, health-insurance participants over the population (docs/coverage.md), with the published national points and the goals in force.',
})
export class CoverageObject {
  @Field(() => Int, { description: 'The year of the table.' })
  year!: number;

  @Field(() => UnitSetEnum, { description: 'The units given and ranked.' })
  unitSet!: UnitSet;

  @Field(() => UnitSetEnum, {
    description: 'The units the table is stored on: unitSet, or VN63 when its figures were summed onto the 34.',
  })
  storedUnitSet!: UnitSet;

  @Field(() => Int, { description: 'The units of unitSet: the N of "rank of N".' })
  unitCount!: number;

  @Field({ description: 'Some numbers of the table are made up (synthetic), not published statistics.' })
  synthetic!: boolean;

  @Field(() => [String], { description: 'The documents the numbers come from, as the table names them.' })
  sources!: string[];

  @Field({ description: 'The file the table in force was imported from (data/coverage/… for a shipped table).' })
  sourceFile!: string;

  @Field({ description: 'When the table in force was imported: UTC timestamp, ISO 8601.' })
  importedAt!: string;

  @Field(() => CoverageFiguresObject, { description: 'The nation: sums over every unit, ratios of the sums.' })
  national!: CoverageFiguresObject;

  @Field(() => CoverageGoalObject, {
    nullable: true,
    description: 'The SI goal the year is measured against: the first goal due in the year or after; null after 2030.',
  })
  siGoal!: CoverageGoalObject | null;

  @Field(() => CoverageGoalObject, {
    nullable: true,
    description: 'The HI goal the year is measured against: the first goal due in the year or after; null after 2030.',
  })
  hiGoal!: CoverageGoalObject | null;

  @Field(() => [CoverageGoalObject], { description: 'Every goal of Resolution 28-NQ/TW (2021, 2025, 2030), SI first.' })
  goals!: CoverageGoalObject[];

  @Field(() => [CoverageReferenceObject], {
    description:
      'The national points published after nine months of 2023 (seed 003): 17.311 million = 37.2 %, 91.465 million = 92.4 %.',
  })
  references!: CoverageReferenceObject[];

  @Field(() => [ProvinceCoverageObject], {
    description: 'Every unit, in rank order of the coverage asked for (rankBy), unranked last, then by code.',
  })
  provinces!: ProvinceCoverageObject[];
}

@ObjectType('CoverageTable', { description: 'A coverage table in force: one unit set and year.' })
export class CoverageTableObject {
  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => UnitSetEnum, { description: 'The units it is stored on.' })
  unitSet!: UnitSet;

  @Field(() => Int, { description: 'Units it has a row for (every unit of its set).' })
  unitCount!: number;

  @Field({ description: 'Some numbers are made up (synthetic), not published statistics.' })
  synthetic!: boolean;

  @Field(() => [String], { description: 'The documents its numbers come from.' })
  sources!: string[];

  @Field({ description: 'The file it was imported from.' })
  sourceFile!: string;

  @Field({ description: 'When it was imported: UTC timestamp, ISO 8601.' })
  importedAt!: string;

  @Field({ description: 'Who imported it (an account, cli:user@host, or system:first-start).' })
  importedBy!: string;
}
