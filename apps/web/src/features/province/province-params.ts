// The province page's date lives in the URL (?asOf=…), like the ranking's, so a link shows the same figures; a link
// from a cell of the overview names a metric too (?metric=…), which the page puts first.
import type { Metric, Plan } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
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

/** The metric the page was opened on; null without one, or for a key the catalogue does not have (it is ignored). */
export function resolveProvinceMetric(search: string, metrics: readonly Pick<Metric, 'key'>[]): string | null {
  const metric = new URLSearchParams(search).get('metric');
  return metric !== null && metrics.some((m) => m.key === metric) ? metric : null;
}
