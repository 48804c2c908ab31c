import { text } from '../i18n/vi';
import { signInHref } from '../session/session-paths';

/**
 * What a user can do about a failed request: sign in again when the session ended while the page was open (and
 * come back here), else try again when the page can.
 */
export function ErrorActions({ unauthenticated, onRetry }: { unauthenticated: boolean; onRetry?: () => void }) {
  if (unauthenticated)
    return (
      <a className="button" href={signInHref(`${window.location.pathname}${window.location.search}`)}>
        {text.session.signInAgain}
      </a>
    );
  return onRetry ? (
    <button type="button" className="button" onClick={onRetry}>
      {text.common.retry}
    </button>
  ) : null;
}
