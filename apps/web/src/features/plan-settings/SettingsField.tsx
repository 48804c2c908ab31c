import { FieldIssue } from '../accounts/FieldIssue';

type SettingsFieldProps = {
  id: string;
  label: string;
  hint?: string;
  value: string;
  issue: string | undefined;
  onChange: (value: string) => void;
  testId: string;
};

/** One number box of the settings form, with its hint and, when there is one, its problem tied to it. */
export function SettingsField({ id, label, hint, value, issue, onChange, testId }: SettingsFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', issue ? `${id}-issue` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {/* Text, not type=number: a vi-VN decimal comma ("92,5") is what people type. */}
      <input
        id={id}
        className="text-input text-input--number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy || undefined}
        data-testid={testId}
      />
      {hint ? (
        <span id={`${id}-hint`} className="access-form__hint">
          {hint}
        </span>
      ) : null}
      <FieldIssue id={`${id}-issue`} issue={issue} />
    </div>
  );
}
