// The date and basis a page looks at a plan on (?asOf=…&basis=…): the ranking and the overview read and write them
// the same way, so a link from one keeps its meaning on the other.
import type { Plan } from '../api/fields';
import type { RankBasis } from '../api/generated/graphql';
import type { IsoDate } from '../api/scalars';
import { defaultAsOf, isDateInPlan } from './plan-dates';

export type PeriodView = { asOf: IsoDate; basis: RankBasis };
export type PeriodViewParamName = keyof PeriodView;

export const DEFAULT_BASIS: RankBasis = 'TO_DATE';

export function isRankBasis(value: string | null): value is RankBasis {
  return value === 'TO_DATE' || value === 'PERIOD';
}

/** The date (within the plan, else its default) and the basis (else TO_DATE), with the names that were unusable. */
export function resolvePeriodView(
  query: URLSearchParams,
  plan: Plan,
): { view: PeriodView; invalid: PeriodViewParamName[] } {
  const invalid: PeriodViewParamName[] = [];
  const asOfParam = query.get('asOf');
  const asOfOk = asOfParam !== null && isDateInPlan(plan, asOfParam);
  if (asOfParam !== null && !asOfOk) invalid.push('asOf');

  const basisParam = query.get('basis');
  const basisOk = isRankBasis(basisParam);
  if (basisParam !== null && !basisOk) invalid.push('basis');

  return {
    view: { asOf: asOfOk ? asOfParam : defaultAsOf(plan), basis: basisOk ? basisParam : DEFAULT_BASIS },
    invalid,
  };
}

/** Writes the date, and the basis unless it is the default (which is left out of the address). */
export function writePeriodView(query: URLSearchParams, view: PeriodView): void {
  query.set('asOf', view.asOf);
  if (view.basis === DEFAULT_BASIS) query.delete('basis');
  else query.set('basis', view.basis);
}
