import { drawCharts } from '../support/browser-session';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, summariseViolation } from '../support/axe';
import { ARTEFACTS, launchChromium } from '../support/chromium';
import {
  graphql,
  signIn,
  startServer,
  tempDir,
  type GraphQLResponse,
  type RunningServer,
} from '../support/scorecard-server';

// The access pages (Duyệt báo cáo, Tài khoản, Khóa API, Nhật ký, Đổi mật khẩu) in Debian's Chromium against the
// built server on a fresh DuckDB file with the sample data, bound to 127.0.0.1: a local demo with its demo
// accounts. Each role signs in once (the sign-in route is rate-limited) and keeps its page; the tests run in order
// and each builds on the one before.
const PLAN = '2800-KH-BHXH-2021';
const REPORT_DATE = '2021-12-31';
const LAI_CHAU = '12';
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

type Submitted = {
  submitReport: { submissionId: string; state: string; approvalRequired: string; warnings: unknown[] };
};
type Submissions = {
  reportSubmissions: {
    edges: { node: { id: string; state: string; decidedBy: string | null; reason: string | null } }[];
  };
};

describe('Access pages in the browser', () => {
  const temp = tempDir('scorecard-access-e2e-');
  let server: RunningServer;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = new Map<string, Page>();
  const requestsOffHost: string[] = [];
  // Filled in as the tests go.
  const reports = { suspicious: '', clean: '', rejected: '' };
  let cleanValue = 0;

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'access.duckdb') });
    chromium = await launchChromium();
    browser = chromium.browser;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await chromium?.close();
    await server?.stop();
    temp.remove();
  });

  /** A browser of its own: no cookie from another role. */
  async function freshPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: WIDE, locale: 'vi-VN' });
    contexts.push(context);
    const page = await context.newPage();
    // One-time links name the server as localhost (its public URL by default), the same host.
    const hosts = [server.url, server.url.replace('127.0.0.1', 'localhost'), 'data:'];
    page.on('request', (request) => {
      if (!hosts.some((host) => request.url().startsWith(host))) requestsOffHost.push(request.url());
    });
    return page;
  }

  /** The role's page, signed in with its demo button the first time and reused afterwards. */
  async function pageAs(login: string): Promise<Page> {
    const known = pages.get(login);
    if (known) return known;
    const page = await freshPage();
    await page.goto(`${server.url}/dang-nhap`);
    await page.waitForSelector(`[data-testid="demo-sign-in"][data-login="${login}"]`, { timeout: 30_000 });
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/dang-nhap', { timeout: 30_000 }),
      page.click(`[data-testid="demo-sign-in"][data-login="${login}"]`),
    ]);
    await page.waitForSelector('[data-testid="user-menu"]', { timeout: 30_000 });
    pages.set(login, page);
    return page;
  }

  /** GraphQL from inside the page, with its session cookie, as the app itself asks. */
  function pageGraphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}) {
    return page.evaluate(
      async ({ query, variables }) => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as GraphQLResponse<T>;
      },
      { query, variables },
    );
  }

  async function latestApproved(page: Page, metric: string): Promise<number> {
    const answer = await pageGraphql<{ actualHistory: { points: { reportDate: string; actual: number | null }[] } }>(
      page,
      `query ($metric: String!) { actualHistory(planId: "${PLAN}", province: "${LAI_CHAU}", metric: $metric) {
         points { reportDate actual } } }`,
      { metric },
    );
    expect(answer.errors).toBeUndefined();
    const approved = answer.data!.actualHistory.points.filter((point) => point.actual !== null);
    expect(approved.length).toBeGreaterThan(0);
    return approved.at(-1)!.actual!;
  }

  async function submit(page: Page, metric: string, value: number) {
    const answer = await pageGraphql<Submitted>(
      page,
      `mutation ($values: [ReportValueInput!]!) {
         submitReport(planId: "${PLAN}", province: "${LAI_CHAU}", reportDate: "${REPORT_DATE}", values: $values) {
           ... on ActualImportResult { submissionId state approvalRequired warnings { message } } } }`,
      { values: [{ metric, value }] },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.submitReport;
  }

  async function submissionStates(
    page: Page,
  ): Promise<Map<string, Submissions['reportSubmissions']['edges'][number]['node']>> {
    const answer = await pageGraphql<Submissions>(
      page,
      `{ reportSubmissions(planId: "${PLAN}", province: "${LAI_CHAU}") { edges { node { id state decidedBy reason } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    return new Map(answer.data!.reportSubmissions.edges.map(({ node }) => [node.id, node]));
  }

  const card = (id: string) => `[data-testid="submission"][data-id="${id}"]`;
  const cardIds = (page: Page) =>
    page.$$eval('[data-testid="submission"]', (cards) => cards.map((c) => c.getAttribute('data-id') ?? ''));

  /** Waits until the page shows its data: the element that only data brings, and no loading state left. */
  async function waitForData(page: Page, ready: string): Promise<void> {
    await page.waitForSelector(ready, { timeout: 30_000 });
    // Charts draw when scrolled near: every one of the page, so that the check sees them as users do.
    await drawCharts(page);
    await page.waitForFunction(() => document.querySelectorAll('.loading-state').length === 0, null, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => document.fonts.status === 'loaded');
  }

  /**
   * axe on the page at a laptop's width and at a phone's, with nothing wider than the phone's screen and a
   * screenshot of the phone's view in artefacts/.
   */
  async function expectAccessible(page: Page, name: string): Promise<void> {
    for (const viewport of [WIDE, PHONE]) {
      const label = `${name} at ${viewport.width} px`;
      await page.setViewportSize(viewport);
      await page.waitForTimeout(300);
      expect((await checkAccessibility(page, label)).map(summariseViolation), label).toEqual([]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}: page width`).toBeLessThanOrEqual(
      PHONE.width,
    );
    await page.screenshot({ path: join(ARTEFACTS, `access-${name}-390.png`), fullPage: true });
    await page.setViewportSize(WIDE);
  }

  it('takes an officer’s reports: one trips a data-quality rule (headquarters), one is clean (the director)', async () => {
    const officer = await pageAs('demo.cb-lai-chau');
    const suspicious = await submit(officer, 'outreach_conferences', 99_999);
    expect(suspicious).toMatchObject({ state: 'PENDING', approvalRequired: 'HEADQUARTERS' });
    expect(suspicious.warnings.length).toBeGreaterThan(0);

    cleanValue = Math.ceil((await latestApproved(officer, 'dev_health_insurance')) * 1.02);
    const clean = await submit(officer, 'dev_health_insurance', cleanValue);
    expect(clean).toMatchObject({ state: 'PENDING', approvalRequired: 'DIRECTOR', warnings: [] });

    // A third, for headquarters to turn down.
    const voluntary = await latestApproved(officer, 'dev_voluntary_si');
    const rejected = await submit(officer, 'dev_voluntary_si', voluntary + 25);
    expect(rejected.state).toBe('PENDING');

    Object.assign(reports, {
      suspicious: suspicious.submissionId,
      clean: clean.submissionId,
      rejected: rejected.submissionId,
    });
  });

  it('lists the pending reports for the data officer, accessibly, with what each needs', async () => {
    const page = await pageAs('demo.nghiep-vu');
    expect(new URL(page.url()).pathname).toBe('/duyet-bao-cao');
    await waitForData(page, card(reports.suspicious));
    expect(await page.textContent('h1')).toBe('Duyệt báo cáo');
    expect(new Set(await cardIds(page))).toEqual(new Set(Object.values(reports)));
    for (const id of Object.values(reports)) expect(await page.getAttribute(card(id), 'data-state')).toBe('PENDING');
    expect(await page.textContent(`${card(reports.suspicious)} [data-testid="submission-requirement"]`)).toContain(
      'Trung ương',
    );
    // The warning says in words where the figure came from.
    expect(await page.textContent(`${card(reports.suspicious)} [data-testid="submission-warning"]`)).toContain(
      'Nguồn: biểu mẫu nhập báo cáo của demo.cb-lai-chau',
    );
    await expectAccessible(page, 'approvals-pending');
  });

  it('lets the data officer approve the suspicious report and reject another with a reason', async () => {
    const page = await pageAs('demo.nghiep-vu');
    await page.click(`${card(reports.suspicious)} [data-testid="approve"]`);
    await page.waitForSelector(card(reports.suspicious), { state: 'detached', timeout: 30_000 });

    await page.click(`${card(reports.rejected)} [data-testid="reject"]`);
    // The reason is required: sending none says so and keeps the report pending.
    await page.click(`${card(reports.rejected)} [data-testid="reject-submit"]`);
    await page.waitForSelector(`${card(reports.rejected)} [role="alert"]`);
    await page.fill(`${card(reports.rejected)} [data-testid="reject-reason"]`, 'Số liệu chưa khớp sổ thu tháng 12');
    await page.click(`${card(reports.rejected)} [data-testid="reject-submit"]`);
    await page.waitForSelector(card(reports.rejected), { state: 'detached', timeout: 30_000 });
    expect(await cardIds(page)).toEqual([reports.clean]);

    // Every state on screen.
    await page.click('[data-testid="filter-all"]');
    await page.waitForSelector(`${card(reports.suspicious)}[data-state="APPROVED"]`, { timeout: 30_000 });
    expect(await page.getAttribute(card(reports.rejected), 'data-state')).toBe('REJECTED');
    expect(await page.textContent(card(reports.rejected))).toContain('Số liệu chưa khớp sổ thu tháng 12');
    expect(await page.getAttribute(card(reports.clean), 'data-state')).toBe('PENDING');
    expect(new URL(page.url()).searchParams.get('state')).toBe('all');

    // …and through the API.
    const states = await submissionStates(page);
    expect(states.get(reports.suspicious)).toMatchObject({ state: 'APPROVED', decidedBy: 'demo.nghiep-vu' });
    expect(states.get(reports.rejected)).toMatchObject({
      state: 'REJECTED',
      decidedBy: 'demo.nghiep-vu',
      reason: 'Số liệu chưa khớp sổ thu tháng 12',
    });
    expect(states.get(reports.clean)?.state).toBe('PENDING');

    // The approved 99 999 conferences now count: Lai Châu leads that ranking.
    const ranking = await pageGraphql<{
      ranking: { rank: number | null; actual: number | null; province: { code: string } }[];
    }>(
      page,
      `{ ranking(planId: "${PLAN}", metric: "outreach_conferences", asOf: "${REPORT_DATE}") {
           rank actual province { code } } }`,
    );
    expect(ranking.errors).toBeUndefined();
    expect(ranking.data!.ranking[0]).toMatchObject({ rank: 1, actual: 99_999, province: { code: LAI_CHAU } });
    await expectAccessible(page, 'approvals-decided');
  });

  it('lets the director of Lai Châu approve the clean report', async () => {
    const page = await pageAs('demo.gd-lai-chau');
    await page.goto(`${server.url}/duyet-bao-cao`);
    await waitForData(page, card(reports.clean));
    expect(await cardIds(page)).toEqual([reports.clean]);
    await page.click(`${card(reports.clean)} [data-testid="approve"]`);
    await page.waitForSelector('[data-testid="submissions-empty"]', { timeout: 30_000 });

    const states = await submissionStates(page);
    expect(states.get(reports.clean)).toMatchObject({ state: 'APPROVED', decidedBy: 'demo.gd-lai-chau' });
    expect(await latestApproved(page, 'dev_health_insurance')).toBe(cleanValue);
  });

  it('creates an account whose one-time link lets its owner set a password', async () => {
    const page = await pageAs('demo.nghiep-vu');
    await page.goto(`${server.url}/tai-khoan`);
    await waitForData(page, '[data-testid="account-row"]');
    await page.fill('[data-testid="account-create-login"]', 'can-bo.lai-chau-2');
    await page.fill('[data-testid="account-create-name"]', 'Lò Văn Thử');
    await page.selectOption('[data-testid="account-create-role"]', 'OFFICER');
    await page.selectOption('[data-testid="account-create-province"]', LAI_CHAU);
    await page.click('[data-testid="account-create-submit"]');
    await page.waitForSelector('[data-testid="sign-in-link-secret-value"]', { timeout: 30_000 });
    const link = (await page.textContent('[data-testid="sign-in-link-secret-value"]'))!.trim();
    expect(link).toMatch(/\/auth\/link\?t=/);
    await page.waitForSelector('[data-testid="account-row"][data-login="can-bo.lai-chau-2"]');
    await expectAccessible(page, 'accounts');

    const owner = await freshPage();
    await owner.goto(link);
    await owner.waitForSelector('[data-testid="change-password-page"]', { timeout: 30_000 });
    expect(new URL(owner.url()).pathname).toBe('/doi-mat-khau');
    // Signed in by the link, there is no current password to give.
    expect(await owner.$$('[data-testid="password-current"]')).toHaveLength(0);
    const password = 'mot cau that dai de nho';
    await owner.fill('[data-testid="password-next"]', password);
    await owner.fill('[data-testid="password-repeat"]', password);
    await Promise.all([
      owner.waitForURL((url) => url.pathname !== '/doi-mat-khau', { timeout: 30_000 }),
      owner.click('[data-testid="password-submit"]'),
    ]);
    expect(new URL(owner.url()).pathname).toBe(`/tinh/${LAI_CHAU}`);
    // The password works for a sign-in of its own.
    const cookie = await signIn(server.url, 'sign-in', { login: 'can-bo.lai-chau-2', password });
    const me = await graphql<{ me: { login: string; mustChangePassword: boolean } }>(
      server.url,
      '{ me { login mustChangePassword } }',
      {},
      { cookie },
    );
    expect(me.data?.me).toEqual({ login: 'can-bo.lai-chau-2', mustChangePassword: false });
  });

  it('creates an API token shown once that works as a Bearer token until it is revoked', async () => {
    const page = await pageAs('demo.nghiep-vu');
    await page.goto(`${server.url}/khoa-api`);
    await waitForData(page, '[data-testid="token-create-form"]');
    await page.fill('[data-testid="token-create-label"]', 'Power BI kiểm thử');
    await page.click('[data-testid="token-create-submit"]');
    await page.waitForSelector('[data-testid="created-token-secret-value"]', { timeout: 30_000 });
    const token = (await page.textContent('[data-testid="created-token-secret-value"]'))!.trim();
    expect(token).toMatch(/^bhxh_[A-Za-z0-9]+_\S+$/);
    const id = token.split('_')[1]!;
    const row = `[data-testid="token-row"][data-id="${id}"]`;
    await page.waitForSelector(row, { timeout: 30_000 });

    const asToken = () => graphql<{ me: { login: string } }>(server.url, '{ me { login } }', {}, { token });
    expect((await asToken()).data?.me.login).toBe('demo.nghiep-vu');

    await page.click(`${row} [data-testid="token-revoke"]`);
    await page.click('[data-testid="token-revoke-confirm"]');
    await page.waitForSelector(`${row} [data-testid="token-revoke"]`, { state: 'detached', timeout: 30_000 });
    expect(await page.getAttribute(row, 'data-status')).toBe('revoked');
    const refused = await asToken();
    expect(refused.data?.me ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expectAccessible(page, 'api-tokens');
  });

  it('shows every change just made in the audit log', async () => {
    const page = await pageAs('demo.nghiep-vu');
    await page.goto(`${server.url}/nhat-ky`);
    await waitForData(page, '[data-testid="audit-event"]');
    const actions = await page.$$eval('[data-testid="audit-event"]', (rows) =>
      rows.map((row) => row.getAttribute('data-action')),
    );
    for (const action of ['report.approve', 'report.reject', 'account.create', 'token.create', 'token.revoke'])
      expect(actions).toContain(action);
    expect(actions.filter((action) => action === 'report.approve')).toHaveLength(2);
    await expectAccessible(page, 'audit-log');
  });

  it('has an accessible password page', async () => {
    const page = await pageAs('demo.nghiep-vu');
    await page.goto(`${server.url}/doi-mat-khau`);
    await waitForData(page, '[data-testid="change-password-page"]');
    await expectAccessible(page, 'change-password');
  });

  it('has an accessible sign-in page', async () => {
    const page = await freshPage();
    await page.goto(`${server.url}/dang-nhap`);
    await waitForData(page, '[data-testid="demo-sign-in"]');
    await expectAccessible(page, 'sign-in');
  });

  it('has an accessible ranking and province page for the director of Lai Châu', async () => {
    const page = await pageAs('demo.gd-lai-chau');
    await page.goto(`${server.url}/xep-hang`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ranking-row"]').length === 63, null, {
      timeout: 30_000,
    });
    await waitForData(page, '[data-testid="ranking-chart"]');
    await expectAccessible(page, 'ranking');

    await page.goto(`${server.url}/tinh/${LAI_CHAU}`);
    await waitForData(page, '[data-testid="province-history-chart"] [data-echart]');
    await page.waitForSelector('[data-testid="province-metric-row"]');
    await expectAccessible(page, 'province');
  });

  it('sends no request off the host', () => {
    expect(requestsOffHost).toEqual([]);
  });
});
