import type { FormerUnit } from './province-name-matcher';
import type { Province, ProvinceCode, UnitSet } from './province';

// The 2025 reform (Resolution 202/2025/QH15) merged the 63 provincial units into 34 from 1 July 2025
// (data/reference/merge_2025.csv). A figure of the 63 units is carried onto the 34 by summing the amounts of each
// unit's predecessors; a ratio is recomputed from the sums, never averaged (docs/domain.md "Unit sets").

/** Which later unit each earlier unit became: one successor per predecessor, several predecessors per successor. */
export type UnitCrosswalk = {
  from: UnitSet;
  to: UnitSet;
  /** Predecessor code → successor code. */
  successor: ReadonlyMap<ProvinceCode, ProvinceCode>;
};

/** The predecessors of each successor, in code order. */
export function predecessorsOf(crosswalk: UnitCrosswalk): Map<ProvinceCode, ProvinceCode[]> {
  const members = new Map<ProvinceCode, ProvinceCode[]>();
  for (const [from, to] of [...crosswalk.successor].sort(([a], [b]) => a.localeCompare(b)))
    members.set(to, [...(members.get(to) ?? []), from]);
  return members;
}

/**
 * Rows of the earlier units summed onto their successors with `sum` (which adds the amounts of a row type);
 * a row of a code the crosswalk does not know is an error, never dropped.
 */
export function aggregateToSuccessors<Row extends { provinceCode: ProvinceCode }>(
  rows: readonly Row[],
  crosswalk: UnitCrosswalk,
  sum: (members: readonly Row[], successor: ProvinceCode) => Row,
): Row[] {
  const groups = new Map<ProvinceCode, Row[]>();
  for (const row of rows) {
    const to = crosswalk.successor.get(row.provinceCode);
    if (to === undefined)
      throw new RangeError(`unit ${row.provinceCode} of ${crosswalk.from} has no successor in ${crosswalk.to}`);
    groups.set(to, [...(groups.get(to) ?? []), row]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([to, members]) => sum(members, to));
}

/** The earlier set's units each with the unit of the later set it became: what a later table's names are read against. */
export function formerUnitsOf(
  earlier: readonly Province[],
  later: readonly Province[],
  crosswalk: UnitCrosswalk,
): FormerUnit[] {
  const laterByCode = new Map(later.map((unit) => [unit.code, unit]));
  return earlier.flatMap((province) => {
    const successor = laterByCode.get(crosswalk.successor.get(province.code) ?? '');
    return successor ? [{ province, successor }] : [];
  });
}
