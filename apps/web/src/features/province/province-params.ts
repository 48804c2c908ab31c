// The province page's date lives in the URL (?asOf=…), like the ranking's, so a link shows the same figures.
import type { IsoDate, Plan } from '../../api/graphql-types';
import { defaultAsOf, isDateInPlan } from '../../plan/plan-dates';

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
