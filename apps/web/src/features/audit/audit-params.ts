// The audit log's filter lives in the URL (?action=report.approve&actor=demo.nghiep-vu), so a filtered view can
// be reloaded or sent to a colleague. Both are optional; blank means every action or every actor.

export type AuditFilter = { action: string | null; actor: string | null };

export function resolveAuditFilter(search: string): AuditFilter {
  const query = new URLSearchParams(search);
  return { action: blankToNull(query.get('action')), actor: blankToNull(query.get('actor')) };
}

export function toAuditSearch(filter: AuditFilter, currentSearch: string): string {
  const query = new URLSearchParams(currentSearch);
  for (const key of ['action', 'actor'] as const) {
    const value = blankToNull(filter[key]);
    if (value) query.set(key, value);
    else query.delete(key);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

function blankToNull(value: string | null): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}
