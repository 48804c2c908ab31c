import { drawCharts } from '../support/browser-session';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, launchChromium } from '../support/chromium';
import { startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// Signing in and out in the built app, in Debian's Chromium, against the real server on a fresh DuckDB file with
// the sample data. The server binds 127.0.0.1 with sample data on: a local demo, so the demo accounts exist.
describe('Đăng nhập in the browser', () => {
  const temp = tempDir('scorecard-auth-e2e-');
  let server: RunningServer;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const requestsOffHost: string[] = [];

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'auth.duckdb') });
    chromium = await launchChromium();
    browser = chromium.browser;
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await chromium?.close();
    await server?.stop();
    temp.remove();
  });

  /** A browser of its own (no cookie from another test), at a laptop's width. */
  async function freshPage(width = 1440, height = 900): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
    contexts.push(context);
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:'))
        requestsOffHost.push(request.url());
    });
    return page;
  }

  const pathOf = (page: Page) => new URL(page.url()).pathname;
  const visible = (page: Page, testId: string) => page.isVisible(`[data-testid="${testId}"]`);

  /** Opens "/", lands on the sign-in page, and signs in with the demo account's button. */
  async function signInAsDemo(page: Page, login: string): Promise<void> {
    await page.goto(`${server.url}/`);
    await page.waitForSelector(`[data-testid="demo-sign-in"][data-login="${login}"]`, { timeout: 30_000 });
    expect(pathOf(page)).toBe('/dang-nhap');
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/dang-nhap', { timeout: 30_000 }),
      page.click(`[data-testid="demo-sign-in"][data-login="${login}"]`),
    ]);
    await page.waitForSelector('[data-testid="user-menu"]', { timeout: 30_000 });
  }

  it('sends a visitor without a session to the sign-in page, which offers every demo account', async () => {
    const page = await freshPage();
    await page.goto(`${server.url}/`);
    await page.waitForSelector('[data-testid="demo-sign-in"]', { timeout: 30_000 });
    // From the bare start page there is nothing to come back to: each role opens on its own first page.
    expect(pathOf(page)).toBe('/dang-nhap');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.textContent('h1')).toBe('Đăng nhập');
    expect(await page.title()).toBe('Đăng nhập · BHXH Scorecard');

    expect(
      await page.$$eval('[data-testid="demo-sign-in"]', (buttons) =>
        buttons.map((button) => button.getAttribute('data-login')),
      ),
    ).toEqual([
      'demo.lanh-dao',
      'demo.nghiep-vu',
      'demo.gd-ha-noi',
      'demo.gd-lai-chau',
      'demo.cb-lai-chau',
      'demo.phan-tich',
    ]);
    const laiChau = await page.textContent('[data-testid="demo-sign-in"][data-login="demo.gd-lai-chau"]');
    expect(laiChau).toContain('Đăng nhập như Giám đốc BHXH Lai Châu');
    expect(laiChau).toContain('Giám đốc BHXH tỉnh · Lai Châu');
    expect(await page.textContent('[data-testid="demo-accounts"] h2')).toBe('Tài khoản trình diễn');

    // Labelled fields that password managers recognise; only the brand in the bar, no links to pages.
    expect(await page.getAttribute('[data-testid="sign-in-login"]', 'autocomplete')).toBe('username');
    expect(await page.getAttribute('[data-testid="sign-in-password"]', 'autocomplete')).toBe('current-password');
    expect(await page.$eval('[data-testid="sign-in-password"]', (input) => input.closest('label')?.textContent)).toBe(
      'Mật khẩu',
    );
    expect(await page.$$('[data-testid^="nav-"]')).toHaveLength(0);
    expect(await page.$$('[data-testid="user-menu"]')).toHaveLength(0);

    await page.waitForFunction(() => document.fonts.status === 'loaded');
    await page.screenshot({ path: join(ARTEFACTS, 'sign-in-1440.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(200);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTEFACTS, 'sign-in-390.png'), fullPage: true });
  });

  it('keeps the visitor on the sign-in page with the reason when a sign-in fails', async () => {
    const page = await freshPage();
    await page.goto(`${server.url}/dang-nhap?loi=lien-ket`);
    await page.waitForSelector('[data-testid="sign-in-problem"]');
    expect(await page.textContent('[data-testid="sign-in-problem"]')).toContain('Liên kết đăng nhập không dùng được');

    await page.fill('[data-testid="sign-in-login"]', 'khong-co-ai');
    await page.fill('[data-testid="sign-in-password"]', 'mot-mat-khau-sai');
    await page.click('[data-testid="sign-in-submit"]');
    await page.waitForFunction(
      () => !document.querySelector('[data-testid="sign-in-problem"]')?.textContent?.includes('Liên kết'),
      null,
      { timeout: 30_000 },
    );
    const message = await page.textContent('[data-testid="sign-in-problem"]');
    // The server's own message, in Vietnamese, inside the live region.
    expect(message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    expect(await page.$eval('[data-testid="sign-in-problem"]', (p) => p.parentElement?.getAttribute('aria-live'))).toBe(
      'assertive',
    );
    expect(pathOf(page)).toBe('/dang-nhap');
    expect(await page.inputValue('[data-testid="sign-in-password"]')).toBe('');
  });

  // Where each role opens, and which pages the bar offers it.
  const ACCOUNTS = [
    { login: 'demo.lanh-dao', home: '/', report: false, accounts: false },
    { login: 'demo.nghiep-vu', home: '/duyet-bao-cao', report: true, accounts: true },
    { login: 'demo.gd-ha-noi', home: '/tinh/01', report: true, accounts: false },
    { login: 'demo.cb-lai-chau', home: '/tinh/12', report: true, accounts: false },
    { login: 'demo.phan-tich', home: '/', report: false, accounts: false },
  ] as const;

  it.each(ACCOUNTS)('signs $login in from "/" and opens on $home', async (account) => {
    const page = await freshPage();
    await signInAsDemo(page, account.login);
    expect(pathOf(page)).toBe(account.home);
    if (account.home === '/') {
      // The landing page is the overview.
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="overview-matrix-row"]').length === 63,
        null,
        { timeout: 30_000 },
      );
    } else if (account.home.startsWith('/tinh/')) {
      await page.waitForSelector(`[data-testid="province-page"][data-province-code="${account.home.slice(6)}"]`);
      await page.waitForSelector('[data-testid="province-metric-row"]', { timeout: 30_000 });
    } else {
      expect(await page.textContent('h1')).toContain('Duyệt báo cáo');
    }
    expect(await visible(page, 'nav-overview')).toBe(true);
    expect(await visible(page, 'nav-ranking')).toBe(true);
    expect(await visible(page, 'nav-report')).toBe(account.report);
    expect(await visible(page, 'nav-accounts')).toBe(account.accounts);
    expect(await page.$$('[data-testid="error-panel"]')).toHaveLength(0);
    if (account.login === 'demo.phan-tich') {
      // A page the role may not use says so instead of failing.
      await page.goto(`${server.url}/tai-khoan`);
      await page.waitForSelector('[data-testid="forbidden-page"]', { timeout: 30_000 });
      expect(await page.textContent('[data-testid="forbidden-page"]')).toContain('không có quyền');
    }
  });

  describe('the director of Lai Châu', () => {
    let page: Page;

    beforeAll(async () => {
      page = await freshPage();
      await signInAsDemo(page, 'demo.gd-lai-chau');
    });

    it('opens on Lai Châu, may submit its reports but not manage accounts', async () => {
      expect(pathOf(page)).toBe('/tinh/12');
      await page.waitForSelector('[data-testid="province-metric-row"]', { timeout: 30_000 });
      await page.waitForSelector('[data-testid="province-history-chart"] [data-echart]', { timeout: 30_000 });
      await drawCharts(page, '[data-testid="province-history-chart"] [data-echart]');
      expect(await page.textContent('h1')).toBe('Lai Châu');
      expect(await visible(page, 'nav-report')).toBe(true);
      expect(await visible(page, 'nav-approvals')).toBe(true);
      expect(await visible(page, 'nav-accounts')).toBe(false);
      expect(await visible(page, 'nav-audit-log')).toBe(false);
      expect(await page.textContent('[data-testid="user-menu-role"]')).toBe('Giám đốc BHXH tỉnh · Lai Châu');
      expect(await page.$$('[data-testid="error-panel"]')).toHaveLength(0);
      await page.waitForFunction(() => document.fonts.status === 'loaded');
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(ARTEFACTS, 'director-home.png'), fullPage: false });
    });

    it('sees another province’s ranks but not its report history, without an error', async () => {
      await page.goto(`${server.url}/tinh/01`);
      await page.waitForSelector('[data-testid="province-metric-row"]', { timeout: 30_000 });
      expect(await visible(page, 'province-own-only')).toBe(true);
      expect(await page.$$('[data-testid="province-history-chart"]')).toHaveLength(0);
      expect(await page.$$('[data-testid="error-panel"]')).toHaveLength(0);
    });

    it('finds Lai Châu highlighted on the ranking, in the table and in the chart', async () => {
      await page.click('[data-testid="nav-ranking"]');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="ranking-row"]').length === 63, null, {
        timeout: 30_000,
      });
      const own = await page.$$eval('[data-testid="ranking-row"][aria-current="true"]', (rows) =>
        rows.map((row) => ({ code: row.getAttribute('data-province-code'), text: row.textContent ?? '' })),
      );
      expect(own).toHaveLength(1);
      expect(own[0]!.code).toBe('12');
      expect(own[0]!.text).toContain('Tỉnh của bạn');
      expect(await page.textContent('[data-testid="own-province-summary"]')).toContain('Lai Châu');

      // The chart paints Lai Châu's name on the yellow band of OWN_PROVINCE_STYLE (#ffe066) when it is ranked.
      const status = await page.getAttribute('[data-testid="ranking-row"][data-province-code="12"]', 'data-status');
      if (status === 'REPORTED') {
        await page.waitForSelector('[data-testid="ranking-chart"]');
        await drawCharts(page, '[data-testid="ranking-chart"]');
        await page.waitForTimeout(500);
        const yellow = await page.$eval('[data-testid="ranking-chart"] canvas', (canvas) => {
          const c = canvas as HTMLCanvasElement;
          const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          let count = 0;
          for (let i = 0; i < data.length; i += 4)
            if (data[i]! > 245 && Math.abs(data[i + 1]! - 224) < 8 && Math.abs(data[i + 2]! - 102) < 12) count += 1;
          return count;
        });
        expect(yellow).toBeGreaterThan(200);
      }
      await page.screenshot({ path: join(ARTEFACTS, 'director-ranking.png'), fullPage: false });
    });

    it('ends the session with "Đăng xuất": every page asks to sign in again, and GraphQL refuses', async () => {
      await page.click('[data-testid="user-menu-button"]');
      await page.waitForSelector('[data-testid="sign-out"]', { state: 'visible' });
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/dang-nhap', { timeout: 30_000 }),
        page.click('[data-testid="sign-out"]'),
      ]);
      await page.waitForSelector('[data-testid="sign-in-page"]');

      await page.goto(`${server.url}/cham-dong?asOf=2023-09-30`);
      await page.waitForURL((url) => url.pathname === '/dang-nhap', { timeout: 30_000 });
      expect(new URL(page.url()).searchParams.get('tiep')).toBe('/cham-dong?asOf=2023-09-30');
      await page.reload();
      await page.waitForSelector('[data-testid="sign-in-page"]');
      expect(pathOf(page)).toBe('/dang-nhap');

      const answer = await page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ me { login } }' }),
        });
        return (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      });
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(answer.data ?? null).toBeNull();
    });
  });

  it('sends an officer’s report for the director to approve, and shows it beside the approved figure', async () => {
    const page = await freshPage();
    await signInAsDemo(page, 'demo.cb-lai-chau');
    await page.goto(`${server.url}/bao-cao?date=2021-11-30`);
    await page.waitForSelector('[data-testid="report-value"][data-metric="dev_voluntary_si"]', { timeout: 30_000 });
    // The province is the officer's own, fixed; there is no "who sends" field any more.
    expect(await page.getAttribute('[data-testid="report-province-fixed"]', 'data-province-code')).toBe('12');
    expect(await page.$$('[data-testid="report-province"]')).toHaveLength(0);
    expect(await page.$$('[data-testid="report-submitted-by"]')).toHaveLength(0);

    await page.fill('[data-testid="report-value"][data-metric="dev_voluntary_si"]', '2.500');
    await page.click('[data-testid="report-submit"]');
    await page.waitForSelector('[data-testid="report-state"]', { timeout: 30_000 });
    expect(await page.getAttribute('[data-testid="report-state"]', 'data-state')).toBe('PENDING');
    expect(await page.textContent('[data-testid="report-state"]')).toContain('Chờ duyệt — giám đốc tỉnh duyệt');
    // The form reloads the figures beside its boxes after a stored report; picture it once they are back.
    await page.waitForFunction(() => !document.body.textContent?.includes('Đang tải chỉ tiêu'), null, {
      timeout: 30_000,
    });
    await page.screenshot({ path: join(ARTEFACTS, 'report-pending.png'), fullPage: true });

    // Not counted: Lai Châu keeps its approved figure, with the pending one beside it.
    await page.goto(`${server.url}/xep-hang?metric=dev_voluntary_si&asOf=2021-11-30`);
    await page.waitForSelector('[data-testid="ranking-row"][data-province-code="12"] [data-testid="pending-figure"]', {
      timeout: 30_000,
    });
    const row = await page.textContent('[data-testid="ranking-row"][data-province-code="12"]');
    expect(row).toContain('chờ duyệt: 2.500 (30/11/2021)');
    expect(row).toContain('1.684');
  });

  it('sends no request off the host', () => {
    expect(requestsOffHost).toEqual([]);
  });
});
