import type { Server } from 'node:http';
import { join } from 'node:path';
import Provider from 'oidc-provider';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium';
import { freePort, graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// Sign-in through the agency's identity provider: a real OpenID Connect server (oidc-provider) started here, the
// scorecard configured for it by environment variables, and Chromium going through the whole code flow with PKCE.
// The provider says who the person is; the role comes from the account a data officer made.
const CLIENT = { id: 'bhxh-scorecard', secret: 'a-client-secret-for-the-test-only' };

describe('OpenID Connect sign-in', () => {
  const temp = tempDir('scorecard-oidc-');
  let provider: Server;
  let server: RunningServer;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;

  beforeAll(async () => {
    const [appPort, idpPort] = [await freePort(), await freePort()];
    const appUrl = `http://127.0.0.1:${appPort}`;
    const issuer = `http://127.0.0.1:${idpPort}`;
    const oidc = new Provider(issuer, {
      clients: [
        {
          client_id: CLIENT.id,
          client_secret: CLIENT.secret,
          redirect_uris: [`${appUrl}/auth/oidc/callback`],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      claims: { openid: ['sub'], email: ['email', 'email_verified'] },
      findAccount: (_ctx, id) => ({
        accountId: id,
        claims: () => ({ sub: id, email: `${id}@bhxh.gov.vn`, email_verified: true }),
      }),
      cookies: { keys: ['oidc-test-cookie-key'] },
      features: { devInteractions: { enabled: true } },
    });
    provider = oidc.listen(idpPort, '127.0.0.1');
    server = await startServer({
      dbPath: join(temp.dir, 'oidc.duckdb'),
      port: appPort,
      env: {
        SCORECARD_SAMPLE_DATA: 'off',
        SCORECARD_PUBLIC_URL: appUrl,
        SCORECARD_OIDC_ISSUER: issuer,
        SCORECARD_OIDC_CLIENT_ID: CLIENT.id,
        SCORECARD_OIDC_CLIENT_SECRET: CLIENT.secret,
      },
    });
    const created = await graphql(
      server.url,
      'mutation { createAccount(login: "gd.laichau@bhxh.gov.vn", displayName: "Giám đốc Lai Châu", role: DIRECTOR, provinceCode: "12") { account { login } } }',
    );
    expect(created.errors).toBeUndefined();
    ({ browser, close: closeBrowser } = await launchChromium());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await server?.stop();
    provider?.close();
    temp.remove();
  });

  /** Goes through the provider's login and consent pages as `login`, and returns where the scorecard lands. */
  async function signInAtProvider(login: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/auth/oidc/start`);
    await page.waitForSelector('input[name="login"]', { timeout: 30_000 });
    await page.fill('input[name="login"]', login);
    await page.fill('input[name="password"]', 'any');
    await page.click('button[type="submit"]');
    // The provider asks for consent once per client and person.
    await page.waitForURL((url) => url.origin === server.url || url.pathname.includes('/interaction/'), {
      timeout: 30_000,
    });
    if (new URL(page.url()).origin !== server.url) {
      await page.click('button[type="submit"]');
      await page.waitForURL((url) => url.origin === server.url, { timeout: 30_000 });
    }
    await page.waitForLoadState('domcontentloaded');
    const me = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { login role province { code } } }' }),
      });
      return (await response.json()) as { data?: { me: unknown }; errors?: { extensions: { code: string } }[] };
    });
    const landed = new URL(page.url());
    await context.close();
    return { path: `${landed.pathname}${landed.search}`, me };
  }

  it('signs a person in with the identity provider and gives them the role of their account', async () => {
    const { path, me } = await signInAtProvider('gd.laichau');
    expect(path.split('?')[0]).toBe('/tinh/12');
    expect(me.data?.me).toEqual({ login: 'gd.laichau@bhxh.gov.vn', role: 'DIRECTOR', province: { code: '12' } });
  });

  it('refuses someone the provider knows but who has no account here, and records the refusal', async () => {
    const { path, me } = await signInAtProvider('nguoi.la');
    expect(path).toBe('/dang-nhap?loi=tai-khoan');
    expect(me.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const audit = await graphql<{
      auditLog: { edges: { node: { action: string; actor: string; outcome: string; via: string } }[] };
    }>(server.url, '{ auditLog(first: 50, action: "auth.sign-in") { edges { node { action actor outcome via } } } }');
    expect(audit.data!.auditLog.edges.map((edge) => edge.node)).toContainEqual({
      action: 'auth.sign-in',
      actor: 'oidc:nguoi.la@bhxh.gov.vn',
      outcome: 'DENIED',
      via: 'oidc',
    });
    expect(audit.data!.auditLog.edges.map((edge) => edge.node)).toContainEqual({
      action: 'auth.sign-in',
      actor: 'gd.laichau@bhxh.gov.vn',
      outcome: 'OK',
      via: 'oidc',
    });
  });
});
