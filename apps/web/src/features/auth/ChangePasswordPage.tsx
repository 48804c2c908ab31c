import { useState, type FormEvent } from 'react';
import { changePassword } from '../../api/auth-client';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { passwordErrorMessage } from '../../session/auth-messages';
import { useViewer } from '../../session/ViewerContext';
import { PageHeader } from '../../ui/PageHeader';
import { MIN_PASSWORD_LENGTH, passwordIssues, type PasswordField } from './password-rules';
import { PageMain } from '../../ui/PageMain';

const t = text.password;

type Status = { kind: 'editing' } | { kind: 'running' } | { kind: 'done' } | { kind: 'failed'; message: string };

/**
 * "Đổi mật khẩu": the new password twice, and the current one unless a one-time link signed the viewer in (then
 * there is none yet); afterwards the viewer's first page.
 */
export function ChangePasswordPage() {
  const viewer = useViewer();
  const needsCurrent = !viewer.mustChangePassword;
  const [values, setValues] = useState<Record<PasswordField, string>>({ current: '', next: '', repeat: '' });
  const [attempted, setAttempted] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'editing' });
  const issues = passwordIssues({ ...values, needsCurrent });
  const shown = attempted ? issues : {};

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const first = (['current', 'next', 'repeat'] as const).find((field) => issues[field] !== undefined);
    if (first) {
      document.getElementById(`password-${first}`)?.focus();
      return;
    }
    setStatus({ kind: 'running' });
    changePassword(needsCurrent ? values.current : null, values.next).then(
      (answer) => {
        setStatus({ kind: 'done' });
        window.location.assign(answer.home);
      },
      (error: unknown) => setStatus({ kind: 'failed', message: passwordErrorMessage(error) }),
    );
  };

  const field = (name: PasswordField, label: string, autoComplete: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`password-${name}`}>
        {label}
      </label>
      <input
        id={`password-${name}`}
        className="text-input"
        type="password"
        autoComplete={autoComplete}
        required
        aria-invalid={shown[name] !== undefined}
        aria-describedby={shown[name] ? `password-${name}-issue` : name === 'next' ? 'password-rule' : undefined}
        value={values[name]}
        data-testid={`password-${name}`}
        onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
      />
      {shown[name] ? (
        <p id={`password-${name}-issue`} className="field__issue">
          {shown[name]}
        </p>
      ) : null}
    </div>
  );

  if (viewer.via === 'TOKEN') {
    return (
      <PageMain className="page">
        <PageHeader title={t.title} />
        <div className="page__main">
          <p className="notice">{t.viaToken}</p>
        </div>
      </PageMain>
    );
  }

  return (
    <PageMain className="page" testId="change-password-page">
      <PageHeader title={t.title}>
        <p className="page-header__intro">
          {viewer.mustChangePassword ? t.mustChangeIntro(viewer.login) : t.intro(viewer.login)}
        </p>
      </PageHeader>
      <div className="page__main">
        <form className="panel password-form" onSubmit={onSubmit} noValidate aria-busy={status.kind === 'running'}>
          {/* For password managers: which account the new password belongs to. */}
          <input type="text" name="username" autoComplete="username" value={viewer.login} readOnly hidden />
          {needsCurrent ? field('current', t.current, 'current-password') : null}
          {field('next', t.next, 'new-password')}
          <p id="password-rule" className="field__hint">
            {t.rule(formatInteger(MIN_PASSWORD_LENGTH))}
          </p>
          {field('repeat', t.repeat, 'new-password')}
          <div aria-live="assertive" aria-atomic="true">
            {status.kind === 'failed' ? <p className="field__issue password-form__problem">{status.message}</p> : null}
            {status.kind === 'done' ? <p className="password-form__done">{t.done}</p> : null}
          </div>
          <button
            type="submit"
            className="button"
            data-testid="password-submit"
            disabled={status.kind === 'running' || status.kind === 'done'}
          >
            {status.kind === 'running' ? t.running : viewer.mustChangePassword ? t.submitFirst : t.submit}
          </button>
        </form>
      </div>
    </PageMain>
  );
}
