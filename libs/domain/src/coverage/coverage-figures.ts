import type { ProvinceCode } from '../provinces/province';
import { competitionRanks } from '../ranking/competition-rank';

// Coverage (độ bao phủ) as headquarters measures it beside new participants (seed 003; docs/coverage.md):
// - SI coverage = people taking part in social insurance (số người tham gia BHXH) / the working-age labour force
//   (lực lượng lao động trong độ tuổi);
// - HI coverage = people taking part in health insurance (số người tham gia BHYT) / the population (dân số).
// A ratio is null when its numerator or denominator is missing or the denominator is zero, never 0. Several units
// taken as one (the nation, a unit of the 34 and its predecessors) sum numerators and denominators and divide the
// sums, never average ratios; a sum exists only when every unit summed has the number.

/** The four numbers of coverage, in persons, as published; null when the source does not give one. */
export type CoverageAmounts = {
  /** Lực lượng lao động trong độ tuổi: the working-age labour force. */
  labourForce: number | null;
  /** Dân số: the population. */
  population: number | null;
  /** Số người tham gia BHXH: participants in social insurance (compulsory and voluntary). */
  siParticipants: number | null;
  /** Số người tham gia BHYT: participants in health insurance. */
  hiParticipants: number | null;
};

/** A unit's coverage numbers (its bases) for one year. */
export type CoverageBase = CoverageAmounts & { provinceCode: ProvinceCode };

export type CoverageRatios = {
  /** siParticipants / labourForce; null without both or when the labour force is 0. */
  siCoverage: number | null;
  /** hiParticipants / population; null without both or when the population is 0. */
  hiCoverage: number | null;
};

export type CoverageFigures = CoverageAmounts & CoverageRatios;

/** participants / denominator, or null when either is missing or the denominator is 0. */
export function coverageRatio(participants: number | null, denominator: number | null): number | null {
  if (participants === null || denominator === null || denominator === 0) return null;
  return participants / denominator;
}

/** The ratios of a unit's (or a sum's) amounts. */
export function coverageFigures(amounts: CoverageAmounts): CoverageFigures {
  return {
    labourForce: amounts.labourForce,
    population: amounts.population,
    siParticipants: amounts.siParticipants,
    hiParticipants: amounts.hiParticipants,
    siCoverage: coverageRatio(amounts.siParticipants, amounts.labourForce),
    hiCoverage: coverageRatio(amounts.hiParticipants, amounts.population),
  };
}

/** Each amount summed over `rows`; null when any row lacks it (a sum with a hole would understate the whole). */
export function sumCoverageAmounts(rows: readonly CoverageAmounts[]): CoverageAmounts {
  const sum = (field: keyof CoverageAmounts): number | null =>
    rows.length === 0 || rows.some((row) => row[field] === null)
      ? null
      : rows.reduce((total, row) => total + (row[field] as number), 0);
  return {
    labourForce: sum('labourForce'),
    population: sum('population'),
    siParticipants: sum('siParticipants'),
    hiParticipants: sum('hiParticipants'),
  };
}

/** Several units as one (for aggregateToSuccessors): the bases of a unit of the 34 from its predecessors'. */
export function sumCoverageBases(members: readonly CoverageBase[], provinceCode: ProvinceCode): CoverageBase {
  return { provinceCode, ...sumCoverageAmounts(members) };
}

/** The national figures: the sums over every unit, and the ratios of the sums (never a mean of ratios). */
export function nationalCoverage(bases: readonly CoverageAmounts[]): CoverageFigures {
  return coverageFigures(sumCoverageAmounts(bases));
}

/** Competition ranks (1, 2, 2, 4), highest coverage first, in the order of `figures`; a unit without a ratio is not ranked. */
export function coverageRanks(figures: readonly CoverageRatios[]): { siRank: number | null; hiRank: number | null }[] {
  const si = competitionRanks(
    figures.map((f) => f.siCoverage),
    'HIGHER_FIRST',
  );
  const hi = competitionRanks(
    figures.map((f) => f.hiCoverage),
    'HIGHER_FIRST',
  );
  return figures.map((_, index) => ({ siRank: si[index] ?? null, hiRank: hi[index] ?? null }));
}
