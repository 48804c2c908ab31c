// The overview's choices live in the URL (?plan=…&units=…&asOf=…&basis=…&map=…&coverageYear=…&coverageRank=…), read
// and written as the ranking page does, so a link shows the same view. The plan is written only when there is more
// than one to choose from, the unit set only when it is not the plan's own, the coverage year only once chosen (the
// years stored are known only from the API: left out, the latest the unit set can show).
import type { Plan } from '../../api/fields';
import type { CoverageKind, RankBasis, UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { resolvePeriodView, writePeriodView, type PeriodViewParamName } from '../../plan/period-view';
import { resolvePlanChoice } from '../../plan/plan-choice';
import { UNITS_PARAM, resolveUnitSet, writeUnitSet } from '../../plan/unit-set-view';
import { COVERAGE_YEAR_PARAM, parseCoverageYear } from './coverage-section/coverage-year';
import { COMPOSITE_COLUMN } from './overview-matrix';

const COVERAGE_RANK_PARAM = 'coverageRank';
const COVERAGE_KINDS: readonly CoverageKind[] = ['SI', 'HI'];
export const DEFAULT_COVERAGE_RANK: CoverageKind = 'SI';

export type OverviewParams = {
  planId: string;
  /** The units the figures are given and ranked on: the plan's own, or the 34 for a plan on the 63. */
  unitSet: UnitSet;
  asOf: IsoDate;
  basis: RankBasis;
  /** What the map is coloured by: a metric key, "late_payment" or "composite". */
  map: string;
  /** The year of the coverage section; null: the latest the unit set can show. */
  coverageYear: number | null;
  /** The coverage its units are ranked by. */
  coverageRank: CoverageKind;
};
export type OverviewParamName =
  'plan' | typeof UNITS_PARAM | PeriodViewParamName | 'map' | typeof COVERAGE_YEAR_PARAM | typeof COVERAGE_RANK_PARAM;

export type ResolvedOverviewParams = { plan: Plan; params: OverviewParams; invalid: OverviewParamName[] };

export const DEFAULT_MAP = COMPOSITE_COLUMN;

/** `plans` must not be empty; `mapChoices` are the keys the map may be coloured by. */
export function resolveOverviewParams(
  search: string,
  plans: readonly Plan[],
  mapChoices: readonly string[],
): ResolvedOverviewParams {
  const query = new URLSearchParams(search);
  const invalid: OverviewParamName[] = [];

  const choice = resolvePlanChoice(query, plans);
  if (choice.invalid) invalid.push('plan');
  const plan = choice.plan;

  const units = resolveUnitSet(query, plan);
  if (units.invalid) invalid.push(UNITS_PARAM);

  const period = resolvePeriodView(query, plan);
  invalid.push(...period.invalid);

  const mapParam = query.get('map');
  const mapOk = mapParam !== null && mapChoices.includes(mapParam);
  if (mapParam !== null && !mapOk) invalid.push('map');

  const coverageYear = parseCoverageYear(query.get(COVERAGE_YEAR_PARAM));
  if (coverageYear.invalid) invalid.push(COVERAGE_YEAR_PARAM);
  const rankParam = query.get(COVERAGE_RANK_PARAM);
  const coverageRank = COVERAGE_KINDS.find((kind) => kind === rankParam);
  if (rankParam !== null && !coverageRank) invalid.push(COVERAGE_RANK_PARAM);

  return {
    plan,
    params: {
      planId: plan.id,
      unitSet: units.unitSet,
      ...period.view,
      map: mapOk ? mapParam : DEFAULT_MAP,
      coverageYear: coverageYear.year,
      coverageRank: coverageRank ?? DEFAULT_COVERAGE_RANK,
    },
    invalid,
  };
}

/** The query string for the params, keeping any other parameters already in the URL. */
export function toOverviewSearch(params: OverviewParams, currentSearch: string, plans: readonly Plan[]): string {
  const query = new URLSearchParams(currentSearch);
  if (plans.length > 1) query.set('plan', params.planId);
  else query.delete('plan');
  const plan = plans.find((p) => p.id === params.planId);
  if (plan) writeUnitSet(query, params.unitSet, plan);
  else query.delete(UNITS_PARAM);
  writePeriodView(query, params);
  if (params.map === DEFAULT_MAP) query.delete('map');
  else query.set('map', params.map);
  if (params.coverageYear === null) query.delete(COVERAGE_YEAR_PARAM);
  else query.set(COVERAGE_YEAR_PARAM, String(params.coverageYear));
  if (params.coverageRank === DEFAULT_COVERAGE_RANK) query.delete(COVERAGE_RANK_PARAM);
  else query.set(COVERAGE_RANK_PARAM, params.coverageRank);
  return `?${query.toString()}`;
}
