import type { ProvinceCode } from '../provinces/province';
import { predecessorsOf, type UnitCrosswalk } from '../provinces/unit-crosswalk';

// A plan on the 63 units seen on the 34 of the 2025 reform (docs/domain.md "Unit sets"): a unit's quota is the sum
// of its predecessors' quotas, month by month, and its actual the sum of their actuals; attainment, pace and rank
// are then computed from the sums like any unit's, never averaged from the predecessors' ratios.

/** A published target cell: provinceCode null for the national row, month null for the period total. */
export type TargetCellValue = { provinceCode: ProvinceCode | null; month: string | null; value: number };

/**
 * The cells of the earlier units summed onto their successors per month and for the period; the national row is
 * kept as published. A successor's cell exists only when every predecessor has it (a missing quota is never 0).
 */
export function targetsOntoSuccessors<Cell extends TargetCellValue>(
  cells: readonly Cell[],
  crosswalk: UnitCrosswalk,
): TargetCellValue[] {
  const members = predecessorsOf(crosswalk);
  const national = cells.filter((cell) => cell.provinceCode === null);
  const byKey = new Map<string, number>();
  for (const cell of cells)
    if (cell.provinceCode !== null) byKey.set(`${cell.provinceCode}|${cell.month ?? ''}`, cell.value);
  const months = [...new Set(cells.map((cell) => cell.month))];
  const summed: TargetCellValue[] = [];
  for (const [successor, codes] of members) {
    for (const month of months) {
      const values = codes.map((code) => byKey.get(`${code}|${month ?? ''}`));
      if (values.some((value) => value === undefined)) continue;
      summed.push({ provinceCode: successor, month, value: values.reduce<number>((sum, value) => sum + value!, 0) });
    }
  }
  return [...national.map(({ provinceCode, month, value }) => ({ provinceCode, month, value })), ...summed];
}

/** The actual of a unit of the later set: the sum of its predecessors' actuals, each of which is kept for tracing. */
export type SuccessorActual<Actual> = { provinceCode: ProvinceCode; value: number; members: readonly Actual[] };

/**
 * The earlier units' actuals summed onto their successors. A successor has an actual only when every predecessor
 * has one: a predecessor that has not reported leaves the merged unit without a figure, never counted as zero.
 */
export function actualsOntoSuccessors<Actual extends { provinceCode: ProvinceCode; value: number }>(
  actuals: readonly Actual[],
  crosswalk: UnitCrosswalk,
): SuccessorActual<Actual>[] {
  const byCode = new Map(actuals.map((actual) => [actual.provinceCode, actual]));
  const summed: SuccessorActual<Actual>[] = [];
  for (const [successor, codes] of predecessorsOf(crosswalk)) {
    const members = codes.map((code) => byCode.get(code));
    if (members.some((member) => member === undefined)) continue;
    const present = members as Actual[];
    summed.push({
      provinceCode: successor,
      value: present.reduce((sum, member) => sum + member.value, 0),
      members: present,
    });
  }
  return summed;
}
