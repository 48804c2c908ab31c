// The compliance page's view lives in the URL (?asOf=…&province=…&tab=…, and each section's filters) so that
// reload, back and a shared link show the same view. Without asOf the page shows the last day recorded on a case
// (defaultAsOf, compliance-dates.ts), and the URL stays without it.
import { isIsoDate } from '@scorecard/domain';
import type { ComplianceStep } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { is08ktReportDate } from './compliance-dates';
import { isComplianceStep } from './compliance-labels';

/** The sections of the page, in the order of its tabs. */
export const COMPLIANCE_TABS = ['funnel', 'cases', 'queue', 'inspect', 'report', 'offer', 'import'] as const;
export type ComplianceTab = (typeof COMPLIANCE_TABS)[number];

export type CaseState = 'open' | 'ended';

export type ComplianceParams = {
  /** The date the cases are seen at; null: the last day recorded on a case (defaultAsOf). */
  asOf: IsoDate | null;
  /** Two-digit province code, or null for the nation. */
  province: string | null;
  tab: ComplianceTab;
  /** Case list: only cases whose next step is past its deadline. */
  overdueOnly: boolean;
  /** Case list: only open cases waiting for this step. */
  waitingFor: ComplianceStep | null;
  /** Case list: open or ended only; null: both. */
  state: CaseState | null;
  /** Case list: a tax code's start or a part of the employer's name. */
  search: string | null;
  /** Report 08-KT: its date; null: the latest on or before asOf. */
  reportDate: IsoDate | null;
  /** The plan the offered figures are for; null: the first plan. */
  plan: string | null;
  /** The plan's report date the figures are offered for; null: the latest on or before asOf. */
  offerDate: IsoDate | null;
};
export type ComplianceParamName = keyof ComplianceParams;

export type ResolvedComplianceParams = {
  params: ComplianceParams;
  /** Parameters present in the URL but not usable; they were ignored. */
  invalid: ComplianceParamName[];
};

/** The URL's name of each parameter. */
const URL_NAMES: Readonly<Record<ComplianceParamName, string>> = {
  asOf: 'asOf',
  province: 'province',
  tab: 'tab',
  overdueOnly: 'overdue',
  waitingFor: 'waiting',
  state: 'state',
  search: 'q',
  reportDate: 'reportDate',
  plan: 'plan',
  offerDate: 'offerDate',
};

const PROVINCE_CODE = /^\d{2}$/;
/** Longer than any tax code or employer name anyone types. */
export const SEARCH_MAX_LENGTH = 100;

export const DEFAULT_PARAMS: ComplianceParams = {
  asOf: null,
  province: null,
  tab: 'funnel',
  overdueOnly: false,
  waitingFor: null,
  state: null,
  search: null,
  reportDate: null,
  plan: null,
  offerDate: null,
};

function isTab(value: string | null): value is ComplianceTab {
  return COMPLIANCE_TABS.some((tab) => tab === value);
}

function isCaseState(value: string | null): value is CaseState {
  return value === 'open' || value === 'ended';
}

/** A search as typed, trimmed; null when nothing is left. */
export function normaliseSearch(typed: string | null | undefined): string | null {
  const trimmed = (typed ?? '').trim().slice(0, SEARCH_MAX_LENGTH);
  return trimmed === '' ? null : trimmed;
}

export function resolveComplianceParams(search: string): ResolvedComplianceParams {
  const query = new URLSearchParams(search);
  const invalid: ComplianceParamName[] = [];
  const read = <T>(name: ComplianceParamName, accept: (value: string) => T | undefined): T | null => {
    const value = query.get(URL_NAMES[name]);
    if (value === null) return null;
    const accepted = accept(value);
    if (accepted === undefined) {
      invalid.push(name);
      return null;
    }
    return accepted;
  };

  const params: ComplianceParams = {
    asOf: read('asOf', (v) => (isIsoDate(v) ? v : undefined)),
    province: read('province', (v) => (PROVINCE_CODE.test(v) ? v : undefined)),
    tab: read('tab', (v) => (isTab(v) ? v : undefined)) ?? 'funnel',
    overdueOnly: read('overdueOnly', (v) => (v === '1' ? true : v === '0' ? false : undefined)) ?? false,
    waitingFor: read('waitingFor', (v) => (isComplianceStep(v) ? v : undefined)),
    state: read('state', (v) => (isCaseState(v) ? v : undefined)),
    search: read('search', (v) => normaliseSearch(v) ?? undefined),
    reportDate: read('reportDate', (v) => (isIsoDate(v) && is08ktReportDate(v) ? v : undefined)),
    plan: read('plan', (v) => (v.trim() !== '' ? v : undefined)),
    offerDate: read('offerDate', (v) => (isIsoDate(v) ? v : undefined)),
  };
  return { params, invalid };
}

/** The query string of the params, keeping other parameters of the URL; defaults are left out. '' when none. */
export function toComplianceSearch(params: ComplianceParams, currentSearch = ''): string {
  const query = new URLSearchParams(currentSearch);
  const written: Record<ComplianceParamName, string | null> = {
    asOf: params.asOf,
    province: params.province,
    tab: params.tab === 'funnel' ? null : params.tab,
    overdueOnly: params.overdueOnly ? '1' : null,
    waitingFor: params.waitingFor,
    state: params.state,
    search: normaliseSearch(params.search),
    reportDate: params.reportDate,
    plan: params.plan,
    offerDate: params.offerDate,
  };
  for (const name of Object.keys(URL_NAMES) as ComplianceParamName[]) {
    const value = written[name];
    if (value === null) query.delete(URL_NAMES[name]);
    else query.set(URL_NAMES[name], value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The case list's filters cleared, the rest of the view kept. */
export function withoutCaseFilters(params: ComplianceParams): ComplianceParams {
  return { ...params, overdueOnly: false, waitingFor: null, state: null, search: null };
}

/** Whether the case list is filtered at all. */
export function hasCaseFilters(params: ComplianceParams): boolean {
  return params.overdueOnly || params.waitingFor !== null || params.state !== null || params.search !== null;
}

/** The `open` argument of complianceCases for a state filter. */
export function openArgument(state: CaseState | null): boolean | null {
  return state === null ? null : state === 'open';
}
