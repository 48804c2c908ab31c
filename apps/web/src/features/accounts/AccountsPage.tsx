import { useCallback, useState, type ReactNode } from 'react';
import { formatInteger } from '../../i18n/format';
import { textAccess } from '../../i18n/vi-access';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { useViewer } from '../../session/ViewerContext';
import './access.css';
import { AccountCreateForm } from './AccountCreateForm';
import { AccountsTable } from './AccountsTable';
import { Announcement } from './Announcement';
import { FailurePanel } from './FailurePanel';
import { useAccountsData } from './useAccountsData';
import { PageMain } from '../../ui/PageMain';

const t = textAccess.accounts;

/** "Tài khoản": who may sign in, with which role; for headquarters data officers. */
export function AccountsPage() {
  const accounts = useAccountsData();
  const viewer = useViewer();
  const [announcement, setAnnouncement] = useState('');
  // After a change the list is asked for again by itself: the change marked it stale.
  const changed = useCallback((message: string) => setAnnouncement(message), []);

  let content: ReactNode;
  if (accounts.error !== undefined) {
    content = <FailurePanel title={t.loadTitle} error={accounts.error} onRetry={accounts.reload} />;
  } else if (!accounts.data) {
    content = <LoadingState />;
  } else {
    const { data } = accounts;
    content = (
      <>
        <AccountCreateForm provinces={data.provinces} onCreated={(login) => changed(t.create.created(login))} />
        <section className="panel" aria-labelledby="accounts-list-title">
          <h2 id="accounts-list-title" className="panel__title">
            {t.listTitle(formatInteger(data.accounts.length))}
          </h2>
          <div className={accounts.loading ? 'is-stale' : undefined}>
            <AccountsTable
              accounts={data.accounts}
              provinces={data.provinces}
              ownLogin={viewer.login}
              labelledBy="accounts-list-title"
              onChanged={changed}
            />
          </div>
        </section>
      </>
    );
  }

  return (
    <PageMain className="page access-page">
      <PageHeader title={t.pageTitle}>
        <p className="page-header__intro">{t.intro}</p>
      </PageHeader>
      <div className="page__main">
        <Announcement message={announcement} />
        {content}
      </div>
    </PageMain>
  );
}
