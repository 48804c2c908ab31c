import { useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { IsoDate } from '../api/scalars';
import { formatDate } from '../i18n/format';
import { text } from '../i18n/vi';
import { FieldIssue } from './FieldNotes';
import { decideDateEntry, type DateEntryProblem, type DateEntryTrigger } from './date-entry';

export type DateEntryFieldProps = {
  /** The page's date (from the URL), shown as dd/mm/yyyy. */
  value: IsoDate;
  /** The dates the field accepts. */
  range: { start: IsoDate; end: IsoDate };
  onCommit: (date: IsoDate) => void;
  label: string;
  hint: string;
  /** What is wrong with a typed text (trimmed), in the page's words. */
  describeProblem: (problem: DateEntryProblem, typed: string) => string;
  testId: string;
};

/**
 * A page's date as a text box that reads dd/mm/yyyy whatever the browser's language. A date reaches the page (and
 * the server) only on Enter, on leaving the box, or once a whole date has been typed: never half typed.
 */
export function DateEntryField({ value, range, onCommit, label, hint, describeProblem, testId }: DateEntryFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const [typed, setTyped] = useState(() => formatDate(value));
  const [problem, setProblem] = useState<string | null>(null);
  // A date chosen elsewhere (a report-date button, the URL, back) replaces whatever was typed.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setTyped(formatDate(value));
    setProblem(null);
  }

  const look = (entry: string, trigger: DateEntryTrigger) => {
    const decision = decideDateEntry(entry, trigger, value, range);
    switch (decision.kind) {
      case 'wait':
        setProblem(null);
        return;
      case 'refuse':
        setProblem(describeProblem(decision.problem, entry.trim()));
        return;
      case 'unchanged':
        setProblem(null);
        setTyped(formatDate(decision.date));
        return;
      case 'commit':
        setProblem(null);
        setTyped(formatDate(decision.date));
        onCommit(decision.date);
        return;
    }
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setTyped(event.target.value);
    look(event.target.value, 'input');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter reads the date; it does not submit the controls form.
    event.preventDefault();
    look(typed, 'enter');
  };

  return (
    <div className="controls__field controls__field--date">
      <label className="controls__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        className="date-entry"
        data-testid={testId}
        inputMode="numeric"
        autoComplete="off"
        placeholder={text.dateEntry.placeholder}
        maxLength={12}
        value={typed}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? `${problemId} ${hintId}` : hintId}
        onChange={onChange}
        onKeyDown={onKeyDown}
        onBlur={() => look(typed, 'blur')}
      />
      <span className="controls__hint" id={hintId}>
        {hint}
      </span>
      {problem !== null ? (
        <FieldIssue id={problemId} testId={`${testId}-problem`}>
          {problem}
        </FieldIssue>
      ) : null}
    </div>
  );
}
