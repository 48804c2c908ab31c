// The province page's date lives in the URL (?asOf=…), like the ranking's, so a link shows the same figures; a link
// from a cell of the overview names a metric too (?metric=…), which the page puts first. The plan (?plan=…, default
// the first) and the unit set (?units=34, default the plan's own) say which unit the code names: the sets reuse codes.
import type { Metric, Plan } from '../../api/fields';
import type { UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { defaultAsOf, isDateInPlan } from '../../plan/plan-dates';
import { PLAN_PARAM, resolvePlanChoice } from '../../plan/plan-choice';
import { UNITS_PARAM, resolveUnitSet } from '../../plan/unit-set-view';

export type ProvinceViewParamName = typeof PLAN_PARAM | typeof UNITS_PARAM;

export type ResolvedProvinceView = {
  plan: Plan;
  unitSet: UnitSet;
  /** Parameters present in the URL but not usable; the default was used instead. */
  invalid: ProvinceViewParamName[];
};

/** The plan and the unit set the page shows the province on; `plans` must not be empty. */
export function resolveProvinceView(search: string, plans: readonly Plan[]): ResolvedProvinceView {
  const query = new URLSearchParams(search);
  const invalid: ProvinceViewParamName[] = [];
  const { plan, invalid: planInvalid } = resolvePlanChoice(query, plans);
  if (planInvalid) invalid.push(PLAN_PARAM);
  const units = resolveUnitSet(query, plan);
  if (units.invalid) invalid.push(UNITS_PARAM);
  return { plan, unitSet: units.unitSet, invalid };
}

export type ResolvedProvinceAsOf = {
  asOf: IsoDate;
  /** The URL had a date that cannot be used; the default was used instead. */
  invalid: boolean;
};

export function resolveProvinceAsOf(search: string, plan: Plan): ResolvedProvinceAsOf {
  const asOf = new URLSearchParams(search).get('asOf');
  if (asOf !== null && isDateInPlan(plan, asOf)) return { asOf, invalid: false };
  return { asOf: defaultAsOf(plan), invalid: asOf !== null };
}

/** The query string for the date, keeping any other parameters already in the URL. */
export function toProvinceSearch(asOf: IsoDate, currentSearch: string): string {
  const query = new URLSearchParams(currentSearch);
  query.set('asOf', asOf);
  return `?${query.toString()}`;
}

/** The metric the page was opened on; null without one, or for a key the catalogue does not have (it is ignored). */
export function resolveProvinceMetric(search: string, metrics: readonly Pick<Metric, 'key'>[]): string | null {
  const metric = new URLSearchParams(search).get('metric');
  return metric !== null && metrics.some((m) => m.key === metric) ? metric : null;
}
