import { vi } from '../../i18n/vi';
import { viAccess } from '../../i18n/vi-access';
import { signInHref } from '../../session/session-paths';
import { explainFailure } from './server-failure';

type FailurePanelProps = {
  title: string;
  error: unknown;
  onRetry?: () => void;
  /** The heading level where the panel sits: 2 for a page's content, 3 or 4 inside a card or a table row. */
  level?: 2 | 3 | 4;
  testId?: string;
};

/** A refused or failed request: what it means and the server's reason, never an empty list in its place. */
export function FailurePanel({ title, error, onRetry, level = 2, testId = 'failure-panel' }: FailurePanelProps) {
  const failure = explainFailure(error);
  const Heading = `h${level}` as const;
  return (
    <section className="error-panel access-failure" role="alert" data-testid={testId} data-code={failure.code}>
      <Heading className="error-panel__title">{title}</Heading>
      <p className="access-failure__explanation">{failure.explanation}</p>
      <div className="access-failure__reasons">
        <span className="access-failure__label">{viAccess.errors.serverSaid}:</span>
        <ul>
          {failure.reasons.map((reason) => (
            <li key={reason}>
              <code>{reason}</code>
            </li>
          ))}
        </ul>
      </div>
      {failure.code === 'UNAUTHENTICATED' ? (
        // A session that ended while the page was open: sign in again and come back here.
        <a
          className="button access-button-link"
          href={signInHref(`${window.location.pathname}${window.location.search}`)}
        >
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
