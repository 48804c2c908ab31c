import {
  aggregateToSuccessors,
  sumCoverageBases,
  type CoverageAmounts,
  type CoverageBase,
  type Province,
  type UnitCrosswalk,
  type UnitSet,
} from '@scorecard/domain';
import { seededRandom } from '../sample/seeded-random';

// The shipped coverage tables (data/coverage): made up, marked synthetic on every row, because no per-province table
// of the working-age labour force, population and participants is available offline here. They are plausible and
// reproduce what is published nationally:
// - 2023 on the 63 units: the national sums are the points of seed 003 (17,311,000 SI participants = 37.2 % of a
//   working-age labour force of 46,535,000; 91,465,000 HI participants = 92.4 % of a population of 98,988,000; the
//   denominators are those the published ratios imply). Each national total is spread over the units by largest
//   remainder, so the units add up to it exactly, with weights from the 2021 plan's revenue quotas (2800/KH-BHXH,
//   appendix 02, the weights of the synthetic ledger too):
//     population ∝ quota^0.6 (population varies less than contributions) × (1 ± 4 %),
//     labour force ∝ population × (1 ± 5 %),
//     HI participants ∝ population × a coverage drawn in [0.86, 0.98],
//     SI participants ∝ labour force × √(quota / population) × (1 ± 5 %) (more formal work where more is paid in).
// - 2025 on the 34 units: the 2023 units summed onto their successors (crosswalk), then two years of modest growth:
//   population +0.95 %/year, labour force +0.8 %/year (each ± a little), HI coverage +1.2 to 2.2 points (at most
//   99.5 %), SI participants +9 to 15 % (at most 92 % of the labour force).
// data/coverage/README.md states the same; synthetic-coverage.generator.spec.ts checks that the shipped files are
// exactly what this writes (and writes them with WRITE_SYNTHETIC_COVERAGE=1).

/** The national sums of 2023 (seed 003, nine months of 2023), in persons. */
export const COVERAGE_2023_NATIONAL = {
  labourForce: 46_535_000,
  population: 98_988_000,
  siParticipants: 17_311_000,
  hiParticipants: 91_465_000,
} as const satisfies CoverageAmounts;

export const SYNTHETIC_COVERAGE_SOURCE: Readonly<Record<number, string>> = {
  2023: 'Số liệu giả lập, không phải số liệu thống kê (synthetic, not published statistics): tổng cả nước khớp công văn 9 tháng năm 2023 (seed 003); phân bổ theo chỉ tiêu thu Kế hoạch 2800/KH-BHXH',
  2025: 'Số liệu giả lập, không phải số liệu thống kê (synthetic, not published statistics): số liệu giả lập năm 2023 cộng theo 34 đơn vị, tăng trưởng giả định',
};

export const COVERAGE_CSV_HEADER =
  'unit_set,province_code,province_name,year,labour_force,population,si_participants,hi_participants,synthetic,source';

export type SyntheticCoverageRow = CoverageBase & { unitSet: UnitSet; year: number; provinceName: string };

export type SyntheticCoverageFile = { name: string; text: string; rows: SyntheticCoverageRow[] };

export type SyntheticCoverageInput = {
  units63: readonly Province[];
  units34: readonly Province[];
  crosswalk: UnitCrosswalk;
  /** The 2021 plan's revenue quota (period total) of each of the 63 units. */
  revenueQuotas: ReadonlyMap<string, number>;
};

/**
 * `total` split in proportion to `weights` into whole numbers that add up to it: each gets the floor of its share,
 * the rest go one each to the largest remainders (the earlier unit first on a tie).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0) || weights.some((w) => !(w >= 0)))
    throw new RangeError('apportion needs weights ≥ 0 with a positive sum');
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }));
  order.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] as number) + 1;
    left -= 1;
  }
  return parts;
}

/** The 2023 table on the 63 units, calibrated to seed 003. */
export function syntheticCoverage2023(input: SyntheticCoverageInput): SyntheticCoverageRow[] {
  const random = seededRandom('coverage-2023');
  const spread = (width: number) => 1 + width * (random() - 0.5) * 2;
  const units = [...input.units63].sort((a, b) => a.code.localeCompare(b.code));
  // Draws in a fixed order per unit, so a unit's numbers do not depend on how the others are computed.
  const draws = units.map((unit) => {
    const quota = input.revenueQuotas.get(unit.code);
    if (quota === undefined || !(quota > 0)) throw new RangeError(`no 2021 revenue quota for unit ${unit.code}`);
    return { quota, population: spread(0.04), labour: spread(0.05), hiRate: 0.86 + 0.12 * random(), si: spread(0.05) };
  });
  const national = COVERAGE_2023_NATIONAL;
  const population = apportion(
    national.population,
    draws.map((d) => d.quota ** 0.6 * d.population),
  );
  const labourForce = apportion(
    national.labourForce,
    draws.map((d, i) => (population[i] as number) * d.labour),
  );
  const hiParticipants = apportion(
    national.hiParticipants,
    draws.map((d, i) => (population[i] as number) * d.hiRate),
  );
  const siParticipants = apportion(
    national.siParticipants,
    draws.map((d, i) => (labourForce[i] as number) * Math.sqrt(d.quota / (population[i] as number)) * d.si),
  );
  return units.map((unit, i) => ({
    unitSet: 'vn63-2004',
    year: 2023,
    provinceCode: unit.code,
    provinceName: unit.nameVi,
    labourForce: labourForce[i] as number,
    population: population[i] as number,
    siParticipants: siParticipants[i] as number,
    hiParticipants: hiParticipants[i] as number,
  }));
}

/** The 2025 table on the 34 units: 2023 carried onto them, then two years of modest growth. */
export function syntheticCoverage2025(
  rows2023: readonly SyntheticCoverageRow[],
  input: SyntheticCoverageInput,
): SyntheticCoverageRow[] {
  const random = seededRandom('coverage-2025');
  const names = new Map(input.units34.map((unit) => [unit.code, unit.nameVi]));
  const merged = aggregateToSuccessors(rows2023, input.crosswalk, (members, code) => ({
    ...members[0]!,
    ...sumCoverageBases(members, code),
  }));
  return merged.map((unit) => {
    const [lf, pop, si, hi] = [unit.labourForce, unit.population, unit.siParticipants, unit.hiParticipants].map(
      (value) => value as number,
    ) as [number, number, number, number];
    const population = Math.round(pop * 1.0095 ** 2 * (1 + 0.004 * (random() - 0.5)));
    const labourForce = Math.round(lf * 1.008 ** 2 * (1 + 0.006 * (random() - 0.5)));
    const hiRate = Math.min(0.995, hi / pop + 0.012 + 0.01 * random());
    const siGrowth = 1.09 + 0.06 * random();
    const name = names.get(unit.provinceCode);
    if (name === undefined) throw new RangeError(`unit ${unit.provinceCode} is not one of the 34`);
    return {
      unitSet: 'vn34-2025',
      year: 2025,
      provinceCode: unit.provinceCode,
      provinceName: name,
      labourForce,
      population,
      siParticipants: Math.min(Math.round(si * siGrowth), Math.floor(labourForce * 0.92)),
      hiParticipants: Math.round(population * hiRate),
    };
  });
}

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as the CSV the importer reads, every row marked synthetic with its source. */
export function coverageCsv(rows: readonly SyntheticCoverageRow[]): string {
  const lines = rows.map((row) =>
    [
      row.unitSet,
      row.provinceCode,
      row.provinceName,
      String(row.year),
      String(row.labourForce),
      String(row.population),
      String(row.siParticipants),
      String(row.hiParticipants),
      'true',
      SYNTHETIC_COVERAGE_SOURCE[row.year] ?? '',
    ]
      .map(csvField)
      .join(','),
  );
  return `${[COVERAGE_CSV_HEADER, ...lines].join('\n')}\n`;
}

/** The shipped files: data/coverage/coverage-2023-vn63-2004.csv and coverage-2025-vn34-2025.csv. */
export function syntheticCoverageFiles(input: SyntheticCoverageInput): SyntheticCoverageFile[] {
  const rows2023 = syntheticCoverage2023(input);
  const rows2025 = syntheticCoverage2025(rows2023, input);
  return [
    { name: 'coverage-2023-vn63-2004.csv', text: coverageCsv(rows2023), rows: rows2023 },
    { name: 'coverage-2025-vn34-2025.csv', text: coverageCsv(rows2025), rows: rows2025 },
  ];
}
