import type { DuckDBConnection } from '@duckdb/node-api';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import { utcTimestamp } from '../connection/utc-time';

// The audit log: every change appended with who, when, from where and what. This repository has no update and no
// delete; a change and its audit row are written in one transaction where the change is written here too.

export type AuditOutcome = 'OK' | 'DENIED' | 'FAILED';

export type AuditEventInput = {
  actor: string;
  actorRole: string | null;
  via: string;
  origin: string;
  action: string;
  target: string | null;
  outcome: AuditOutcome;
  detail: Readonly<Record<string, unknown>>;
};

export type AuditEvent = AuditEventInput & { id: number; at: string };

type AuditRow = {
  id: bigint;
  at: string;
  actor: string;
  actor_role: string | null;
  via: string;
  origin: string;
  action: string;
  target: string | null;
  outcome: AuditOutcome;
  detail: string;
};

const INSERT =
  'INSERT INTO audit_event (occurred_at, actor, actor_role, via, origin, action, target, outcome, detail) ' +
  'VALUES ($at::TIMESTAMP, $actor, $actorRole, $via, $origin, $action, $target, $outcome, $detail)';

const PAGE = `SELECT id, strftime(occurred_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS at, actor, actor_role, via, origin, action, target, outcome, detail
FROM audit_event
WHERE ($before::BIGINT IS NULL OR id < $before)
  AND ($action::VARCHAR IS NULL OR action = $action)
  AND ($actor::VARCHAR IS NULL OR actor = $actor)
ORDER BY id DESC
LIMIT $limit`;

const COUNT = `SELECT count(*) AS n FROM audit_event
WHERE ($action::VARCHAR IS NULL OR action = $action) AND ($actor::VARCHAR IS NULL OR actor = $actor)`;

export class AuditRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  async append(event: AuditEventInput): Promise<void> {
    await this.db.transaction((connection) => AuditRepository.appendOn(connection, event));
  }

  /** Appends inside a transaction the caller holds, with the change it records. */
  static async appendOn(connection: DuckDBConnection, event: AuditEventInput): Promise<void> {
    await connection.run(INSERT, {
      at: utcTimestamp(),
      actor: event.actor,
      actorRole: event.actorRole,
      via: event.via,
      origin: event.origin,
      action: event.action,
      target: event.target,
      outcome: event.outcome,
      detail: JSON.stringify(event.detail),
    });
  }

  /** Newest first; `before` is the id of the last event of the previous page. */
  async page(options: {
    limit: number;
    before: number | null;
    action: string | null;
    actor: string | null;
  }): Promise<AuditEvent[]> {
    const rows = await this.db.all<AuditRow>(PAGE, {
      limit: options.limit,
      before: options.before,
      action: options.action,
      actor: options.actor,
    });
    return rows.map((row) => ({
      id: Number(row.id),
      at: row.at,
      actor: row.actor,
      actorRole: row.actor_role,
      via: row.via,
      origin: row.origin,
      action: row.action,
      target: row.target,
      outcome: row.outcome,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
    }));
  }

  /** Events matching the filters (the totalCount of every page). */
  async count(
    filter: { action: string | null; actor: string | null } = { action: null, actor: null },
  ): Promise<number> {
    const rows = await this.db.all<{ n: bigint }>(COUNT, { action: filter.action, actor: filter.actor });
    return Number(rows[0]?.n ?? 0);
  }
}
