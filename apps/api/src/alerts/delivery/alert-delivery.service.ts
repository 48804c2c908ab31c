import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';
import { nowInVietnam, composeDigest, digestSlot, isProvinceRole, type Alert, type IsoDate } from '@scorecard/domain';
import {
  AccountRepository,
  AlertMessageRepository,
  AlertRepository,
  WarehouseDatabase,
  type StoredMessage,
} from '@scorecard/warehouse';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { PlansService } from '../../plans/plans.service';
import { AlertTextService } from '../alert-text.service';
import { AlertSettingsService } from '../settings/alert-settings.service';
import { AlertMailer, type SendOutcome } from './alert-mailer';
import { WebhookSender } from './webhook-sender';

// Alerts outside the app (docs/alerts.md "Delivery"): the e-mail digests each user chose and the signed webhook
// posts, composed into alert_message once per (channel, recipient, slot) and sent from there. The order of writes
// makes a kill harmless: a message is stored before it is sent, SENDING is committed before it leaves, SENT after
// the server accepted it. At start, a message a kill left PENDING is sent; one left SENDING is sent again with the
// same Message-ID (its server may not have accepted it: the kill came before the answer).

const WEBHOOK_RECIPIENT = 'webhook';
const WEBHOOK_BATCH = 100;
/** Seconds to wait before each retry (30 s up to 2 h); after the last, the message is FAILED. */
const RETRY_SECONDS = [30, 120, 600, 1_800, 7_200];

@Injectable()
export class AlertDeliveryService implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('AlertDelivery');
  private readonly mailer: AlertMailer | null;
  private readonly webhook: WebhookSender | null;
  private readonly messages: AlertMessageRepository;
  private readonly alerts: AlertRepository;
  private readonly accounts: AccountRepository;
  private readonly startedAt = nowInVietnam();
  private resumed = false;
  private stopping = false;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WarehouseDatabase) db: WarehouseDatabase,
    @Inject(AlertSettingsService) private readonly settings: AlertSettingsService,
    @Inject(AlertTextService) private readonly texts: AlertTextService,
    @Inject(PlansService) private readonly plans: PlansService,
  ) {
    const { smtpUrl, mailFrom, webhook } = config.alerts;
    this.mailer = smtpUrl === null ? null : new AlertMailer(smtpUrl, mailFrom);
    this.webhook = webhook === null ? null : new WebhookSender(webhook.url, webhook.secret);
    this.messages = new AlertMessageRepository(db);
    this.alerts = new AlertRepository(db);
    this.accounts = new AccountRepository(db);
  }

  /**
   * Lets the message in flight finish before the database closes (at most a few seconds: a mail server that hangs
   * leaves it SENDING, sent again at the next start); nothing new starts.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.race([this.running?.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5_000))]);
  }

  onApplicationShutdown(): void {
    this.mailer?.close();
  }

  /** Composes what is due at `now` (webhook posts, digests whose slot has come) and sends what is waiting; one run at a time. */
  run(now: string): Promise<void> {
    const run = (this.running ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        if (this.stopping) return;
        if (this.webhook) await this.composeWebhookPosts(now);
        if (this.mailer) await this.composeDigests(now);
        await this.send();
      });
    this.running = run;
    return run;
  }

  /** Every alert raised since the webhook's first post (or since this start) not posted yet, in batches. */
  private async composeWebhookPosts(now: string): Promise<void> {
    const since = (await this.messages.firstComposed('WEBHOOK')) ?? this.startedAt;
    const owed = await this.alerts.undelivered(WEBHOOK_RECIPIENT, 'WEBHOOK', since);
    for (let start = 0; start < owed.length; start += WEBHOOK_BATCH) {
      const batch = owed.slice(start, start + WEBHOOK_BATCH);
      const items = await Promise.all(batch.map((alert) => this.webhookItem(alert)));
      const body = JSON.stringify({ source: 'bhxh-scorecard', composedAt: now, count: items.length, alerts: items });
      await this.messages.compose(
        {
          id: `WEBHOOK|${WEBHOOK_RECIPIENT}|${now} ${digest(batch.map((alert) => alert.key).join('\n'))}`,
          channel: 'WEBHOOK',
          recipient: WEBHOOK_RECIPIENT,
          address: this.config.alerts.webhook!.url,
          slot: now,
          subject: `${items.length} cảnh báo mới`,
          bodyText: body,
          bodyHtml: null,
          alertKeys: batch.map((alert) => alert.key),
        },
        now,
      );
    }
  }

  private async webhookItem(alert: Alert) {
    const text = await this.texts.textOf(alert, 'vi');
    return {
      key: alert.key,
      kind: alert.kind,
      planId: alert.planId,
      provinceCode: alert.provinceCode,
      province: await this.texts.provinceName(alert.planId, alert.provinceCode),
      metric: alert.metric,
      date: alert.date,
      subject: text.subject,
      body: text.body,
      link: `${this.baseUrl()}${text.link}`,
      figures: alert.figures,
    };
  }

  /** Each user's digest of the slot in force today, once, when they have e-mail on and something not yet sent. */
  private async composeDigests(now: string): Promise<void> {
    const preferences = await this.settings.preferences();
    if (preferences.size === 0) return;
    const today = now.slice(0, 10) as IsoDate;
    const reportDates = (await this.plans.list()).flatMap((plan) => plan.reportDates);
    const accounts = new Map((await this.accounts.list()).map((account) => [account.id, account]));
    for (const [accountId, preference] of preferences) {
      const account = accounts.get(accountId);
      if (!account || account.disabled || preference.email === null || preference.digest === 'NONE') continue;
      const slot = digestSlot(preference.digest, today, reportDates);
      if (slot === null) continue;
      const id = `EMAIL|${accountId}|${slot.key}`;
      if (await this.messages.exists(id)) continue;
      const since = await this.settings.emailSince(accountId);
      if (since === null) continue;
      const unsent = await this.messages.unsent(accountId, 'EMAIL', since, preference.kinds);
      if (unsent.length === 0) continue;
      const alerts = await this.alerts.byKeys(unsent.map((row) => row.key));
      const items = await Promise.all(
        alerts.map(async (alert) => ({ ...(await this.texts.textOf(alert, preference.language)), date: alert.date })),
      );
      const scope =
        isProvinceRole(account.role) && account.provinceCode !== null
          ? await this.texts.provinceName(null, account.provinceCode)
          : null;
      const mail = composeDigest({
        slot,
        scope,
        recipientName: account.displayName,
        items,
        language: preference.language,
        baseUrl: this.baseUrl(),
      });
      await this.messages.compose(
        {
          id,
          channel: 'EMAIL',
          recipient: accountId,
          address: preference.email,
          slot: slot.key,
          subject: mail.subject,
          bodyText: mail.text,
          bodyHtml: mail.html,
          alertKeys: alerts.map((alert) => alert.key),
        },
        now,
      );
    }
  }

  /** Sends every message due: pending, due for a retry, and at the first run after a start those left SENDING. */
  private async send(): Promise<void> {
    const due = await this.messages.due(nowInVietnam(), !this.resumed);
    this.resumed = true;
    for (const message of due) {
      if (this.stopping) return;
      const sender = message.channel === 'EMAIL' ? this.mailer : this.webhook;
      // The channel was turned off since it was composed: it waits until it is configured again.
      if (sender === null) continue;
      if (message.state === 'SENDING') this.logger.warn(`resending ${message.id}: a stop cut its last attempt short`);
      await this.messages.step(message.id, 'SENDING', nowInVietnam(), null);
      const outcome = await this.deliver(message);
      await this.record(message, outcome);
    }
  }

  private deliver(message: StoredMessage): Promise<SendOutcome> {
    if (message.channel === 'WEBHOOK') return this.webhook!.send(message.bodyText, message.id);
    return this.mailer!.send({
      to: message.address,
      subject: message.subject,
      text: message.bodyText,
      html: message.bodyHtml,
      messageId: `<${digest(message.id)}@bhxh-scorecard>`,
    });
  }

  private async record(message: StoredMessage, outcome: SendOutcome): Promise<void> {
    const now = nowInVietnam();
    if (outcome.ok) {
      await this.messages.step(message.id, 'SENT', now, outcome.detail);
      return;
    }
    const attempt = message.attempts + 1;
    if (outcome.permanent || attempt > RETRY_SECONDS.length) {
      await this.messages.step(message.id, 'FAILED', now, outcome.detail);
      this.logger.error(`${message.channel} ${message.id} failed: ${outcome.detail}`);
      return;
    }
    const retryAt = nowInVietnam(Date.now() + RETRY_SECONDS[attempt - 1]! * 1_000);
    await this.messages.step(message.id, 'RETRY', now, outcome.detail, retryAt);
    this.logger.warn(`${message.channel} ${message.id} not sent (${outcome.detail}); next try at ${retryAt}`);
  }

  private baseUrl(): string {
    return this.config.publicUrl.replace(/\/+$/, '');
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}
