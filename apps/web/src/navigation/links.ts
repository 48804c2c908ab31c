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
 * A province's page, at a date when given (the ranking's date, so both show the same figures), and on a metric
 * when given (the overview's cell that was clicked): the page puts that metric first.
 */
export function provinceHref(code: string, asOf?: string | null, metric?: string | null): string {
  return hrefWith(provincePath(code), '', { asOf, metric });
}

/** The report form, for a province and report date when given. */
export function reportHref(province?: string | null, reportDate?: string | null): string {
  return hrefWith(NAV_ROUTES.report.path, '', { province, date: reportDate });
}

/** The ranking at a date, keeping the metric and basis the ranking page last had (`rankingSearch`). */
export function rankingHref(rankingSearch: string, asOf: string): string {
  return hrefWith(NAV_ROUTES.ranking.path, rankingSearch, { asOf });
}

/** The ranking of one metric at a date on a basis (from the overview, where all three are known). */
export function rankingViewHref(metric: string, asOf: string, basis: string): string {
  // TO_DATE is the ranking's default and is left out of its address, as the ranking page writes it.
  return hrefWith(NAV_ROUTES.ranking.path, '', { metric, asOf, basis: basis === 'TO_DATE' ? null : basis });
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
