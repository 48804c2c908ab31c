import { textAccess } from '../../i18n/vi-access';
import { ErrorActions } from '../../ui/ErrorActions';
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
        <span className="access-failure__label">{textAccess.errors.serverSaid}:</span>
        <ul>
          {failure.reasons.map((reason) => (
            <li key={reason}>
              <code>{reason}</code>
            </li>
          ))}
        </ul>
      </div>
      <ErrorActions unauthenticated={failure.code === 'UNAUTHENTICATED'} onRetry={onRetry} />
    </section>
  );
}
