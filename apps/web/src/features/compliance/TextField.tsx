import type { HTMLAttributes } from 'react';
import { text } from '../../i18n/vi';
import { FieldNotes, notesOf } from '../../ui/FieldNotes';

/** What the box takes: a date as dd/mm/yyyy, a whole number (persons, đồng), or a document's number. */
export type TextFieldKind = 'date' | 'number' | 'document';

type KindAttributes = {
  className: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  maxLength?: number;
};

const KINDS: Record<TextFieldKind, KindAttributes> = {
  date: {
    className: 'text-input case-form__date',
    inputMode: 'numeric',
    placeholder: text.dateEntry.placeholder,
    maxLength: 12,
  },
  number: { className: 'text-input text-input--number', inputMode: 'numeric' },
  document: { className: 'text-input', maxLength: 100 },
};

type TextFieldProps = {
  id: string;
  kind: TextFieldKind;
  label: string;
  hint?: string;
  value: string;
  /** What is wrong with it, after a try. */
  issue?: string;
  onChange: (value: string) => void;
  testId: string;
};

/** A text box of a form with its hint and, after a try, what is wrong with it (read before the hint). */
export function TextField({ id, kind, label, hint, value, issue, onChange, testId }: TextFieldProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        {...KINDS[kind]}
        autoComplete="off"
        data-testid={testId}
        value={value}
        aria-invalid={issue !== undefined}
        aria-describedby={notesOf(id, hint, issue)}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldNotes id={id} hint={hint} issue={issue} testId={testId} />
    </div>
  );
}
