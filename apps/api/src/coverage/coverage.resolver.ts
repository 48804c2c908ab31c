import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@scorecard/access';
import type { CoverageKind, UnitSet } from '@scorecard/domain';
import { Allow, CurrentActor } from '../auth/access.decorators';
import { ImportProblemObject, type ImportRefusalObject } from '../graphql/import-refusal.object';
import { decodePlanFiles } from '../plans/plan-files.decoder';
import { PlanFileInput } from '../plans/dto/plan-import.args';
import { ProvinceObject } from '../reference/dto/province.object';
import { UnitSetEnum } from '../reference/dto/unit-set.enum';
import { coverageRefusedOr } from './coverage-refusal';
import { CoverageService } from './coverage.service';
import {
  CoverageImportOutcome,
  CoverageImportResultObject,
  type CoverageTableOutcome,
} from './dto/coverage-import.objects';
import { CoverageKindEnum, CoverageObject, CoverageTableObject } from './dto/coverage.object';

@Resolver()
export class CoverageResolver {
  constructor(@Inject(CoverageService) private readonly service: CoverageService) {}

  @Query(() => CoverageObject, {
    description:
      'Coverage (độ bao phủ) of a year per unit and nationally: social-insurance participants / working-age labour force and health-insurance participants / population, each unit ranked, against the Resolution 28-NQ/TW goal in force and beside the national points of seed 003 (docs/coverage.md).',
  })
  @Allow('attainment.read')
  async coverage(
    @Args('year', {
      type: () => Int,
      nullable: true,
      description: 'The year of the table (see coverageYears); default: the latest year stored.',
    })
    year?: number | null,
    @Args('unitSet', {
      type: () => UnitSetEnum,
      nullable: true,
      description:
        "The units to give and rank; default: the set the year's table is stored on (VN34 for a year stored on both). VN34 for a year stored on the 63 sums each unit's predecessors (numerators and denominators) and recomputes the ratios from the sums; VN63 for a year stored on the 34 only is refused.",
    })
    unitSet?: UnitSet | null,
    @Args('rankBy', {
      type: () => CoverageKindEnum,
      defaultValue: CoverageKindEnum.SI,
      description: 'The coverage whose rank orders the units: SI (default) or HI. Both ranks are given either way.',
    })
    rankBy: CoverageKind = 'SI',
  ): Promise<CoverageObject> {
    const answer = await this.service.coverage(year, unitSet, rankBy);
    return {
      ...answer,
      goals: answer.goals.map((goal) => ({ ...goal, text: goal.textVi })),
      siGoal: answer.siGoal && { ...answer.siGoal, text: answer.siGoal.textVi },
      hiGoal: answer.hiGoal && { ...answer.hiGoal, text: answer.hiGoal.textVi },
      references: answer.references.map((reference) => ({
        ...reference,
        label: reference.labelVi,
        text: reference.textVi,
      })),
      provinces: answer.provinces.map((unit) => ({ ...unit, province: ProvinceObject.from(unit.province) })),
    };
  }

  @Query(() => [CoverageTableObject], {
    description: 'The coverage tables stored: one per year and unit set (the table in force), by year then set.',
  })
  @Allow('attainment.read')
  async coverageYears(): Promise<CoverageTableObject[]> {
    return this.service.tables();
  }

  @Mutation(() => CoverageImportOutcome, {
    description:
      'Imports coverage tables (.csv or .xlsx, base64): unit_set, province_code, province_name, year, labour_force, population, si_participants, hi_participants, synthetic, source (docs/coverage.md). Each unit set and year in the files becomes the table in force; the earlier one stays stored. Nothing is stored when any row has a problem; participants beyond their denominator are stored and listed as warnings.',
  })
  @Allow('actuals.import')
  async importCoverage(
    @Args('files', { type: () => [PlanFileInput], description: 'The files, base64-encoded.' }) files: PlanFileInput[],
    @CurrentActor() actor: Actor,
  ): Promise<CoverageImportResultObject | ImportRefusalObject> {
    return coverageRefusedOr(async () => {
      // No file at all is the importer's refusal (EMPTY_FILE), in the words of a coverage table.
      const answer = await this.service.importFiles(actor, files.length === 0 ? [] : decodePlanFiles(files));
      return Object.assign(new CoverageImportResultObject(), {
        tables: answer.tables.map((table) => ({ ...table, outcome: table.outcome as CoverageTableOutcome })),
        warnings: answer.warnings.map((warning) => Object.assign(new ImportProblemObject(), warning)),
      });
    });
  }
}
