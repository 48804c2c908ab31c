import { createHmac } from 'node:crypto';
import type { SendOutcome } from './alert-mailer';

// Posts to the agency chat system's webhook, signed so the receiver can tell the post is ours and fresh:
// X-Scorecard-Timestamp (seconds since 1970) and X-Scorecard-Signature = "sha256=" + hex HMAC-SHA256 of
// "<timestamp>.<body>" with the shared secret (docs/alerts.md "Webhook").

export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export class WebhookSender {
  constructor(
    private readonly url: string,
    private readonly secret: string,
  ) {}

  async send(body: string, messageId: string): Promise<SendOutcome> {
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'x-scorecard-timestamp': timestamp,
          'x-scorecard-signature': webhookSignature(this.secret, timestamp, body),
          // The same on every attempt: a receiver can drop a post it already has.
          'x-scorecard-delivery': messageId,
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(15_000),
      });
      const detail = `HTTP ${response.status}`;
      await response.body?.cancel();
      if (response.ok) return { ok: true, detail };
      const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
      return { ok: false, permanent: !retryable, detail };
    } catch (error) {
      return {
        ok: false,
        permanent: false,
        detail: (error instanceof Error ? error.message : String(error)).slice(0, 500),
      };
    }
  }
}
