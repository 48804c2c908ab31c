/** The problem of one form box, tied to it with aria-describedby; nothing when there is none. */
export function FieldIssue({ id, issue }: { id: string; issue: string | undefined }) {
  return issue ? (
    <span id={id} className="report-value__issue">
      {issue}
    </span>
  ) : null;
}
