import { useEffect, useRef, useState } from 'react';
import { graphqlRequest, isAbortError } from '../../api/graphql-client';
import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import type { AuditFilter } from './audit-params';
import {
  AUDIT_LOG_QUERY,
  type AuditEvent,
  type AuditLogData,
  type AuditLogVariables,
  type AuditPage,
} from './audit.queries';

export const AUDIT_PAGE_SIZE = 50;

type Older = { base: AuditPage | undefined; pages: AuditPage[]; loading: boolean; error: unknown };

/**
 * The newest page of the log for the filter, and older pages on demand ("Xem thêm", through nextBefore). A new
 * filter or a reload starts again from the newest page.
 */
export function useAuditLog(filter: AuditFilter) {
  const newest = useGraphQLQuery<AuditLogData, AuditLogVariables>(AUDIT_LOG_QUERY, {
    first: AUDIT_PAGE_SIZE,
    before: null,
    action: filter.action,
    actor: filter.actor,
  });
  const base = newest.data?.auditLog;
  const [older, setOlder] = useState<Older>({ base: undefined, pages: [], loading: false, error: undefined });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  // Older pages belong to the newest page they continue; after a new filter they are dropped.
  const current: Older = older.base === base ? older : { base, pages: [], loading: false, error: undefined };
  const nextBefore = (current.pages.at(-1) ?? base)?.nextBefore ?? null;

  const loadMore = () => {
    if (!base || nextBefore === null) return;
    controller.current?.abort();
    const request = new AbortController();
    controller.current = request;
    setOlder({ ...current, loading: true, error: undefined });
    const variables = { first: AUDIT_PAGE_SIZE, before: nextBefore, action: filter.action, actor: filter.actor };
    void graphqlRequest<AuditLogData, AuditLogVariables>(AUDIT_LOG_QUERY, variables, { signal: request.signal }).then(
      (data) =>
        setOlder((state) =>
          state.base === base ? { ...state, pages: [...state.pages, data.auditLog], loading: false } : state,
        ),
      (error: unknown) => {
        if (isAbortError(error)) return;
        setOlder((state) => (state.base === base ? { ...state, loading: false, error } : state));
      },
    );
  };

  const events: AuditEvent[] = base ? [base, ...current.pages].flatMap((page) => page.events) : [];
  return {
    newest,
    events,
    totalCount: base?.totalCount,
    nextBefore,
    loadingMore: current.loading,
    moreError: current.error,
    loadMore,
  };
}
