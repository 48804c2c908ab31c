// The unit set a page shows a plan on (?units=63|34, docs/domain.md "Organisation"): the 63 provinces of 2004–June
// 2025 or the 34 units from 1 July 2025. A plan on the 63 can be seen on either (the API sums each unit's
// predecessors); a plan on the 34 only on the 34. Left out of the address, the plan's own set.
import type { UnitSet as MapUnitSet } from '@scorecard/domain';
import type { Plan } from '../api/fields';
import type { UnitSet } from '../api/generated/graphql';

export const UNITS_PARAM = 'units';
export type UnitsParamValue = '63' | '34';

const PARAM_VALUES: Readonly<Record<UnitSet, UnitsParamValue>> = { VN63: '63', VN34: '34' };
const MAP_UNIT_SETS: Readonly<Record<UnitSet, MapUnitSet>> = { VN63: 'vn63-2004', VN34: 'vn34-2025' };

type PlanUnits = Pick<Plan, 'unitSet'>;

/** The sets the plan can be shown on, the 63 first: its own, and the 34 for a plan on the 63. */
export function unitSetsOf(plan: PlanUnits): readonly UnitSet[] {
  return plan.unitSet === 'VN63' ? ['VN63', 'VN34'] : ['VN34'];
}

/** The set the URL asks for, if the plan can be shown on it; else the plan's own, and `invalid`. */
export function resolveUnitSet(query: URLSearchParams, plan: PlanUnits): { unitSet: UnitSet; invalid: boolean } {
  const value = query.get(UNITS_PARAM);
  if (value === null) return { unitSet: plan.unitSet, invalid: false };
  const asked = (Object.keys(PARAM_VALUES) as UnitSet[]).find((set) => PARAM_VALUES[set] === value);
  if (asked && unitSetsOf(plan).includes(asked)) return { unitSet: asked, invalid: false };
  return { unitSet: plan.unitSet, invalid: true };
}

/** The `units` value of a link: null (left out) for the plan's own set. */
export function unitsParam(unitSet: UnitSet, plan: PlanUnits): UnitsParamValue | null {
  return unitSet === plan.unitSet ? null : PARAM_VALUES[unitSet];
}

/** Writes the set, leaving the plan's own out of the address. */
export function writeUnitSet(query: URLSearchParams, unitSet: UnitSet, plan: PlanUnits): void {
  const value = unitsParam(unitSet, plan);
  if (value === null) query.delete(UNITS_PARAM);
  else query.set(UNITS_PARAM, value);
}

/** The set as the map and the domain name it ('vn63-2004', 'vn34-2025'). */
export function mapUnitSetOf(unitSet: UnitSet): MapUnitSet {
  return MAP_UNIT_SETS[unitSet];
}

/**
 * The plan seen on another set than its own (the 2021 plan on the 34): every figure is a sum of the unit's
 * predecessors, so what belongs to one reporting unit (its submissions, its warnings, its employers) is not shown.
 */
export function isSummedView(plan: PlanUnits, unitSet: UnitSet): boolean {
  return unitSet !== plan.unitSet;
}
