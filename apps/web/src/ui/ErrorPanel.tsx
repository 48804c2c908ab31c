import { vi } from '../i18n/vi';
import { describeError } from './describe-error';

type ErrorPanelProps = { title: string; error: unknown; onRetry?: () => void };

export function ErrorPanel({ title, error, onRetry }: ErrorPanelProps) {
  const { message, detail } = describeError(error);
  return (
    <section className="error-panel" role="alert" data-testid="error-panel">
      <h2 className="error-panel__title">{title}</h2>
      <p>{message}</p>
      <p className="error-panel__detail">
        <span>{vi.common.technicalDetail}: </span>
        <code>{detail}</code>
      </p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {vi.common.retry}
        </button>
      ) : null}
    </section>
  );
}
