import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';
import { until } from '../support/smtp-sink';

// The signed webhook for an agency chat system: every alert raised is posted once, in batches, as JSON with the
// Vietnamese text and an absolute link; each post carries a timestamp and an HMAC-SHA256 signature of
// "<timestamp>.<body>" that the receiver checks with the shared secret. A receiver that fails gets the post again.

const SECRET = 'chia-se-bi-mat-16+';
type Post = { headers: Record<string, string | string[] | undefined>; body: string };
type Item = { key: string; kind: string; province: string | null; subject: string; body: string; link: string };

describe('alerts posted to a signed webhook', () => {
  const temp = tempDir('scorecard-alert-webhook-');
  let server: RunningServer;
  let receiver: Server;
  const posts: Post[] = [];
  let failFirst = true;

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        // The first post is answered 503, as a chat system that is restarting: it must come again.
        if (failFirst) {
          failFirst = false;
          response.writeHead(503).end();
          return;
        }
        posts.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    const port = await new Promise<number>((resolve) =>
      receiver.listen(0, '127.0.0.1', () => {
        const address = receiver.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      }),
    );
    server = await startServer({
      dbPath: join(temp.dir, 'webhook.duckdb'),
      env: {
        SCORECARD_WEBHOOK_URL: `http://127.0.0.1:${port}/hooks/bhxh`,
        SCORECARD_WEBHOOK_SECRET: SECRET,
        SCORECARD_PUBLIC_URL: 'http://localhost:8080',
      },
    });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    receiver?.close();
    temp.remove();
  });

  it('posts every alert once, signed, with Vietnamese text and absolute links, retrying a failed post', async () => {
    type Log = { alertMessages: { channel: string; state: string; alertCount: number; attempts: number }[] };
    const log = async () =>
      (await graphql<Log>(server.url, '{ alertMessages(first: 100) { channel state alertCount attempts } }')).data!
        .alertMessages;
    // The first batch failed with 503 and is tried again a minute later: wait for every post to be SENT.
    await until(
      async () => {
        const rows = await log();
        return rows.length > 0 && rows.every((row) => row.state === 'SENT');
      },
      'every webhook post to be sent',
      150_000,
    );
    const rows = await log();
    expect(rows.every((row) => row.channel === 'WEBHOOK')).toBe(true);
    expect(rows.some((row) => row.attempts === 2)).toBe(true);
    expect(posts).toHaveLength(rows.length);

    const items: Item[] = [];
    for (const post of posts) {
      const timestamp = String(post.headers['x-scorecard-timestamp']);
      const expected = `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${post.body}`).digest('hex')}`;
      expect(post.headers['x-scorecard-signature']).toBe(expected);
      expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(600);
      const parsed = JSON.parse(post.body) as { count: number; alerts: Item[] };
      expect(parsed.alerts).toHaveLength(parsed.count);
      expect(parsed.count).toBeLessThanOrEqual(100);
      items.push(...parsed.alerts);
    }
    // Each alert once, and as many as the log says the posts carried.
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
    expect(items.length).toBe(rows.reduce((sum, row) => sum + row.alertCount, 0));
    const drop = items.find((item) => item.kind === 'RANK_DROP' && item.province === 'Hà Nội');
    expect(drop?.subject).toMatch(/^Hà Nội tụt \d+ bậc về /);
    expect(drop?.link).toMatch(/^http:\/\/localhost:8080\/tinh\/01\?/);
    // A tampered body does not match its signature.
    const first = posts[0]!;
    const tampered = `sha256=${createHmac('sha256', SECRET)
      .update(`${String(first.headers['x-scorecard-timestamp'])}.${first.body}x`)
      .digest('hex')}`;
    expect(first.headers['x-scorecard-signature']).not.toBe(tampered);
  }, 200_000);
});
