import { isUnauthenticated } from '../api/graphql-client';
import { text } from '../i18n/vi';
import { describeError } from './describe-error';
import { ErrorActions } from './ErrorActions';

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
        <span>{text.common.technicalDetail}: </span>
        <code>{detail}</code>
      </p>
      <ErrorActions unauthenticated={isUnauthenticated(error)} onRetry={onRetry} />
    </section>
  );
}
