import { FieldIssue } from '../features/accounts/FieldIssue';

/** The required "why" of a settings change (plan settings, alert thresholds): a labelled text area with its hint and issue. */
export function NoteField(props: {
  id: string;
  label: string;
  hint: string;
  value: string;
  issue: string | undefined;
  onChange: (value: string) => void;
  testId: string;
  className?: string;
}) {
  const { id, issue } = props;
  return (
    <div className={props.className ? `field ${props.className}` : 'field'}>
      <label className="field__label" htmlFor={`${id}-note`}>
        {props.label}
      </label>
      <textarea
        id={`${id}-note`}
        className="text-input"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={`${id}-note-hint${issue ? ` ${id}-note-issue` : ''}`}
        required
        data-testid={props.testId}
      />
      <span id={`${id}-note-hint`} className="access-form__hint">
        {props.hint}
      </span>
      <FieldIssue id={`${id}-note-issue`} issue={issue} />
    </div>
  );
}
