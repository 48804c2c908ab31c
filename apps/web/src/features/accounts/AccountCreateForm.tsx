import { useRef, useState, type FormEvent } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { formatInteger } from '../../i18n/format';
import { textAccess } from '../../i18n/vi-access';
import { LoadingState } from '../../ui/LoadingState';
import { checkAccountForm, type AccountFormIssues, type AccountFormValues } from './account-form';
import { AccountFields } from './AccountFields';
import { CREATE_ACCOUNT_MUTATION, type AccountWithLink, type ProvinceChoice } from './accounts.queries';
import { FailurePanel } from './FailurePanel';
import { SignInLinkNotice } from './SignInLinkNotice';

type AccountCreateFormProps = {
  provinces: readonly ProvinceChoice[];
  /** After the account was stored: the page reloads its list and says so. */
  onCreated: (login: string) => void;
};

const EMPTY: AccountFormValues = { login: '', displayName: '', role: '', provinceCode: '' };
const t = textAccess.accounts.create;

export function AccountCreateForm({ provinces, onCreated }: AccountCreateFormProps) {
  const [values, setValues] = useState<AccountFormValues>(EMPTY);
  const [issues, setIssues] = useState<AccountFormIssues>({});
  const [created, setCreated] = useState<AccountWithLink | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { state, run, reset } = useOperationMutation(CREATE_ACCOUNT_MUTATION);
  const running = state.status === 'running';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkAccountForm(values);
    if (!checked.ok) {
      setIssues(checked.issues);
      reset();
      // The first box to fix gets the focus, so a keyboard or screen-reader user lands on the problem.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setIssues({});
    setCreated(null);
    void run(() => Promise.resolve(checked.account)).then((data) => {
      if (!data) return;
      setCreated(data.createAccount);
      setValues(EMPTY);
      onCreated(data.createAccount.account.login);
    });
  };

  const issueCount = Object.keys(issues).length;
  return (
    <section className="panel" aria-labelledby="account-create-title">
      <h2 id="account-create-title" className="panel__title">
        {t.title}
      </h2>
      <form
        ref={formRef}
        className="access-form"
        onSubmit={onSubmit}
        aria-busy={running}
        noValidate
        data-testid="account-create-form"
      >
        <AccountFields
          values={values}
          issues={issues}
          provinces={provinces}
          onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
          testId="account-create"
        />
        <div className="access-actions">
          <button type="submit" className="button" disabled={running} data-testid="account-create-submit">
            {t.submit}
          </button>
          {issueCount > 0 ? (
            <span className="report-value__issue" role="alert">
              {textAccess.accounts.issues.fix(formatInteger(issueCount))}
            </span>
          ) : null}
        </div>
      </form>
      {state.status === 'running' ? <LoadingState label={t.running} /> : null}
      {state.status === 'failed' ? <FailurePanel title={t.failed} error={state.error} level={3} /> : null}
      {created ? <SignInLinkNotice created={created} onDismiss={() => setCreated(null)} /> : null}
    </section>
  );
}
