import { useState, type FormEvent } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { textAccess } from '../../i18n/vi-access';
import { checkAccountForm, type AccountFormIssues, type AccountFormValues } from './account-form';
import { AccountFields } from './AccountFields';
import { UPDATE_ACCOUNT_MUTATION, type Account, type ProvinceChoice } from './accounts.queries';
import { FailurePanel } from './FailurePanel';

type AccountEditFormProps = {
  account: Account;
  provinces: readonly ProvinceChoice[];
  /** One's own account: its role stays (the server refuses the change). */
  isOwn: boolean;
  onSaved: (login: string) => void;
  onCancel: () => void;
};

const t = textAccess.accounts.edit;

/** Name, role and province of one account. */
export function AccountEditForm({ account, provinces, isOwn, onSaved, onCancel }: AccountEditFormProps) {
  const [values, setValues] = useState<AccountFormValues>({
    login: account.login,
    displayName: account.displayName,
    role: account.role,
    provinceCode: account.provinceCode ?? '',
  });
  const [issues, setIssues] = useState<AccountFormIssues>({});
  const { state, run } = useOperationMutation(UPDATE_ACCOUNT_MUTATION);
  const running = state.status === 'running';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkAccountForm(values, { editing: true });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues({});
    const { displayName, role, provinceCode } = checked.account;
    void run(() => Promise.resolve({ login: account.login, displayName, role, provinceCode })).then((data) => {
      if (data) onSaved(data.updateAccount.login);
    });
  };

  return (
    <form
      className="access-form access-inline"
      onSubmit={onSubmit}
      aria-busy={running}
      noValidate
      data-testid="account-edit-form"
    >
      <h3 className="access-inline__title">{t.title(account.login)}</h3>
      <AccountFields
        values={values}
        issues={issues}
        provinces={provinces}
        editing
        roleLockedReason={isOwn ? t.ownRole : undefined}
        onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
        testId="account-edit"
      />
      <div className="access-actions">
        <button type="submit" className="button" disabled={running} data-testid="account-edit-save">
          {running ? textAccess.common.saving : textAccess.common.save}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {textAccess.common.cancel}
        </button>
      </div>
      {state.status === 'failed' ? <FailurePanel title={t.failed} error={state.error} level={4} /> : null}
    </form>
  );
}
