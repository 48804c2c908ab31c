import type { Alert, AlertFigures, AlertKind, IsoDate } from '@scorecard/domain';
import { insertColumns } from '../connection/bulk-insert';
import type { WarehouseDatabase } from '../connection/warehouse-database';

// Alerts and their deliveries (migration 014). An alert is stored once under its key; a delivery once per
// (alert, recipient, channel). Writing the same again stores nothing, so an evaluation can run any number of
// times — after a restart, on every change — and each recipient still gets each alert once.

export type AlertChannel = 'IN_APP' | 'EMAIL' | 'WEBHOOK';

export type AlertDeliveryInput = { alertKey: string; recipient: string; channel: AlertChannel };

export type StoredNotification = Alert & { raisedAt: string; readAt: string | null };

type NotificationRow = {
  key: string;
  kind: string;
  plan_id: string | null;
  province_code: string | null;
  metric: string | null;
  date: string;
  figures: string;
  raised_at: string;
  read_at: string | null;
};

export class AlertRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  /**
   * Stores the alerts not stored yet and the deliveries not made yet, in one transaction; returns how many of each
   * are new. Nothing new: nothing is written at all.
   */
  async record(
    alerts: readonly Alert[],
    deliveries: readonly AlertDeliveryInput[],
    now: string,
  ): Promise<{ alerts: number; deliveries: number; newAlerts: Alert[] }> {
    const known = new Set((await this.db.all<{ key: string }>('SELECT key FROM alert')).map((row) => row.key));
    const delivered = new Set(
      (
        await this.db.all<{ alert_key: string; recipient: string; channel: string }>(
          'SELECT alert_key, recipient, channel FROM alert_delivery',
        )
      ).map((row) => `${row.alert_key}\u0000${row.recipient}\u0000${row.channel}`),
    );
    const newAlerts = dedupe(
      alerts.filter((alert) => !known.has(alert.key)),
      (alert) => alert.key,
    );
    const newDeliveries = dedupe(
      deliveries.filter((d) => !delivered.has(`${d.alertKey}\u0000${d.recipient}\u0000${d.channel}`)),
      (d) => `${d.alertKey}\u0000${d.recipient}\u0000${d.channel}`,
    );
    if (newAlerts.length === 0 && newDeliveries.length === 0) return { alerts: 0, deliveries: 0, newAlerts: [] };
    await this.db.transactionBesideFigures(async (connection) => {
      if (newAlerts.length > 0)
        await insertColumns(connection, 'alert', [
          { name: 'key', type: 'VARCHAR', values: newAlerts.map((a) => a.key) },
          { name: 'kind', type: 'VARCHAR', values: newAlerts.map((a) => a.kind) },
          { name: 'plan_id', type: 'VARCHAR', values: newAlerts.map((a) => a.planId) },
          { name: 'province_code', type: 'VARCHAR', values: newAlerts.map((a) => a.provinceCode) },
          { name: 'metric', type: 'VARCHAR', values: newAlerts.map((a) => a.metric) },
          { name: 'date', type: 'DATE', values: newAlerts.map((a) => a.date) },
          { name: 'figures', type: 'VARCHAR', values: newAlerts.map((a) => JSON.stringify(a.figures)) },
          { name: 'raised_at', type: 'TIMESTAMP', values: newAlerts.map(() => now) },
        ]);
      if (newDeliveries.length > 0)
        await insertColumns(connection, 'alert_delivery', [
          { name: 'alert_key', type: 'VARCHAR', values: newDeliveries.map((d) => d.alertKey) },
          { name: 'recipient', type: 'VARCHAR', values: newDeliveries.map((d) => d.recipient) },
          { name: 'channel', type: 'VARCHAR', values: newDeliveries.map((d) => d.channel) },
          { name: 'outcome', type: 'VARCHAR', values: newDeliveries.map(() => 'DELIVERED') },
          { name: 'created_at', type: 'TIMESTAMP', values: newDeliveries.map(() => now) },
          { name: 'read_at', type: 'TIMESTAMP', values: newDeliveries.map(() => null) },
        ]);
    });
    return { alerts: newAlerts.length, deliveries: newDeliveries.length, newAlerts };
  }

  /**
   * A recipient's in-app notifications, newest date first (then kind and key); `unreadOnly` leaves the read out,
   * `key` keeps the one notification of that key.
   */
  async notifications(
    recipient: string,
    options: { unreadOnly: boolean; limit: number; offset: number; key?: string },
  ): Promise<StoredNotification[]> {
    const rows = await this.db.all<NotificationRow>(
      `SELECT a.key, a.kind, a.plan_id, a.province_code, a.metric, strftime(a.date, '%Y-%m-%d') AS date, a.figures,
         strftime(a.raised_at, '%Y-%m-%dT%H:%M:%S') AS raised_at, strftime(d.read_at, '%Y-%m-%dT%H:%M:%S') AS read_at
       FROM alert_delivery d JOIN alert a ON a.key = d.alert_key
       WHERE d.recipient = $recipient AND d.channel = 'IN_APP' AND (NOT $unreadOnly OR d.read_at IS NULL)
         AND ($key IS NULL OR a.key = $key)
       ORDER BY a.date DESC, a.kind, a.key
       LIMIT $limit OFFSET $offset`,
      {
        recipient,
        unreadOnly: options.unreadOnly,
        limit: options.limit,
        offset: options.offset,
        key: options.key ?? null,
      },
    );
    return rows.map(toNotification);
  }

  /** The alerts of these keys, in the order given (unknown keys left out). */
  async byKeys(keys: readonly string[]): Promise<Alert[]> {
    if (keys.length === 0) return [];
    const rows = await this.db.all<Omit<NotificationRow, 'read_at'>>(
      `SELECT key, kind, plan_id, province_code, metric, strftime(date, '%Y-%m-%d') AS date, figures,
         strftime(raised_at, '%Y-%m-%dT%H:%M:%S') AS raised_at
       FROM alert WHERE list_contains($keys::VARCHAR[], key)`,
      { keys: JSON.stringify(keys) },
    );
    const byKey = new Map(rows.map((row) => [row.key, { ...toNotification({ ...row, read_at: null }) }]));
    return keys.flatMap((key) => byKey.get(key) ?? []);
  }

  /**
   * Alerts raised since `since` (local time) that have no delivery to `recipient` on `channel` yet, oldest first:
   * what a channel that sends every new alert (the webhook) still owes, also after a kill between raising and
   * composing.
   */
  async undelivered(recipient: string, channel: string, since: string): Promise<Alert[]> {
    const rows = await this.db.all<Omit<NotificationRow, 'read_at'>>(
      `SELECT key, kind, plan_id, province_code, metric, strftime(date, '%Y-%m-%d') AS date, figures,
         strftime(raised_at, '%Y-%m-%dT%H:%M:%S') AS raised_at
       FROM alert a WHERE raised_at >= $since::TIMESTAMP
         AND NOT EXISTS (SELECT 1 FROM alert_delivery d
                         WHERE d.alert_key = a.key AND d.recipient = $recipient AND d.channel = $channel)
       ORDER BY raised_at, key`,
      { recipient, channel, since },
    );
    return rows.map((row) => toNotification({ ...row, read_at: null }));
  }

  /** The latest report date evaluated of each plan that has one. */
  async lastEvaluated(): Promise<Map<string, IsoDate>> {
    const rows = await this.db.all<{ plan_id: string; last: string }>(
      `SELECT plan_id, strftime(max(report_date), '%Y-%m-%d') AS last FROM alert_evaluation GROUP BY plan_id`,
    );
    return new Map(rows.map((row) => [row.plan_id, row.last as IsoDate]));
  }

  /** Records report dates as evaluated (again: the first time stays). */
  async markEvaluated(planId: string, reportDates: readonly IsoDate[], now: string): Promise<void> {
    const done = new Set(
      (
        await this.db.all<{ d: string }>(
          `SELECT strftime(report_date, '%Y-%m-%d') AS d FROM alert_evaluation WHERE plan_id = $planId`,
          { planId },
        )
      ).map((row) => row.d),
    );
    const fresh = [...new Set(reportDates)].filter((date) => !done.has(date));
    if (fresh.length === 0) return;
    await this.db.transactionBesideFigures((connection) =>
      insertColumns(connection, 'alert_evaluation', [
        { name: 'plan_id', type: 'VARCHAR', values: fresh.map(() => planId) },
        { name: 'report_date', type: 'DATE', values: fresh },
        { name: 'evaluated_at', type: 'TIMESTAMP', values: fresh.map(() => now) },
      ]),
    );
  }

  async counts(recipient: string): Promise<{ total: number; unread: number }> {
    const [row] = await this.db.all<{ total: bigint | number; unread: bigint | number }>(
      `SELECT count(*) AS total, count(*) FILTER (WHERE read_at IS NULL) AS unread
       FROM alert_delivery WHERE recipient = $recipient AND channel = 'IN_APP'`,
      { recipient },
    );
    return { total: Number(row?.total ?? 0), unread: Number(row?.unread ?? 0) };
  }

  /** Marks a recipient's notification read (once: the first time stays); false when they have no such notification. */
  async markRead(recipient: string, alertKey: string, now: string): Promise<boolean> {
    const [row] = await this.db.all<{ n: bigint | number }>(
      `SELECT count(*) AS n FROM alert_delivery WHERE recipient = $recipient AND alert_key = $alertKey AND channel = 'IN_APP'`,
      { recipient, alertKey },
    );
    if (Number(row?.n ?? 0) === 0) return false;
    await this.db.transactionBesideFigures((connection) =>
      connection.run(
        `UPDATE alert_delivery SET read_at = $now::TIMESTAMP
         WHERE recipient = $recipient AND alert_key = $alertKey AND channel = 'IN_APP' AND read_at IS NULL`,
        { recipient, alertKey, now },
      ),
    );
    return true;
  }
}

function toNotification(row: NotificationRow): StoredNotification {
  return {
    key: row.key,
    kind: row.kind as AlertKind,
    planId: row.plan_id,
    provinceCode: row.province_code,
    metric: row.metric,
    date: row.date as IsoDate,
    figures: JSON.parse(row.figures) as AlertFigures,
    raisedAt: row.raised_at,
    readAt: row.read_at,
  };
}

function dedupe<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
