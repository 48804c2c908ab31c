import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphql, runServerOnce, sessionCookieOf, startServer, tempDir } from '../support/scorecard-server';

// `npm ci && npm start` on a new database: an administrator with no password and one printed one-time link,
// nothing with a known password; demo accounts only on a local demo with the sample data.
const LINK = /(http:\/\/\S+\/auth\/link\?t=\S+)/;

describe('first start', () => {
  const temp = tempDir('scorecard-first-');
  afterAll(() => temp.remove());

  it('prints one sign-in link that opens the dashboard as the administrator, and none once a password is set', async () => {
    const dbPath = join(temp.dir, 'fresh.duckdb');
    let server = await startServer({ dbPath, tokens: [], env: { SCORECARD_LEDGER_EMPLOYERS: '0' } });
    try {
      const link = LINK.exec(server.output())?.[1];
      expect(link, server.output()).toBeDefined();
      const path = new URL(link!).pathname + new URL(link!).search;
      const opened = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      expect(opened.status).toBe(303);
      const cookie = sessionCookieOf(opened);
      const page = await fetch(`${server.url}/doi-mat-khau`, { headers: { accept: 'text/html', cookie } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const me = await graphql<{ me: { login: string; role: string; mustChangePassword: boolean } }>(
        server.url,
        '{ me { login role mustChangePassword } }',
        {},
        { cookie },
      );
      expect(me.data!.me).toEqual({ login: 'admin', role: 'DATA_OFFICER', mustChangePassword: true });
      // The dashboard's data answers the administrator: the plan and the sample reports are there.
      const ranking = await graphql<{ ranking: { rank: number | null }[] }>(
        server.url,
        '{ ranking(planId: "2800-KH-BHXH-2021", metric: "revenue") { rank } }',
        {},
        { cookie },
      );
      expect(ranking.data!.ranking.filter((row) => row.rank !== null).length).toBeGreaterThan(50);
      const weak = await fetch(`${server.url}/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ next: 'short' }),
      });
      expect(weak.status).toBe(400);
      const set = await fetch(`${server.url}/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ next: 'quan-tri-vien-2021!' }),
      });
      expect(set.status).toBe(200);
    } finally {
      await server.stop();
    }
    server = await startServer({ dbPath, tokens: [], env: { SCORECARD_LEDGER_EMPLOYERS: '0' } });
    try {
      expect(server.output()).not.toMatch(LINK);
      const signedIn = await fetch(`${server.url}/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'admin', password: 'quan-tri-vien-2021!' }),
      });
      expect(signedIn.status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('lists demo accounts on a local demo only: not with the sample data off, not bound to every interface', async () => {
    const cases: { env: Record<string, string>; demo: boolean }[] = [
      { env: {}, demo: true },
      { env: { SCORECARD_SAMPLE_DATA: 'off' }, demo: false },
      { env: { HOST: '0.0.0.0' }, demo: false },
    ];
    for (const [i, { env, demo }] of cases.entries()) {
      const server = await startServer({
        dbPath: join(temp.dir, `demo-${i}.duckdb`),
        tokens: [],
        env: { SCORECARD_LEDGER_EMPLOYERS: '0', ...env },
      });
      try {
        const config = (await (await fetch(`${server.url}/auth/config`)).json()) as {
          demoAccounts: { login: string }[];
        };
        expect(config.demoAccounts.length > 0, JSON.stringify(env)).toBe(demo);
        const signIn = await fetch(`${server.url}/auth/demo`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ login: 'demo.lanh-dao' }),
        });
        expect(signIn.status, JSON.stringify(env)).toBe(demo ? 200 : 403);
      } finally {
        await server.stop();
      }
    }
  });

  it('refuses a half-configured identity provider at start, naming the settings', async () => {
    const result = await runServerOnce(['--db', ':memory:'], { SCORECARD_OIDC_ISSUER: 'https://sso.bhxh.gov.vn' });
    expect(result.code).toBe(2);
    expect(result.output).toContain('SCORECARD_OIDC_CLIENT_ID and SCORECARD_OIDC_CLIENT_SECRET go together');
  });
});
