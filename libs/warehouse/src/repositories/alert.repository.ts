import type { Alert, AlertFigures, AlertKind, IsoDate } from '@scorecard/domain';
import { insertColumns } from '../connection/bulk-insert';
import type { WarehouseDatabase } from '../connection/warehouse-database';

// Alerts and their deliveries (migration 014). An alert is stored once under its key; a delivery once per
// (alert, recipient, channel). Writing the same again stores nothing, so an evaluation can run any number of
// times — after a restart, on every change — and each recipient still gets each alert once.

export type AlertChannel = 'IN_APP';

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
  ): Promise<{ alerts: number; deliveries: number }> {
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
    if (newAlerts.length === 0 && newDeliveries.length === 0) return { alerts: 0, deliveries: 0 };
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
    return { alerts: newAlerts.length, deliveries: newDeliveries.length };
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
    return rows.map((row) => ({
      key: row.key,
      kind: row.kind as AlertKind,
      planId: row.plan_id,
      provinceCode: row.province_code,
      metric: row.metric,
      date: row.date as IsoDate,
      figures: JSON.parse(row.figures) as AlertFigures,
      raisedAt: row.raised_at,
      readAt: row.read_at,
    }));
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

function dedupe<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
