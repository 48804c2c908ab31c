import { useMemo } from 'react';
import { formatInteger } from '../../i18n/format';
import { textAccess } from '../../i18n/vi-access';
import { pushSearch, useLocation } from '../../navigation/location-store';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import '../accounts/access.css';
import { FailurePanel } from '../accounts/FailurePanel';
import { resolveAuditFilter, toAuditSearch } from './audit-params';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditLog } from './useAuditLog';
import { PageMain } from '../../ui/PageMain';

const t = textAccess.audit;

/** "Nhật ký thay đổi": who changed what, and every sign-in, newest first; for headquarters. */
export function AuditLogPage() {
  const { search } = useLocation();
  const filter = useMemo(() => resolveAuditFilter(search), [search]);
  const log = useAuditLog(filter);

  let content;
  if (log.error !== undefined) {
    content = <FailurePanel title={t.loadTitle} error={log.error} onRetry={log.reload} />;
  } else if (log.totalCount === undefined) {
    content = <LoadingState />;
  } else {
    content = (
      <section className="panel" aria-labelledby="audit-list-title">
        <h2 id="audit-list-title" className="panel__title">
          {t.listTitle}
        </h2>
        <p className="panel__note" role="status" aria-live="polite">
          {t.shown(formatInteger(log.events.length), formatInteger(log.totalCount))}
        </p>
        <div className={log.loading ? 'is-stale' : undefined}>
          {log.events.length === 0 ? (
            <p className="panel__empty" data-testid="audit-empty">
              {t.empty}
            </p>
          ) : (
            <AuditTable events={log.events} labelledBy="audit-list-title" />
          )}
        </div>
        {log.moreError !== undefined ? (
          <FailurePanel title={t.moreFailed} error={log.moreError} onRetry={log.loadMore} level={3} />
        ) : null}
        <div className="audit-more">
          {log.hasMore ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={log.loadMore}
              disabled={log.loadingMore}
              data-testid="audit-more"
            >
              {log.loadingMore ? t.loadingMore : t.more}
            </button>
          ) : log.events.length > 0 ? (
            <span className="panel__note">{t.end}</span>
          ) : null}
        </div>
      </section>
    );
  }

  return (
    <PageMain className="page access-page">
      <PageHeader title={t.pageTitle}>
        <p className="page-header__intro">{t.intro}</p>
      </PageHeader>
      <div className="page__main">
        <AuditFilters
          key={search}
          filter={filter}
          onApply={(next) => pushSearch(toAuditSearch(next, window.location.search))}
        />
        {content}
      </div>
    </PageMain>
  );
}
