import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTokens, firstStart } from '../support/demo-accounts';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// Alerts in the app over HTTP (docs/alerts.md): the server evaluates the rules at start, stores each alert once and
// delivers it once to each account it is for, whatever the number of restarts. The alert of a rank drop is checked
// against the ranks the attainment query gives, independently of the alert's own figures.

const PLAN = '2800-KH-BHXH-2021';
type Item = {
  id: string;
  kind: string;
  date: string;
  provinceCode: string | null;
  metric: string | null;
  subject: string;
  body: string;
  link: string;
  readAt: string | null;
};
type List = { notifications: { totalCount: number; unreadCount: number; items: Item[] } };
const LIST = `query($unreadOnly: Boolean, $language: String) {
  notifications(first: 100, unreadOnly: $unreadOnly, language: $language) {
    totalCount unreadCount items { id kind date provinceCode metric subject body link readAt }
  }
}`;

describe('alerts delivered in the app', () => {
  const temp = tempDir('scorecard-alerts-');
  const dbPath = join(temp.dir, 'alerts.duckdb');
  let server: RunningServer;
  let director: string;
  let leadership: string;
  let script: string;
  let dataOfficer: string;
  const all = async (token: string, language = 'vi') => {
    const answer = await graphql<List>(server.url, LIST, { language }, { token });
    expect(answer.errors).toBeUndefined();
    return answer.data!.notifications;
  };

  beforeAll(async () => {
    // The first start makes the demo accounts (sample data on) and raises the alerts; tokens of two accounts are
    // made while the server is down, then it starts again.
    await firstStart(dbPath);
    ({
      directorHaNoi: director,
      leadership,
      dataOfficer,
    } = demoTokens(dbPath, ['directorHaNoi', 'leadership', 'dataOfficer']));
    server = await startServer({ dbPath, tokens: ['analyst'] });
    script = server.tokens['analyst']!;
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    temp.remove();
  });

  it("gives a director their province's alerts only, each once", async () => {
    const list = await all(director);
    expect(list.totalCount).toBeGreaterThan(0);
    expect(list.items.length).toBe(Math.min(list.totalCount, 100));
    expect(new Set(list.items.map((item) => item.id)).size).toBe(list.items.length);
    expect(new Set(list.items.map((item) => item.provinceCode))).toEqual(new Set(['01']));
    expect(list.unreadCount).toBe(list.totalCount);
  });

  it('says a rank drop with the ranks the attainment query gives, and links to the province page', async () => {
    const ranks = await graphql<{ attainment: { province: { code: string }; rank: number; previousRank: number }[] }>(
      server.url,
      `{ attainment(planId: "${PLAN}", metric: "dev_compulsory_si", asOf: "2021-12-31") { province { code } rank previousRank } }`,
      {},
      { token: director },
    );
    const haNoi = ranks.data!.attainment.find((row) => row.province.code === '01')!;
    const places = haNoi.rank - haNoi.previousRank;
    const drop = (await all(director)).items.find(
      (item) => item.kind === 'RANK_DROP' && item.metric === 'dev_compulsory_si' && item.date === '2021-12-31',
    );
    // The sample data has Hà Nội fall 5 places at the last report date (the threshold is 5).
    expect(places).toBeGreaterThanOrEqual(5);
    expect(drop!.subject).toBe(`Hà Nội tụt ${places} bậc về BHXH bắt buộc`);
    expect(drop!.body).toBe(
      `Đến ngày 31/12/2021, Hà Nội xếp hạng ${haNoi.rank}/63 về BHXH bắt buộc (kỳ trước: ${haNoi.previousRank}/63).`,
    );
    expect(drop!.link).toBe(`/tinh/01?plan=${PLAN}&asOf=2021-12-31&metric=dev_compulsory_si`);
    const english = (await all(director, 'en')).items.find((item) => item.id === drop!.id)!;
    expect(english.subject).toBe(`Hà Nội fell ${places} places on Compulsory SI`);
  });

  it("gives leadership the provinces' standing changes but not their deadline reminders", async () => {
    const list = await all(leadership);
    expect(list.items.some((item) => item.kind === 'RANK_DROP' || item.kind === 'BAND_FELL')).toBe(true);
    // Leadership is not sent the provinces' deadline reminders; the data officer chases missing reports.
    expect(list.items.some((item) => item.kind === 'REPORT_MISSING')).toBe(false);
  });

  it('tells the data officer which province did not send its report by the deadline', async () => {
    // Lai Châu (12) stops reporting after 15/10/2021 in the sample data.
    const missing = (await all(dataOfficer)).items.find(
      (item) => item.kind === 'REPORT_MISSING' && item.provinceCode === '12' && item.date === '2021-12-31',
    );
    expect(missing?.subject).toBe('Lai Châu chưa gửi báo cáo kỳ 31/12/2021');
    expect(missing?.link).toBe(`/bao-cao?plan=${PLAN}&province=12&date=2021-12-31`);
  });

  it('marks a notification read once, and refuses one of another account', async () => {
    const before = await all(director);
    const first = before.items[0]!;
    const marked = await graphql<{ markNotificationRead: Item }>(
      server.url,
      'mutation($id: String!) { markNotificationRead(id: $id) { id readAt } }',
      { id: first.id },
      { token: director },
    );
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markNotificationRead.readAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const after = await all(director);
    expect(after.unreadCount).toBe(before.unreadCount - 1);
    const unread = await graphql<List>(server.url, LIST, { unreadOnly: true }, { token: director });
    expect(unread.data!.notifications.items.map((item) => item.id)).not.toContain(first.id);

    const someoneElses = (await all(leadership)).items.find((item) => item.provinceCode !== '01')!;
    const refused = await graphql(
      server.url,
      'mutation($id: String!) { markNotificationRead(id: $id) { id } }',
      { id: someoneElses.id },
      { token: director },
    );
    expect(refused.errors?.[0]?.message).toContain('You have no notification');
  });

  it('delivers nothing twice after another restart', async () => {
    const before = await all(director);
    await server.stop();
    server = await startServer({ dbPath, tokens: [] });
    const after = await all(director);
    expect(after.totalCount).toBe(before.totalCount);
    expect(after.unreadCount).toBe(before.unreadCount);
  }, 120_000);

  it('has nothing for a script token without an account', async () => {
    const list = await all(script);
    expect(list).toEqual({ totalCount: 0, unreadCount: 0, items: [] });
  });
});
