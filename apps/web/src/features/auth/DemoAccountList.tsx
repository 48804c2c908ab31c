import type { DemoAccount } from '../../api/auth-client';
import { text } from '../../i18n/vi';
import { demoButtonText } from './demo-accounts';

type DemoAccountListProps = {
  accounts: readonly DemoAccount[];
  /** The login being signed in, if any: every button waits. */
  running: string | null;
  onChoose: (login: string) => void;
};

const t = text.signIn.demo;

/** "Tài khoản trình diễn": one button per role of the local demo. */
export function DemoAccountList({ accounts, running, onChoose }: DemoAccountListProps) {
  return (
    <section className="sign-in__demo" aria-labelledby="demo-accounts-title" data-testid="demo-accounts">
      <h2 id="demo-accounts-title" className="sign-in__section-title">
        {t.title}
      </h2>
      <p className="sign-in__note">{t.intro}</p>
      <ul className="demo-accounts">
        {accounts.map((account) => {
          const text = demoButtonText(account);
          return (
            <li key={account.login}>
              <button
                type="button"
                className="demo-account"
                data-testid="demo-sign-in"
                data-login={account.login}
                disabled={running !== null}
                aria-busy={running === account.login}
                onClick={() => onChoose(account.login)}
              >
                <span className="demo-account__title">{running === account.login ? t.running : text.title}</span>
                <span className="demo-account__detail">{text.detail}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
