import { useState } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { textAccess } from '../../i18n/vi-access';
import { describeAccountStatus, isDemo } from './account-status';
import { AccountEditForm } from './AccountEditForm';
import {
  RESET_PASSWORD_MUTATION,
  UPDATE_ACCOUNT_MUTATION,
  type Account,
  type AccountWithLink,
  type ProvinceChoice,
} from './accounts.queries';
import { FailurePanel } from './FailurePanel';
import { provinceText } from './ProvinceSelect';
import { roleLabel } from './roles';
import { SignInLinkNotice } from './SignInLinkNotice';
import { formatInstant } from './timestamps';

type AccountRowProps = {
  account: Account;
  provinces: readonly ProvinceChoice[];
  isOwn: boolean;
  columnCount: number;
  /** After a change was stored: the page reloads the list and announces the message. */
  onChanged: (message: string) => void;
};

type Panel = 'none' | 'edit' | 'reset';
const t = textAccess.accounts;

/** One account, its actions, and under it whichever of edit form, reset confirmation or new link is open. */
export function AccountRow({ account, provinces, isOwn, columnCount, onChanged }: AccountRowProps) {
  const [panel, setPanel] = useState<Panel>('none');
  const [link, setLink] = useState<AccountWithLink | null>(null);
  const toggle = useOperationMutation(UPDATE_ACCOUNT_MUTATION);
  const reset = useOperationMutation(RESET_PASSWORD_MUTATION);
  const status = describeAccountStatus(account);
  const hidden = (text: string) => <span className="visually-hidden"> {text}</span>;
  const forAccount = t.actions.menuLabel(account.login);

  const toggleDisabled = () => {
    const disabled = !account.disabled;
    setPanel('none');
    void toggle
      .run(() => Promise.resolve({ login: account.login, disabled }))
      .then((data) => {
        if (data) onChanged(disabled ? t.disable.disabled(account.login) : t.disable.enabled(account.login));
      });
  };

  const resetPassword = () => {
    void reset
      .run(() => Promise.resolve({ login: account.login }))
      .then((data) => {
        if (!data) return;
        setPanel('none');
        setLink(data.resetPassword);
        onChanged(t.reset.done(account.login));
      });
  };

  const detail = (() => {
    if (panel === 'edit') {
      return (
        <AccountEditForm
          account={account}
          provinces={provinces}
          isOwn={isOwn}
          onCancel={() => setPanel('none')}
          onSaved={(login) => {
            setPanel('none');
            onChanged(t.edit.saved(login));
          }}
        />
      );
    }
    if (panel === 'reset') {
      return (
        <div className="access-inline access-confirm" role="group" aria-label={t.actions.resetPassword}>
          <p>{t.reset.confirm(account.login)}</p>
          <div className="access-actions">
            <button
              type="button"
              className="button button--danger"
              onClick={resetPassword}
              disabled={reset.state.status === 'running'}
              data-testid="account-reset-confirm"
            >
              {reset.state.status === 'running' ? t.reset.running : t.reset.submit}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setPanel('none')}>
              {textAccess.common.cancel}
            </button>
          </div>
          {reset.state.status === 'failed' ? (
            <FailurePanel title={t.reset.failed} error={reset.state.error} level={4} />
          ) : null}
        </div>
      );
    }
    return null;
  })();

  const failures =
    toggle.state.status === 'failed' ? (
      <FailurePanel title={t.disable.failed} error={toggle.state.error} level={4} />
    ) : null;
  const open = detail !== null || failures !== null || link !== null;

  return (
    <>
      <tr data-testid="account-row" data-login={account.login} data-status={status.status}>
        <th scope="row" className="access-table__key">
          <span className="access-table__login">{account.login}</span>
          {isDemo(account) ? (
            <span className="badge badge--synthetic" title={t.demoTitle}>
              {t.demo}
            </span>
          ) : null}
          {isOwn ? <span className="access-table__note">({t.ownAccount})</span> : null}
        </th>
        <td>{account.displayName}</td>
        <td>{roleLabel(account.role)}</td>
        <td className="nowrap">{provinceText(account.provinceCode, provinces)}</td>
        <td>
          <span className={status.badge}>{status.text}</span>
          {account.identityProviderLinked ? <span className="access-table__note">{t.identityProvider}</span> : null}
        </td>
        <td className="access-table__when">
          {textAccess.common.createdBy(formatInstant(account.createdAt), account.createdBy)}
        </td>
        <td>
          <div className="access-actions access-actions--row" role="group" aria-label={forAccount}>
            <button
              type="button"
              className="button button--secondary button--small"
              aria-expanded={panel === 'edit'}
              onClick={() => setPanel(panel === 'edit' ? 'none' : 'edit')}
            >
              {t.actions.edit}
              {hidden(account.login)}
            </button>
            {isOwn ? null : (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={toggleDisabled}
                disabled={toggle.state.status === 'running'}
                data-testid="account-toggle"
              >
                {account.disabled ? t.actions.enable : t.actions.disable}
                {hidden(account.login)}
              </button>
            )}
            {isDemo(account) ? null : (
              <button
                type="button"
                className="button button--secondary button--small"
                aria-expanded={panel === 'reset'}
                onClick={() => setPanel(panel === 'reset' ? 'none' : 'reset')}
                data-testid="account-reset"
              >
                {t.actions.resetPassword}
                {hidden(account.login)}
              </button>
            )}
          </div>
        </td>
      </tr>
      {open ? (
        <tr className="access-table__detail">
          <td colSpan={columnCount}>
            {detail}
            {failures}
            {link ? <SignInLinkNotice created={link} onDismiss={() => setLink(null)} level={4} /> : null}
          </td>
        </tr>
      ) : null}
    </>
  );
}
