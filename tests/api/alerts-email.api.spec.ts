import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstStart, demoTokens } from '../support/demo-accounts';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';
import { startSmtpSink, until, type SmtpSink } from '../support/smtp-sink';

// Alert digests by e-mail against a real SMTP server (smtp-server in this process), across a kill: the server is
// killed while one digest is in the hands of a mail server that never answers and the other is composed but not
// sent; after the restart each arrives exactly once, and a further restart sends nothing. The digest's figures
// are checked against the attainment query, independently of the alert's own figures.

const PLAN = '2800-KH-BHXH-2021';
const PUBLIC_URL = 'http://localhost:8080';
const GD_EMAIL = 'gd.hanoi@bhxh.example';
const LD_EMAIL = 'lanh.dao@bhxh.example';

type Notification = {
  id: string;
  kind: string;
  date: string;
  metric: string | null;
  subject: string;
  raisedAt: string;
};
type MessageRow = { id: string; channel: string; address: string; state: string; attempts: number; alertCount: number };

async function lastStates(dbPath: string): Promise<Record<string, string>> {
  const instance = await DuckDBInstance.create(dbPath);
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT m.address, arg_max(e.state, e.seq) AS state FROM alert_message m
       JOIN alert_message_event e ON e.message_id = m.id GROUP BY m.address`,
    );
    return Object.fromEntries(reader.getRowsJS().map((row) => [String(row[0]), String(row[1])]));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

describe('alert digests by e-mail, exactly once across a kill', () => {
  const temp = tempDir('scorecard-alert-mail-');
  const dbPath = join(temp.dir, 'mail.duckdb');
  let server: RunningServer | undefined;
  let sink: SmtpSink | undefined;
  let director: string;
  let leadership: string;
  let dataOfficer: string;
  let before: Set<string>;
  const env = (smtpUrl: string) => ({ SCORECARD_SMTP_URL: smtpUrl, SCORECARD_PUBLIC_URL: PUBLIC_URL });
  const notifications = async (token: string) => {
    const answer = await graphql<{ notifications: { items: Notification[] } }>(
      server!.url,
      '{ notifications(first: 100) { items { id kind date metric subject raisedAt } } }',
      {},
      { token },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.notifications.items;
  };
  const messages = async () => {
    const answer = await graphql<{ alertMessages: MessageRow[] }>(
      server!.url,
      '{ alertMessages(first: 100) { id channel address state attempts alertCount } }',
      {},
      { token: dataOfficer },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.alertMessages;
  };

  beforeAll(async () => {
    // The first start (no e-mail) makes the demo accounts and raises the alerts of the sample data.
    await firstStart(dbPath);
    ({
      directorHaNoi: director,
      leadership,
      dataOfficer,
    } = demoTokens(dbPath, ['directorHaNoi', 'leadership', 'dataOfficer']));
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await sink?.close();
    temp.remove();
  });

  it('sends each digest once after a kill with one digest in flight and one not yet sent', async () => {
    const stalled = await startSmtpSink({ stall: true });
    server = await startServer({ dbPath, env: env(stalled.url), tokens: ['analyst'] });
    const choose = (token: string, kinds: string, email: string) =>
      graphql<{ setMyAlertSettings: { digest: string; emailAvailable: boolean; kinds: string[] } }>(
        server!.url,
        `mutation($email: String) { setMyAlertSettings(kinds: [${kinds}], digest: DAILY, email: $email) { digest emailAvailable kinds } }`,
        { email },
        { token },
      );
    const mine = await choose(director, 'RANK_DROP, BAND_FELL, PACE_STRAIN, REPORT_MISSING', GD_EMAIL);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.setMyAlertSettings).toEqual({
      digest: 'DAILY',
      emailAvailable: true,
      kinds: ['REPORT_MISSING', 'BAND_FELL', 'RANK_DROP', 'PACE_STRAIN'],
    });
    // Leadership gets no pace alerts: choosing them is refused with the kinds it may choose.
    const refused = await choose(leadership, 'RANK_DROP, PACE_STRAIN', LD_EMAIL);
    expect(refused.errors?.[0]?.extensions?.['reason']).toBe('INVALID_ARGUMENT');
    expect(refused.errors?.[0]?.message).toContain('PACE_STRAIN');
    expect((await choose(leadership, 'RANK_DROP, BAND_FELL', LD_EMAIL)).errors).toBeUndefined();
    // Turning e-mail on sends nothing of the past.
    expect(stalled.dataStarted()).toBe(0);
    before = new Set((await notifications(director)).map((n) => n.id));

    // Headquarters lowers the rank-drop threshold: new alerts, so a digest for each of the two.
    const set = await graphql<{ setAlertThresholds: { rankDrop: number; version: number } }>(
      server.url,
      `mutation { setAlertThresholds(planId: "${PLAN}", rankDrop: 1, note: "Theo dõi sát mọi lần tụt hạng") { rankDrop version } }`,
      {},
      { token: leadership },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setAlertThresholds).toEqual({ rankDrop: 1, version: 1 });

    await until(() => stalled.dataStarted() >= 1, 'the first digest to reach the mail server');
    await server.kill();
    server = undefined;
    await stalled.close();
    // As the kill left it: one digest in flight (SENDING), the other composed and waiting (PENDING).
    expect(Object.values(await lastStates(dbPath)).sort()).toEqual(['PENDING', 'SENDING']);
    expect(stalled.messages).toHaveLength(0);

    sink = await startSmtpSink();
    server = await startServer({ dbPath, env: env(sink.url), tokens: ['analyst'] });
    await until(() => sink!.messages.length >= 2, 'both digests after the restart');
    await until(async () => (await messages()).every((m) => m.state === 'SENT'), 'the log to say SENT');
    const log = await messages();
    expect(log.map((m) => m.address).sort()).toEqual([GD_EMAIL, LD_EMAIL].sort());
    expect(log.map((m) => m.attempts).sort()).toEqual([1, 2]);

    // Another restart: nothing is sent again.
    await server.stop();
    server = await startServer({ dbPath, env: env(sink.url), tokens: ['analyst'] });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(sink.messages.map((m) => (Array.isArray(m.to) ? '' : m.to?.text)).sort()).toEqual(
      [GD_EMAIL, LD_EMAIL].sort(),
    );
    expect(new Set(sink.messages.map((m) => m.messageId)).size).toBe(2);
  }, 240_000);

  it("writes the director's digest in Vietnamese with the attainment query's ranks and links to the pages", async () => {
    const mail = sink!.messages.find((m) => !Array.isArray(m.to) && m.to?.text === GD_EMAIL)!;
    const fresh = (await notifications(director)).filter((n) => !before.has(n.id));
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((n) => n.kind === 'RANK_DROP')).toBe(true);
    const today = fresh[0]!.raisedAt.slice(0, 10).split('-').reverse().join('/');
    expect(mail.subject).toBe(`[BHXH Scorecard] Bản tin cảnh báo ngày ${today} — Hà Nội: ${fresh.length} cảnh báo`);
    expect(mail.text).toContain('Kính gửi Giám đốc BHXH Hà Nội (trình diễn),');
    for (const n of fresh) expect(mail.text).toContain(n.subject);

    // One rank drop, checked against the ranks the attainment query gives.
    const drop = fresh.find((n) => n.date === '2021-12-31') ?? fresh[0]!;
    const ranks = await graphql<{ attainment: { province: { code: string }; rank: number; previousRank: number }[] }>(
      server!.url,
      `query($asOf: LocalDate) { attainment(planId: "${PLAN}", metric: "${drop.metric}", asOf: $asOf) { province { code } rank previousRank } }`,
      { asOf: drop.date },
      { token: director },
    );
    const haNoi = ranks.data!.attainment.find((row) => row.province.code === '01')!;
    const [y, m, d] = drop.date.split('-');
    expect(mail.text).toContain(`Đến ngày ${d}/${m}/${y}, Hà Nội xếp hạng ${haNoi.rank}/63`);
    expect(mail.text).toContain(`(kỳ trước: ${haNoi.previousRank}/63)`);
    expect(mail.text).toContain(
      `${PUBLIC_URL}/tinh/01?plan=${encodeURIComponent(PLAN)}&asOf=${drop.date}&metric=${drop.metric}`,
    );
    expect(mail.html).toContain(`href="${PUBLIC_URL}/canh-bao/cai-dat"`);
  });
});
