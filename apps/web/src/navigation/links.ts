// Where links between pages go: a province's page, the report form for a province and date, the ranking at a
// date, the late-payment page of a province, a compliance case. Pure, so each is tested without a browser.
import { NAV_ROUTES, complianceCasePath, provincePath } from './routes';

type QueryChanges = Readonly<Record<string, string | null | undefined>>;

/** A path with the query `search` changed: a value sets a parameter, null or undefined removes it. */
export function hrefWith(path: string, search: string, changes: QueryChanges = {}): string {
  const query = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') query.delete(name);
    else query.set(name, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * The plan and the unit set a link keeps (plan/plan-choice.ts, plan/unit-set-view.ts): each left out (null) when it
 * is the default, the first plan and the plan's own set. A province code names a unit only with its set.
 */
export type PlanScope = { plan?: string | null; units?: string | null };

/**
 * A province's page, at a date when given (the ranking's date, so both show the same figures), and on a metric
 * when given (the overview's cell that was clicked): the page puts that metric first.
 */
export function provinceHref(
  code: string,
  asOf?: string | null,
  metric?: string | null,
  scope: PlanScope = {},
): string {
  return hrefWith(provincePath(code), '', { plan: scope.plan, units: scope.units, asOf, metric });
}

/** The report form, for a province and report date when given. */
export function reportHref(province?: string | null, reportDate?: string | null): string {
  return hrefWith(NAV_ROUTES.report.path, '', { province, date: reportDate });
}

/**
 * The ranking at a date, keeping the metric and basis the ranking page last had (`rankingSearch`); with a scope, on
 * that plan and unit set (each left out for the default).
 */
export function rankingHref(rankingSearch: string, asOf: string, scope?: PlanScope): string {
  const changes = scope ? { plan: scope.plan, units: scope.units, asOf } : { asOf };
  return hrefWith(NAV_ROUTES.ranking.path, rankingSearch, changes);
}

/** The ranking of one metric at a date on a basis (from the overview, where all three are known). */
export function rankingViewHref(metric: string, asOf: string, basis: string, scope: PlanScope = {}): string {
  // TO_DATE is the ranking's default and is left out of its address, as the ranking page writes it.
  return hrefWith(NAV_ROUTES.ranking.path, '', {
    plan: scope.plan,
    units: scope.units,
    metric,
    asOf,
    basis: basis === 'TO_DATE' ? null : basis,
  });
}

/** The late-payment page at a date with a province's employers in arrears opened. */
export function latePaymentHref(asOf: string, province?: string | null): string {
  return hrefWith(NAV_ROUTES.latePayment.path, '', { asOf, province });
}

/** The approvals page: its default list is the reports waiting for approval. */
export function approvalsHref(): string {
  return NAV_ROUTES.approvals.path;
}

/** A compliance case's page, seen at a date when given (the date the list showed it at); without one, today. */
export function complianceCaseHref(id: string, asOf?: string | null): string {
  return hrefWith(complianceCasePath(id), '', { asOf });
}
