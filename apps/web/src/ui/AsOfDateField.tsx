import { useId, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { Plan } from '../api/fields';
import type { IsoDate } from '../api/scalars';
import { formatDate } from '../i18n/format';
import { text } from '../i18n/vi';
import { decideDateEntry, type DateEntryProblem, type DateEntryTrigger } from './date-entry';

type AsOfDateFieldProps = {
  plan: Pick<Plan, 'periodStart' | 'periodEnd'>;
  /** The page's date (from the URL), shown as dd/mm/yyyy. */
  value: IsoDate;
  onCommit: (date: IsoDate) => void;
  label?: string;
  testId?: string;
};

const t = text.dateEntry;

/**
 * "Đến ngày" as a text box that reads dd/mm/yyyy whatever the browser's language. A date reaches the page (and
 * the server) only on Enter, on leaving the box, or once a whole date has been typed: never half typed.
 */
export function AsOfDateField({
  plan,
  value,
  onCommit,
  label = text.ranking.controls.asOf,
  testId = 'as-of-picker',
}: AsOfDateFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const [text, setText] = useState(() => formatDate(value));
  const [problem, setProblem] = useState<string | null>(null);
  // A date chosen elsewhere (a report-date button, the URL) replaces whatever was typed.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(formatDate(value));
    setProblem(null);
  }

  const period = { start: plan.periodStart, end: plan.periodEnd };
  const look = (typed: string, trigger: DateEntryTrigger) => {
    const decision = decideDateEntry(typed, trigger, value, period);
    switch (decision.kind) {
      case 'wait':
        setProblem(null);
        return;
      case 'refuse':
        setProblem(describeProblem(decision.problem, typed.trim()));
        return;
      case 'unchanged':
        setProblem(null);
        setText(formatDate(decision.date));
        return;
      case 'commit':
        setProblem(null);
        setText(formatDate(decision.date));
        onCommit(decision.date);
        return;
    }
  };

  const describeProblem = (kind: DateEntryProblem, typed: string): string => {
    switch (kind) {
      case 'empty':
        return t.problems.empty();
      case 'format':
        return t.problems.format(typed);
      case 'noSuchDate':
        return t.problems.noSuchDate(typed);
      case 'outsidePeriod':
        return t.problems.outsidePeriod(typed, formatDate(plan.periodStart), formatDate(plan.periodEnd));
    }
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    setText(event.target.value);
    look(event.target.value, 'input');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    // Enter reads the date; it does not submit the controls form.
    event.preventDefault();
    look(text, 'enter');
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
        placeholder={t.placeholder}
        maxLength={12}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? `${problemId} ${hintId}` : hintId}
        onChange={onChange}
        onKeyDown={onKeyDown}
        onBlur={() => look(text, 'blur')}
      />
      <span className="controls__hint" id={hintId}>
        {t.hint(formatDate(plan.periodStart), formatDate(plan.periodEnd))}
      </span>
      {problem !== null ? (
        <span className="field__issue" id={problemId} data-testid={`${testId}-problem`} role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
