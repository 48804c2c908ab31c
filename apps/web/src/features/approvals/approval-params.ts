// The approvals page's filter lives in the URL (?state=approved&province=12), so a reload or a shared link
// shows the same list. Pending reports, the ones to act on, are the default and need no parameter.
import type { ApprovalState } from './approvals.queries';

export const STATE_FILTERS = ['PENDING', 'APPROVED', 'REJECTED', 'ALL'] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];

export type ApprovalParams = { state: StateFilter; province: string | null };
export type ResolvedApprovalParams = { params: ApprovalParams; invalid: Array<'state' | 'province'> };

const DEFAULT_STATE: StateFilter = 'PENDING';

export function resolveApprovalParams(search: string, provinceCodes: readonly string[]): ResolvedApprovalParams {
  const query = new URLSearchParams(search);
  const invalid: ResolvedApprovalParams['invalid'] = [];

  const stateText = query.get('state');
  const state = STATE_FILTERS.find((filter) => filter.toLowerCase() === stateText?.toLowerCase());
  if (stateText !== null && !state) invalid.push('state');

  const province = query.get('province');
  const provinceOk = province !== null && provinceCodes.includes(province);
  if (province !== null && !provinceOk) invalid.push('province');

  return { params: { state: state ?? DEFAULT_STATE, province: provinceOk ? province : null }, invalid };
}

export function toApprovalSearch(params: ApprovalParams, currentSearch: string): string {
  const query = new URLSearchParams(currentSearch);
  if (params.state === DEFAULT_STATE) query.delete('state');
  else query.set('state', params.state.toLowerCase());
  if (params.province) query.set('province', params.province);
  else query.delete('province');
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The state argument of reportSubmissions: null asks for every state. */
export function stateArgument(filter: StateFilter): ApprovalState | null {
  return filter === 'ALL' ? null : filter;
}
