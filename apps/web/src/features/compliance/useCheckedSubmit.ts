import { useState, type FormEvent } from 'react';

/** A form read into what to send, or what is wrong with its fields. */
export type Checked<TChecked, TIssues> = { ok: true; variables: TChecked } | { ok: false; issues: TIssues };

/**
 * The submit of a form checked before sending: what the server would refuse for sure is said beside the fields and
 * nothing is sent (an earlier answer is cleared); else it is sent, and `onAnswer` hears the server's answer.
 */
export function useCheckedSubmit<TChecked, TIssues extends object, TData>({
  check,
  send,
  reset,
  onAnswer,
}: {
  check: () => Checked<TChecked, TIssues>;
  /** Resolves with the answer, or undefined when the request failed (the failure is in the mutation's state). */
  send: (checked: TChecked) => Promise<TData | undefined>;
  /** Clears the mutation's state. */
  reset: () => void;
  onAnswer?: (data: TData, checked: TChecked) => void;
}) {
  const [issues, setIssues] = useState<Partial<TIssues>>({});
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = check();
    if (!checked.ok) {
      setIssues(checked.issues);
      reset();
      return;
    }
    setIssues({});
    void send(checked.variables).then((data) => {
      if (data !== undefined) onAnswer?.(data, checked.variables);
    });
  };
  return { issues, onSubmit };
}
