import { useEffect, useRef, useState } from 'react';
import { useOperationQuery } from '../../api/useOperationQuery';
import { text } from '../../i18n/vi';
import { textAlertSettings } from '../../i18n/vi-alert-settings';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { PageMain } from '../../ui/PageMain';
import { Announcement } from '../accounts/Announcement';
import '../accounts/access.css';
import { FailurePanel } from '../accounts/FailurePanel';
import { formatInstant } from '../accounts/timestamps';
import './alert-settings.css';
import { MY_ALERT_SETTINGS_QUERY } from './alert-settings.queries';
import { AlertSettingsForm } from './AlertSettingsForm';

const t = textAlertSettings;
const NO_VARIABLES = {};

/** "Cài đặt cảnh báo": which of their role's alerts a user gets, and whether by e-mail (docs/alerts.md). */
export function AlertSettingsPage() {
  const settings = useOperationQuery(MY_ALERT_SETTINGS_QUERY, NO_VARIABLES);
  const [saved, setSaved] = useState('');
  const status = useRef<HTMLParagraphElement>(null);

  // The saved version comes back as a fresh form: the keyboard goes to the outcome, which is read out.
  useEffect(() => {
    if (saved) status.current?.focus();
  }, [saved]);

  let content;
  if (settings.error !== undefined) {
    // A script's token has no account, hence no settings: the server's words say so.
    content = (
      <FailurePanel
        title={t.loadFailed}
        error={settings.error}
        onRetry={settings.reload}
        testId="alert-settings-load-failure"
      />
    );
  } else if (!settings.data) {
    content = <LoadingState />;
  } else {
    const mine = settings.data.myAlertSettings;
    content = (
      <>
        {mine.emailAvailable ? null : (
          <p className="notice" data-testid="alert-settings-no-email">
            {t.noEmail}
          </p>
        )}
        <p className="alert-settings__version" data-testid="alert-settings-version" data-version={mine.version}>
          {mine.version === 0 ? t.neverSaved : t.version(mine.version, formatInstant(mine.setAt))}
        </p>
        {/* A new version in force gives a fresh form, filled from it. */}
        <AlertSettingsForm
          key={mine.version}
          settings={mine}
          onSaving={() => setSaved('')}
          onSaved={(version) => setSaved(t.saved(version.version, formatInstant(version.setAt)))}
        />
      </>
    );
  }

  return (
    <PageMain className="page access-page alert-settings" testId="alert-settings-page">
      <PageHeader title={text.nav.pages.alertSettings}>
        <p className="page-header__intro">{t.intro}</p>
      </PageHeader>
      <div className="page__main">
        <Announcement message={saved} testId="alert-settings-status" ref={status} />
        {content}
      </div>
    </PageMain>
  );
}
