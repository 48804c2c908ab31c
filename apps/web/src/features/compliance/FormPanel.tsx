import { useId, type FormEvent, type ReactNode } from 'react';
import type { MutationState } from '../../api/useOperationMutation';
import { FormRefusal } from './FormRefusal';

type FormPanelProps = {
  /** The panel's data-testid; its button and the server's refusal are `${testId}-submit`, `${testId}-refusal`. */
  testId: string;
  title: string;
  /** What the form does and what it takes, above its fields. */
  intro?: ReactNode;
  labels: { submit: string; running: string; failed: string };
  state: MutationState<unknown>;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** The fields. */
  children: ReactNode;
  /** What the server answered, below the form. */
  answer?: ReactNode;
};

/**
 * A form of the compliance pages that sends one mutation: its fields, the button (disabled while it runs), and the
 * server's refusal, in the page's language, next to it.
 */
export function FormPanel({ testId, title, intro, labels, state, onSubmit, children, answer }: FormPanelProps) {
  const id = useId();
  const running = state.status === 'running';
  return (
    <section className="panel case-form" aria-labelledby={`${id}-title`} data-testid={testId}>
      <h2 id={`${id}-title`} className="panel__title">
        {title}
      </h2>
      {intro}
      <form className="case-form__fields" onSubmit={onSubmit} noValidate aria-busy={running}>
        {children}
        <p className="case-form__actions">
          <button type="submit" className="button" data-testid={`${testId}-submit`} disabled={running}>
            {running ? labels.running : labels.submit}
          </button>
        </p>
      </form>
      {state.status === 'failed' ? (
        <FormRefusal title={labels.failed} error={state.error} testId={`${testId}-refusal`} />
      ) : null}
      {answer}
    </section>
  );
}
