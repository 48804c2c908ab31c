import type { ReactNode } from 'react';

/** What is wrong with a field, said at once (role alert) and read with it (the field's aria-describedby names `id`). */
export function FieldIssue({ id, testId, children }: { id: string; testId: string; children: ReactNode }) {
  return (
    <span className="field__issue" id={id} role="alert" data-testid={testId}>
      {children}
    </span>
  );
}

type FieldNotesProps = {
  /** The field's id: the notes are `${id}-hint` and `${id}-issue`. */
  id: string;
  hint: string | undefined;
  issue: string | undefined;
  /** The field's data-testid: the issue is `${testId}-issue`. */
  testId: string;
};

/** The hint of a form's field and, after a try, what is wrong with it. */
export function FieldNotes({ id, hint, issue, testId }: FieldNotesProps) {
  return (
    <>
      {hint !== undefined ? (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {issue !== undefined ? (
        <FieldIssue id={`${id}-issue`} testId={`${testId}-issue`}>
          {issue}
        </FieldIssue>
      ) : null}
    </>
  );
}

/** The field's aria-describedby: what is wrong first, then the hint; undefined when neither is shown. */
export function notesOf(id: string, hint: string | undefined, issue: string | undefined): string | undefined {
  const ids = [issue !== undefined ? `${id}-issue` : null, hint !== undefined ? `${id}-hint` : null];
  const described = ids.filter((part) => part !== null).join(' ');
  return described === '' ? undefined : described;
}
