import { textAccess } from '../../i18n/vi-access';
import type { AccountWithLink } from './accounts.queries';
import { OneTimeSecret } from './OneTimeSecret';
import { formatInstant } from './timestamps';

type SignInLinkNoticeProps = { created: AccountWithLink; onDismiss: () => void; level?: 3 | 4 };

const t = textAccess.accounts.link;

/** The one-time sign-in link of a new account or a password reset: shown once, to be passed on to its owner. */
export function SignInLinkNotice({ created, onDismiss, level = 3 }: SignInLinkNoticeProps) {
  const Heading = `h${level}` as const;
  return (
    <section className="import-result import-result--saved access-link" data-testid="sign-in-link">
      <Heading className="import-result__title">{t.title(created.account.login)}</Heading>
      <OneTimeSecret label={t.label} value={created.signInLink} testId="sign-in-link-secret">
        <p className="access-secret__note">{t.instructions(formatInstant(created.linkExpiresAt))}</p>
      </OneTimeSecret>
      <button type="button" className="button button--secondary" onClick={onDismiss}>
        {t.dismiss}
      </button>
    </section>
  );
}
