import { useCallback, useState } from 'react';
import { formatInteger } from '../../i18n/format';
import { textAccess } from '../../i18n/vi-access';
import { useViewer } from '../../session/ViewerContext';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import '../accounts/access.css';
import { Announcement } from '../accounts/Announcement';
import { FailurePanel } from '../accounts/FailurePanel';
import { TokenCreateForm } from './TokenCreateForm';
import { TokensTable } from './TokensTable';
import { TokenUsage } from './TokenUsage';
import { useApiTokens } from './useApiTokens';
import { PageMain } from '../../ui/PageMain';

const t = textAccess.apiTokens;

/** "Khóa API": tokens for programs that read the API; a data officer sees and revokes everyone's. */
export function ApiTokensPage() {
  const viewer = useViewer();
  const manages = viewer.permissions.includes('account.manage');
  const [all, setAll] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const tokens = useApiTokens({ all: manages && all });
  const { reload } = tokens;
  // After a change the list is asked for again by itself: the change marked it stale.
  const changed = useCallback((message: string) => setAnnouncement(message), []);

  const list = tokens.data?.apiTokens;
  let listContent;
  if (tokens.error !== undefined) {
    listContent = <FailurePanel title={t.loadTitle} error={tokens.error} onRetry={reload} level={3} />;
  } else if (!list || !tokens.data) {
    listContent = <LoadingState />;
  } else {
    listContent = (
      <div className={tokens.loading ? 'is-stale' : undefined}>
        <TokensTable
          tokens={list}
          provinces={tokens.data.provinces}
          labelledBy="tokens-list-title"
          onRevoked={(label) => changed(t.revoke.done(label))}
        />
      </div>
    );
  }
  const count = list ? formatInteger(list.length) : '…';

  return (
    <PageMain className="page access-page">
      <PageHeader title={t.pageTitle}>
        <p className="page-header__intro">{t.intro}</p>
      </PageHeader>
      <div className="page__main">
        <TokenUsage />
        <Announcement message={announcement} />
        <TokenCreateForm
          manages={manages}
          provinces={tokens.data?.provinces ?? []}
          onCreated={() => setAnnouncement('')}
        />
        <section className="panel" aria-labelledby="tokens-list-title">
          <h2 id="tokens-list-title" className="panel__title">
            {manages && all ? t.listTitleAll(count) : t.listTitle(count)}
          </h2>
          {manages ? (
            <p>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={all}
                  onChange={(event) => setAll(event.target.checked)}
                  data-testid="tokens-all"
                />
                {t.showAll} <span className="access-form__hint">({t.showAllHint})</span>
              </label>
            </p>
          ) : null}
          {listContent}
        </section>
      </div>
    </PageMain>
  );
}
