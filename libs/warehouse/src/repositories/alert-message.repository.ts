import { insertColumns } from '../connection/bulk-insert';
import type { WarehouseDatabase } from '../connection/warehouse-database';

// Messages sent outside the app (migration 015): e-mail digests and webhook posts, each composed once under its id
// (channel|recipient|slot) together with the deliveries of the alerts it carries, and a log of every step of every
// attempt. SENDING is committed before a message leaves, so a kill while sending is seen at the next start.

export type MessageChannel = 'EMAIL' | 'WEBHOOK';
export type MessageState = 'PENDING' | 'SENDING' | 'SENT' | 'RETRY' | 'FAILED';

export type NewMessage = {
  id: string;
  channel: MessageChannel;
  recipient: string;
  address: string;
  slot: string;
  subject: string;
  bodyText: string;
  bodyHtml: string | null;
  alertKeys: string[];
};

export type StoredMessage = NewMessage & {
  createdAt: string;
  state: MessageState;
  stateAt: string;
  detail: string | null;
  /** Attempts made so far (SENDING steps). */
  attempts: number;
};

type MessageRow = {
  id: string;
  channel: MessageChannel;
  recipient: string;
  address: string;
  slot: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  alert_keys: string;
  created_at: string;
  state: MessageState;
  state_at: string;
  detail: string | null;
  attempts: bigint | number;
};

/** A candidate of a digest: an alert delivered to the recipient in the app, not yet carried by a message. */
export type UnsentAlert = { key: string; kind: string; createdAt: string };

const MESSAGES = `WITH last AS (
    SELECT message_id, state, strftime(event_at, '%Y-%m-%dT%H:%M:%S') AS state_at, detail, retry_at,
      count(*) FILTER (WHERE state = 'SENDING') OVER (PARTITION BY message_id) AS attempts
    FROM alert_message_event
    QUALIFY row_number() OVER (PARTITION BY message_id ORDER BY seq DESC) = 1
  )
  SELECT m.id, m.channel, m.recipient, m.address, m.slot, m.subject, m.body_text, m.body_html, m.alert_keys,
    strftime(m.created_at, '%Y-%m-%dT%H:%M:%S') AS created_at, l.state, l.state_at, l.detail, l.attempts
  FROM alert_message m JOIN last l ON l.message_id = m.id`;

function message(row: MessageRow): StoredMessage {
  return {
    id: row.id,
    channel: row.channel,
    recipient: row.recipient,
    address: row.address,
    slot: row.slot,
    subject: row.subject,
    bodyText: row.body_text,
    bodyHtml: row.body_html,
    alertKeys: JSON.parse(row.alert_keys) as string[],
    createdAt: row.created_at,
    state: row.state,
    stateAt: row.state_at,
    detail: row.detail,
    attempts: Number(row.attempts),
  };
}

export class AlertMessageRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  /** When the first message of a channel was composed (local time); null when none was. */
  async firstComposed(channel: MessageChannel): Promise<string | null> {
    const [row] = await this.db.all<{ first: string | null }>(
      `SELECT strftime(min(created_at), '%Y-%m-%dT%H:%M:%S') AS first FROM alert_message WHERE channel = $channel`,
      { channel },
    );
    return row?.first ?? null;
  }

  /** Whether a message of this id was composed already. */
  async exists(id: string): Promise<boolean> {
    const [row] = await this.db.all<{ n: bigint | number }>('SELECT count(*) AS n FROM alert_message WHERE id = $id', {
      id,
    });
    return Number(row?.n ?? 0) > 0;
  }

  /**
   * The alerts delivered to the recipient in the app since `since` (local time) of the given kinds that no message
   * of this channel carries yet, oldest first.
   */
  async unsent(
    recipient: string,
    channel: MessageChannel,
    since: string,
    kinds: readonly string[],
  ): Promise<UnsentAlert[]> {
    const rows = await this.db.all<{ key: string; kind: string; created_at: string }>(
      `SELECT a.key, a.kind, strftime(d.created_at, '%Y-%m-%dT%H:%M:%S') AS created_at
       FROM alert_delivery d JOIN alert a ON a.key = d.alert_key
       WHERE d.recipient = $recipient AND d.channel = 'IN_APP' AND d.created_at >= $since::TIMESTAMP
         AND list_contains($kinds::VARCHAR[], a.kind)
         AND NOT EXISTS (SELECT 1 FROM alert_delivery e
                         WHERE e.alert_key = d.alert_key AND e.recipient = d.recipient AND e.channel = $channel)
       ORDER BY d.created_at, a.key`,
      { recipient, since, kinds: JSON.stringify(kinds), channel },
    );
    return rows.map((row) => ({ key: row.key, kind: row.kind, createdAt: row.created_at }));
  }

  /**
   * Stores the message, a delivery of each alert it carries to its recipient on its channel, and its PENDING step,
   * in one transaction; false (and nothing written) when a message of this id exists already.
   */
  async compose(input: NewMessage, now: string): Promise<boolean> {
    if (await this.exists(input.id)) return false;
    await this.db.transactionBesideFigures(async (connection) => {
      await connection.run(
        `INSERT INTO alert_message VALUES ($id, $channel, $recipient, $address, $slot, $subject, $bodyText, $bodyHtml,
          $alertKeys, $now::TIMESTAMP)`,
        {
          id: input.id,
          channel: input.channel,
          recipient: input.recipient,
          address: input.address,
          slot: input.slot,
          subject: input.subject,
          bodyText: input.bodyText,
          bodyHtml: input.bodyHtml,
          alertKeys: JSON.stringify(input.alertKeys),
          now,
        },
      );
      if (input.alertKeys.length > 0)
        await insertColumns(connection, 'alert_delivery', [
          { name: 'alert_key', type: 'VARCHAR', values: input.alertKeys },
          { name: 'recipient', type: 'VARCHAR', values: input.alertKeys.map(() => input.recipient) },
          { name: 'channel', type: 'VARCHAR', values: input.alertKeys.map(() => input.channel) },
          { name: 'outcome', type: 'VARCHAR', values: input.alertKeys.map(() => `IN_MESSAGE ${input.id}`) },
          { name: 'created_at', type: 'TIMESTAMP', values: input.alertKeys.map(() => now) },
          { name: 'read_at', type: 'TIMESTAMP', values: input.alertKeys.map(() => null) },
        ]);
      await connection.run(`INSERT INTO alert_message_event VALUES ($id, 0, 'PENDING', $now::TIMESTAMP, NULL, NULL)`, {
        id: input.id,
        now,
      });
    });
    return true;
  }

  /** Appends a step to a message's log (SENDING before it leaves; SENT, RETRY or FAILED after). */
  async step(id: string, state: MessageState, now: string, detail: string | null, retryAt: string | null = null) {
    await this.db.transactionBesideFigures((connection) =>
      connection.run(
        `INSERT INTO alert_message_event
         SELECT $id, coalesce(max(seq), -1) + 1, $state, $now::TIMESTAMP, $detail, $retryAt::TIMESTAMP
         FROM alert_message_event WHERE message_id = $id`,
        { id, state, now, detail, retryAt },
      ),
    );
  }

  /**
   * The messages to send at `now`: pending, due for a retry, and — only when `resumeSending`, at the first run
   * after a start — those a kill left in SENDING. Oldest first.
   */
  async due(now: string, resumeSending: boolean): Promise<StoredMessage[]> {
    const rows = await this.db.all<MessageRow>(
      `${MESSAGES}
       WHERE l.state = 'PENDING' OR (l.state = 'RETRY' AND l.retry_at <= $now::TIMESTAMP)
          OR ($resumeSending AND l.state = 'SENDING')
       ORDER BY m.created_at, m.id`,
      { now, resumeSending },
    );
    return rows.map(message);
  }

  /** The delivery log, newest first: every message with its last step (optionally of one recipient). */
  async log(options: { recipient: string | null; limit: number; offset: number }): Promise<StoredMessage[]> {
    const rows = await this.db.all<MessageRow>(
      `${MESSAGES} WHERE ($recipient IS NULL OR m.recipient = $recipient)
       ORDER BY m.created_at DESC, m.id LIMIT $limit OFFSET $offset`,
      options,
    );
    return rows.map(message);
  }
}
