import { describeError } from '../../ui/describe-error';
import { text } from '../../i18n/vi';

/**
 * Why the server refused what a form sent, next to the form, in the page's language (its extensions.messageVi or
 * message), with the technical detail for whoever fixes it.
 */
export function FormRefusal({ title, error, testId }: { title: string; error: unknown; testId: string }) {
  const described = describeError(error);
  return (
    <div className="error-panel form-refusal" role="alert" data-testid={testId}>
      <h4 className="error-panel__title">{title}</h4>
      <p data-testid={`${testId}-message`}>{described.message}</p>
      <p className="error-panel__detail">
        <span>{text.common.technicalDetail}: </span>
        <code>{described.detail}</code>
      </p>
    </div>
  );
}
