import { useRef, useState, type FormEvent } from 'react';
import { AuthRequestError, signInAsDemo, signInWithPassword, type SignedIn } from '../../api/auth-client';
import { text } from '../../i18n/vi';
import { useLocation } from '../../navigation/location-store';
import { authErrorMessage, signInProblem } from '../../session/auth-messages';
import { pageAfterSignIn } from '../../session/session-paths';
import { DemoAccountList } from './DemoAccountList';
import { useAuthConfig } from './useAuthConfig';
import { MAIN_CONTENT_ID } from '../../ui/PageMain';

const t = text.signIn;

/** "Đăng nhập": login and password, the agency's identity provider when configured, demo accounts on a demo. */
export function SignInPage() {
  const { search } = useLocation();
  const config = useAuthConfig();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  // 'password' while the form is being sent, a demo login while that account signs in.
  const [running, setRunning] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(() => signInProblem(search));
  const [invalid, setInvalid] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const loginRef = useRef<HTMLInputElement>(null);

  const signedIn = (answer: SignedIn) => {
    // A full load: the app starts again with the new session and asks who is signed in.
    window.location.assign(pageAfterSignIn(answer, new URLSearchParams(search).get('tiep')));
  };
  const failed = (error: unknown) => {
    setRunning(null);
    setProblem(authErrorMessage(error));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.trim() === '' || password === '') {
      setInvalid(true);
      setProblem(t.missing);
      (login.trim() === '' ? loginRef : passwordRef).current?.focus();
      return;
    }
    setInvalid(false);
    setProblem(null);
    setRunning('password');
    signInWithPassword(login.trim(), password).then(signedIn, (error: unknown) => {
      failed(error);
      if (error instanceof AuthRequestError && error.code === 'INVALID_CREDENTIALS') {
        setPassword('');
        passwordRef.current?.focus();
      }
    });
  };

  const onDemo = (demoLogin: string) => {
    setProblem(null);
    setRunning(demoLogin);
    signInAsDemo(demoLogin).then(signedIn, failed);
  };

  const loaded = config.status === 'loaded' ? config.config : null;
  const busy = running !== null;

  return (
    <div className="page sign-in" data-testid="sign-in-page">
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="sign-in__main">
        <div className="sign-in__card">
          <h1 className="sign-in__title">{t.title}</h1>
          <p className="sign-in__intro">{t.intro}</p>
          <div className="sign-in__live" aria-live="assertive" aria-atomic="true">
            {problem ? (
              <p className="sign-in__problem" data-testid="sign-in-problem">
                {problem}
              </p>
            ) : null}
          </div>
          <form className="sign-in__form" onSubmit={onSubmit} noValidate aria-busy={running === 'password'}>
            <label className="field">
              <span className="field__label">{t.login}</span>
              <input
                ref={loginRef}
                className="text-input"
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                aria-invalid={invalid && login.trim() === ''}
                value={login}
                data-testid="sign-in-login"
                onChange={(event) => setLogin(event.target.value)}
              />
            </label>
            <label className="field">
              <span className="field__label">{t.password}</span>
              <input
                ref={passwordRef}
                className="text-input"
                type="password"
                name="password"
                autoComplete="current-password"
                required
                aria-invalid={invalid && password === ''}
                value={password}
                data-testid="sign-in-password"
                onChange={(event) => setPassword(event.target.value)}
              />
            </label>
            <button type="submit" className="button sign-in__submit" disabled={busy} data-testid="sign-in-submit">
              {running === 'password' ? t.running : t.submit}
            </button>
          </form>
          {loaded?.oidc ? (
            <div className="sign-in__oidc">
              <p className="sign-in__or">
                <span>{t.or}</span>
              </p>
              <a className="button button--secondary sign-in__oidc-button" href={loaded.oidc.startUrl}>
                {loaded.oidc.label}
              </a>
            </div>
          ) : null}
          {config.status === 'failed' ? <p className="sign-in__note">{t.configFailed}</p> : null}
        </div>
        {loaded && loaded.demoAccounts.length > 0 ? (
          <DemoAccountList accounts={loaded.demoAccounts} running={running} onChoose={onDemo} />
        ) : null}
      </main>
    </div>
  );
}
