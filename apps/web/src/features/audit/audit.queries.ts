// GraphQL document of the audit log page and the shape it returns.

export const AUDIT_LOG_QUERY = /* GraphQL */ `
  query AuditLog($first: Int!, $before: String, $action: String, $actor: String) {
    auditLog(first: $first, before: $before, action: $action, actor: $actor) {
      events {
        id
        at
        actor
        actorRole
        via
        origin
        action
        target
        outcome
        detail
      }
      nextBefore
      totalCount
    }
  }
`;

export type AuditEvent = {
  id: string;
  /** UTC, ISO 8601. */
  at: string;
  /** An account login, "token:<id>", "cli:<user>@<host>" or "system:…". */
  actor: string;
  /** As the domain spells it ("data-officer"); null for a sign-in attempt of an unknown login. */
  actorRole: string | null;
  /** session, token, cli, system, or the sign-in method of a sign-in attempt. */
  via: string;
  /** The IP address, or the host of the command line. */
  origin: string;
  /** e.g. plan.import, report.approve, auth.sign-in. */
  action: string;
  target: string | null;
  /** OK, DENIED or FAILED. */
  outcome: string;
  /** What changed, as JSON. */
  detail: string;
};

export type AuditPage = {
  /** Newest first. */
  events: AuditEvent[];
  /** Pass as `before` for the next (older) page; null at the end. */
  nextBefore: string | null;
  /** Events in the whole log, whatever the filter. */
  totalCount: number;
};

export type AuditLogVariables = { first: number; before: string | null; action: string | null; actor: string | null };
export type AuditLogData = { auditLog: AuditPage };
