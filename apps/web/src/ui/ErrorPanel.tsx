import { isUnauthenticated } from '../api/graphql-client';
import { vi } from '../i18n/vi';
import { signInHref } from '../session/session-paths';
import { describeError } from './describe-error';

type ErrorPanelProps = {
  title: string;
  error: unknown;
  onRetry?: () => void;
  /** What to tell the user when the page knows better than the generic explanation of the error kind. */
  message?: string;
};

export function ErrorPanel({ title, error, onRetry, message: knownMessage }: ErrorPanelProps) {
  const described = describeError(error);
  const message = knownMessage ?? described.message;
  const detail = described.detail;
  return (
    <section className="error-panel" role="alert" data-testid="error-panel">
      <h2 className="error-panel__title">{title}</h2>
      <p>{message}</p>
      <p className="error-panel__detail">
        <span>{vi.common.technicalDetail}: </span>
        <code>{detail}</code>
      </p>
      {isUnauthenticated(error) ? (
        // A session that ended while the page was open: sign in again and come back here.
        <a className="button" href={signInHref(`${window.location.pathname}${window.location.search}`)}>
          {vi.session.signInAgain}
        </a>
      ) : onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {vi.common.retry}
        </button>
      ) : null}
    </section>
  );
}
