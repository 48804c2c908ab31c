import { Inject, Injectable } from '@nestjs/common';
import { auditEvent, type Actor } from '@scorecard/access';
import {
  COVERAGE_GOALS,
  COVERAGE_REFERENCES,
  aggregateToSuccessors,
  coverageFigures,
  coverageRanks,
  gapToGoal,
  goalInForce,
  meetsGoal,
  nationalCoverage,
  participantsToGoal,
  type CoverageAmounts,
  type CoverageBase,
  type CoverageGoal,
  type CoverageKind,
  type Province,
  type UnitSet,
} from '@scorecard/domain';
import { importCoverageFiles, type CoverageImportAnswer, type ComplianceSourceFile } from '@scorecard/ingest';
import {
  CoverageRepository,
  WarehouseDatabase,
  type CoverageBaseRecord,
  type CoverageTableRecord,
} from '@scorecard/warehouse';
import { ComputedCache, cacheKey } from '../cache/computed-cache';
import { ScorecardError } from '../graphql/scorecard.errors';
import { ReferenceService } from '../reference/reference.service';

// Coverage per the definitions of docs/coverage.md (libs/domain coverage/*): the warehouse gives the table in force
// of a year; ratios, sums, ranks and goals are the domain's. A year stored on the 63 units is carried onto the 34
// on request (numerators and denominators of the predecessors summed, ratios recomputed from the sums).

/** A unit's stored row, or several predecessors' summed: the numbers with where they come from. */
type UnitBase = CoverageBase & { synthetic: boolean; sources: string[]; sourceRows: number[] };

export type CoverageFiguresAnswer = CoverageAmounts & {
  siCoverage: number | null;
  siGapToGoal: number | null;
  siMeetsGoal: boolean | null;
  siParticipantsToGoal: number | null;
  hiCoverage: number | null;
  hiGapToGoal: number | null;
  hiMeetsGoal: boolean | null;
  hiParticipantsToGoal: number | null;
};

export type ProvinceCoverageAnswer = CoverageFiguresAnswer & {
  province: Province;
  siRank: number | null;
  hiRank: number | null;
  synthetic: boolean;
  source: string;
  sourceRows: number[];
};

export type CoverageAnswer = {
  year: number;
  unitSet: UnitSet;
  storedUnitSet: UnitSet;
  unitCount: number;
  synthetic: boolean;
  sources: string[];
  sourceFile: string;
  importedAt: string;
  national: CoverageFiguresAnswer;
  siGoal: CoverageGoal | null;
  hiGoal: CoverageGoal | null;
  goals: readonly CoverageGoal[];
  references: typeof COVERAGE_REFERENCES;
  provinces: ProvinceCoverageAnswer[];
};

const UNIT_SET_NAME: Readonly<Record<UnitSet, string>> = { 'vn63-2004': 'VN63', 'vn34-2025': 'VN34' };

function unitBase(row: CoverageBaseRecord): UnitBase {
  return { ...row, sources: [row.source], sourceRows: [row.sourceRow] };
}

/** Predecessors as one unit: amounts summed where every one has them, provenance joined. */
function sumUnitBases(members: readonly UnitBase[], provinceCode: string): UnitBase {
  const figures = coverageFigures(nationalCoverage(members));
  return {
    provinceCode,
    labourForce: figures.labourForce,
    population: figures.population,
    siParticipants: figures.siParticipants,
    hiParticipants: figures.hiParticipants,
    synthetic: members.some((member) => member.synthetic),
    sources: [...new Set(members.flatMap((member) => member.sources))],
    sourceRows: members.flatMap((member) => member.sourceRows),
  };
}

/** The figures of some amounts against the year's goals. */
function againstGoals(amounts: CoverageAmounts, siGoal: CoverageGoal | null, hiGoal: CoverageGoal | null) {
  const figures = coverageFigures(amounts);
  return {
    ...figures,
    siGapToGoal: gapToGoal(figures.siCoverage, siGoal),
    siMeetsGoal: meetsGoal(figures.siCoverage, siGoal),
    siParticipantsToGoal: participantsToGoal(figures.siParticipants, figures.labourForce, siGoal),
    hiGapToGoal: gapToGoal(figures.hiCoverage, hiGoal),
    hiMeetsGoal: meetsGoal(figures.hiCoverage, hiGoal),
    hiParticipantsToGoal: participantsToGoal(figures.hiParticipants, figures.population, hiGoal),
  };
}

// An answer is at most 63 units: every year, set and ranking of a few tables fits many times over.
const ANSWER_CACHE_ENTRIES = 64;

@Injectable()
export class CoverageService {
  private readonly answers: ComputedCache<CoverageAnswer>;

  constructor(
    @Inject(CoverageRepository) private readonly repository: CoverageRepository,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(WarehouseDatabase) private readonly db: WarehouseDatabase,
  ) {
    this.answers = new ComputedCache({ capacity: ANSWER_CACHE_ENTRIES, generation: () => db.dataVersion });
  }

  /** The table in force of every unit set and year, by year then set. */
  tables(): Promise<CoverageTableRecord[]> {
    return this.repository.tables();
  }

  /**
   * Coverage of `year` (default: the latest stored) on `unitSet` (default: the set the year is stored on; the 34
   * for a year stored on both from 2025), units in rank order of `rankBy`.
   */
  coverage(year?: number | null, unitSet?: UnitSet | null, rankBy: CoverageKind = 'SI'): Promise<CoverageAnswer> {
    // Computed once per question until the next write to the database; every caller gets the same answer.
    return this.answers.get(cacheKey(year ?? null, unitSet ?? null, rankBy), () =>
      this.computeCoverage(year, unitSet, rankBy),
    );
  }

  private async computeCoverage(
    year: number | null | undefined,
    unitSet: UnitSet | null | undefined,
    rankBy: CoverageKind,
  ): Promise<CoverageAnswer> {
    const table = await this.tableFor(year, unitSet);
    const wanted = unitSet ?? table.unitSet;
    const [rows, provinces] = await Promise.all([
      this.repository.bases(table.unitSet, table.year),
      this.reference.provinces(wanted),
    ]);
    const stored = rows.map(unitBase);
    const bases =
      wanted === table.unitSet
        ? stored
        : aggregateToSuccessors(stored, await this.reference.crosswalk(table.unitSet, wanted), sumUnitBases);
    const siGoal = goalInForce('SI', table.year);
    const hiGoal = goalInForce('HI', table.year);
    const byCode = new Map(bases.map((base) => [base.provinceCode, base]));
    const units = provinces.map((province) => {
      const base = byCode.get(province.code);
      if (!base)
        throw new Error(`the ${table.year} coverage table of ${table.unitSet} has no row for unit ${province.code}`);
      return { province, base, figures: againstGoals(base, siGoal, hiGoal) };
    });
    const ranks = coverageRanks(units.map((unit) => unit.figures));
    const perProvince: ProvinceCoverageAnswer[] = units.map(({ province, base, figures }, index) => ({
      province,
      ...figures,
      siRank: ranks[index]?.siRank ?? null,
      hiRank: ranks[index]?.hiRank ?? null,
      synthetic: base.synthetic,
      source: base.sources.join('; '),
      sourceRows: base.sourceRows,
    }));
    const rankOf = (unit: ProvinceCoverageAnswer) => (rankBy === 'SI' ? unit.siRank : unit.hiRank) ?? Infinity;
    perProvince.sort((a, b) => rankOf(a) - rankOf(b) || a.province.code.localeCompare(b.province.code));
    return {
      year: table.year,
      unitSet: wanted,
      storedUnitSet: table.unitSet,
      unitCount: provinces.length,
      synthetic: table.synthetic,
      sources: table.sources,
      sourceFile: table.sourceFile,
      importedAt: table.importedAt,
      national: againstGoals(nationalCoverage(bases), siGoal, hiGoal),
      siGoal,
      hiGoal,
      goals: COVERAGE_GOALS,
      references: COVERAGE_REFERENCES,
      provinces: perProvince,
    };
  }

  /** The table that answers a year and unit set, or a refusal that says which years and sets there are. */
  private async tableFor(year?: number | null, unitSet?: UnitSet | null): Promise<CoverageTableRecord> {
    const tables = await this.repository.tables();
    const stored = tables.map((t) => `${t.year} (${UNIT_SET_NAME[t.unitSet]})`).join(', ');
    if (tables.length === 0)
      throw new ScorecardError(
        'INVALID_ARGUMENT',
        'No coverage table is stored. Import one (npx scorecard coverage import <file>, or the importCoverage mutation), or start a new database with the sample data on.',
        'Chưa có bảng số liệu bao phủ nào. Nhập một bảng (npx scorecard coverage import <tệp>, hoặc mutation importCoverage), hoặc khởi tạo cơ sở dữ liệu mới với dữ liệu mẫu.',
      );
    const chosen = year ?? Math.max(...tables.map((t) => t.year));
    const ofYear = tables.filter((t) => t.year === chosen);
    if (ofYear.length === 0)
      throw new ScorecardError(
        'INVALID_ARGUMENT',
        `No coverage table is stored for ${chosen}. Stored: ${stored}. Ask for one of those years, or import the table of ${chosen}.`,
        `Chưa có bảng số liệu bao phủ năm ${chosen}. Đã có: ${stored}. Hỏi một trong các năm đó, hoặc nhập bảng năm ${chosen}.`,
      );
    const own = (set: UnitSet) => ofYear.find((t) => t.unitSet === set);
    if (unitSet === undefined || unitSet === null)
      return (chosen >= 2025 ? own('vn34-2025') : own('vn63-2004')) ?? (ofYear[0] as CoverageTableRecord);
    const table = own(unitSet) ?? (unitSet === 'vn34-2025' ? own('vn63-2004') : undefined);
    if (!table)
      throw new ScorecardError(
        'INVALID_ARGUMENT',
        `The ${chosen} coverage table is stored on the 34 units only; a figure of a merged unit cannot be split onto the 63. Ask for unitSet VN34, or import the ${chosen} table of the 63.`,
        `Bảng số liệu bao phủ năm ${chosen} chỉ có theo 34 tỉnh, thành phố; số liệu của đơn vị đã hợp nhất không tách được về 63 tỉnh. Hỏi theo unitSet VN34, hoặc nhập bảng năm ${chosen} theo 63 tỉnh.`,
      );
    return table;
  }

  /** Imports coverage tables as the signed-in caller; a refusal is a CoverageImportError. */
  importFiles(actor: Actor, files: readonly ComplianceSourceFile[]): Promise<CoverageImportAnswer> {
    const source = files.map((file) => file.name).join(', ');
    return importCoverageFiles(this.db, files, {
      importedBy: actor.principal.name,
      audit: auditEvent(actor, 'coverage.import', `coverage ${source}`, { files: files.map((file) => file.name) }),
    });
  }
}
