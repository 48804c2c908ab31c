// Which coverage year a page shows on a unit set (docs/coverage.md "API"): a year's table can be given on the set it
// is stored on, and a table of the 63 on the 34 too (the API sums each unit's predecessors); a year stored only on
// the 34 cannot be given on the 63. Pure, so the choice is tested without a browser.
import type { UnitSet } from '../../../api/generated/graphql';

/** The coverage year in the address (?coverageYear=2023); left out, the latest year the set can show. */
export const COVERAGE_YEAR_PARAM = 'coverageYear';

export type StoredCoverageTable = { year: number; unitSet: UnitSet; synthetic: boolean };

export type CoverageYearOption = {
  year: number;
  /** The table given is made up (sample data). */
  synthetic: boolean;
  /** The year has no table on the set: its table of the 63 is summed onto the 34. */
  summed: boolean;
};

/** The years that can be shown on the set, latest first, each with the table it is given from. */
export function coverageYearOptions(
  tables: readonly StoredCoverageTable[],
  unitSet: UnitSet,
): readonly CoverageYearOption[] {
  const byYear = new Map<number, CoverageYearOption>();
  for (const table of tables) {
    const own = table.unitSet === unitSet;
    // Only the 63 can be summed onto the 34, never the other way.
    if (!own && !(unitSet === 'VN34' && table.unitSet === 'VN63')) continue;
    const known = byYear.get(table.year);
    // A table on the set itself is the one the API gives (VN34 for a year stored on both).
    if (!known || (own && known.summed)) {
      byYear.set(table.year, { year: table.year, synthetic: table.synthetic, summed: !own });
    }
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}

export type CoverageYearChoice = {
  option: CoverageYearOption;
  /** The address asked for a year the set cannot show: the latest that it can is shown instead. */
  moved: boolean;
};

/** The year asked for when the set can show it, else the latest it can; null when it can show none. */
export function chooseCoverageYear(
  options: readonly CoverageYearOption[],
  asked: number | null,
): CoverageYearChoice | null {
  const latest = options[0];
  if (!latest) return null;
  const found = asked === null ? undefined : options.find((option) => option.year === asked);
  return found ? { option: found, moved: false } : { option: latest, moved: asked !== null };
}

/** The year of the address: four digits, else invalid (and the default, null). */
export function parseCoverageYear(value: string | null): { year: number | null; invalid: boolean } {
  if (value === null) return { year: null, invalid: false };
  return /^\d{4}$/.test(value) ? { year: Number(value), invalid: false } : { year: null, invalid: true };
}
