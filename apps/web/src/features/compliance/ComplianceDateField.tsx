import { useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { IsoDate } from '../../api/scalars';
import { formatDate } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { decideDateEntry, type DateEntryTrigger } from '../../ui/date-entry';
import { describeDateProblem } from './compliance-dates';

type ComplianceDateFieldProps = {
  /** The page's date (from the URL), shown as dd/mm/yyyy. */
  value: IsoDate;
  /** The dates the field accepts. */
  range: { start: IsoDate; end: IsoDate };
  onCommit: (date: IsoDate) => void;
  label: string;
  hint: string;
  testId: string;
};

/**
 * A date typed as dd/mm/yyyy whatever the browser's language, as the ranking's "Đến ngày" field: it reaches the
 * page (and the server) on Enter, on leaving the box, or once a whole date is typed, never half typed.
 */
export function ComplianceDateField({ value, range, onCommit, label, hint, testId }: ComplianceDateFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const [typed, setTyped] = useState(() => formatDate(value));
  const [problem, setProblem] = useState<string | null>(null);
  // A date chosen elsewhere (the URL, back) replaces whatever was typed.
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
        setProblem(describeDateProblem(decision.problem, entry.trim(), range));
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
        <span className="field__issue" id={problemId} data-testid={`${testId}-problem`} role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
