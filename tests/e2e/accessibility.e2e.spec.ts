import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, summariseViolation } from '../support/axe';
import { ARTEFACTS, bearer, launchChromium } from '../support/chromium';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// What keyboard and screen-reader users rely on: the dd/mm/yyyy date field, the skip link, the focus after a report
// is sent, the live region of a reload, and no axe violation on these pages, wide and on a phone. The built app in
// Debian's Chromium against the real server on a fresh DuckDB file with the sample actuals; the tests run in order.
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const DATE_FIELD = '[data-testid="as-of-picker"]';

describe('accessibility of the date field, the skip link and the report form', () => {
  const temp = tempDir('scorecard-e2e-a11y-');
  let server: RunningServer;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  let page: Page;
  /** The post bodies of the GraphQL requests since the last reset. */
  let graphqlBodies: string[] = [];

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'e2e.duckdb') });
    chromium = await launchChromium();
    browser = chromium.browser;
    // An English browser: the field reads dd/mm/yyyy whatever the browser's language.
    page = await browser.newPage({ viewport: WIDE, locale: 'en-US', extraHTTPHeaders: bearer(server) });
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql')
        graphqlBodies.push(request.postData() ?? '');
    });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    temp.remove();
  });

  const rankingRequests = () => graphqlBodies.filter((body) => body.includes('ranking')).length;
  const waitForRanking = () =>
    page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="ranking-row"]').length === 63 &&
        !document.querySelector('.dashboard--stale'),
      null,
      { timeout: 30_000 },
    );
  const clearDateField = async () => {
    await page.click(DATE_FIELD);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
  };
  const focused = () =>
    page.evaluate(() => ({
      testId: document.activeElement?.getAttribute('data-testid') ?? null,
      id: document.activeElement?.id ?? null,
      tag: document.activeElement?.tagName ?? null,
    }));

  it('shows the URL date as dd/mm/yyyy and sends one ranking query once 30/11/2021 is typed', async () => {
    await page.goto(`${server.url}/xep-hang?asOf=2021-10-31`);
    await waitForRanking();
    expect(await page.inputValue(DATE_FIELD)).toBe('31/10/2021');
    expect(await page.getAttribute(DATE_FIELD, 'placeholder')).toBe('dd/mm/yyyy');
    expect(await page.getAttribute(DATE_FIELD, 'inputmode')).toBe('numeric');
    expect(await page.getAttribute(DATE_FIELD, 'type')).toBe('text');
    // Named by its label, described by its hint.
    const described = await page.$eval(DATE_FIELD, (input) => ({
      label: (input as HTMLInputElement).labels?.[0]?.textContent ?? '',
      hint: (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    }));
    expect(described.label).toBe('Đến ngày');
    expect(described.hint).toContain('dd/mm/yyyy');

    await clearDateField();
    graphqlBodies = [];
    await page.keyboard.type('30/11/2021', { delay: 40 });
    await page.waitForURL((url) => url.searchParams.get('asOf') === '2021-11-30', { timeout: 10_000 });
    await waitForRanking();
    await page.waitForTimeout(800);
    expect(rankingRequests()).toBe(1);
    expect(await page.inputValue(DATE_FIELD)).toBe('30/11/2021');
    expect(await page.textContent('.dashboard__as-of')).toContain('30/11/2021');
    // The page's one live region says the figures are back, for that date.
    await page.waitForFunction(
      () => document.querySelector('[data-testid="reload-announcer"]')?.textContent?.includes('30/11/2021'),
      null,
      { timeout: 10_000 },
    );
    expect(await page.textContent('[data-testid="reload-announcer"]')).toBe('Đã cập nhật số liệu đến ngày 30/11/2021');
    // One live region in the page's content (the user menu in the top bar has its own, for signing out).
    expect(await page.$$eval('main [aria-live="polite"]', (regions) => regions.length)).toBe(1);
  });

  it('refuses 31/02/2021 with a message tied to the field, and sends nothing', async () => {
    await clearDateField();
    graphqlBodies = [];
    await page.keyboard.type('31/02/2021', { delay: 40 });
    await page.waitForSelector('[data-testid="as-of-picker-problem"]');
    await page.waitForTimeout(800);
    expect(await page.textContent('[data-testid="as-of-picker-problem"]')).toContain('không có trong lịch');
    expect(await page.getAttribute(DATE_FIELD, 'aria-invalid')).toBe('true');
    const problemId = await page.getAttribute('[data-testid="as-of-picker-problem"]', 'id');
    expect((await page.getAttribute(DATE_FIELD, 'aria-describedby'))?.split(' ')).toContain(problemId);
    expect(graphqlBodies).toEqual([]);
    expect(new URL(page.url()).searchParams.get('asOf')).toBe('2021-11-30');
  });

  it('refuses a date outside the plan period, naming the period', async () => {
    await clearDateField();
    graphqlBodies = [];
    await page.keyboard.type('15/01/2022', { delay: 20 });
    await page.waitForSelector('[data-testid="as-of-picker-problem"]');
    expect(await page.textContent('[data-testid="as-of-picker-problem"]')).toMatch(
      /ngoài kỳ kế hoạch \d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}/,
    );
    expect(rankingRequests()).toBe(0);
  });

  it('takes a short date such as 1/9/2021 on Enter', async () => {
    await clearDateField();
    graphqlBodies = [];
    await page.keyboard.type('1/9/2021', { delay: 20 });
    await page.waitForTimeout(300);
    expect(rankingRequests()).toBe(0);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('asOf') === '2021-09-01', { timeout: 10_000 });
    await waitForRanking();
    expect(await page.inputValue(DATE_FIELD)).toBe('01/09/2021');
    expect(await page.getAttribute(DATE_FIELD, 'aria-invalid')).toBe('false');
    expect(rankingRequests()).toBe(1);
  });

  it('focuses the skip link on the first Tab, and Enter moves the focus to the main content', async () => {
    await page.goto(`${server.url}/xep-hang?asOf=2021-11-30`);
    await waitForRanking();
    await page.keyboard.press('Tab');
    expect((await focused()).testId).toBe('skip-link');
    expect(await page.textContent('[data-testid="skip-link"]')).toBe('Bỏ qua đến nội dung chính');
    const link = (await page.$('[data-testid="skip-link"]'))!;
    const box = (await link.boundingBox())!;
    // Shown while focused: inside the window.
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.height).toBeGreaterThan(10);
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTEFACTS, 'a11y-skip-link-390.png') });
    await page.keyboard.press('Enter');
    expect(await focused()).toEqual({ testId: null, id: 'noi-dung', tag: 'MAIN' });
    // The page title is inside the main landmark.
    expect(await page.$eval('main#noi-dung', (main) => main.querySelector('h1')?.textContent)).toContain(
      'Xếp hạng tỉnh',
    );
    // The next Tab goes on from the main content, not back to the top bar.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
    await page.screenshot({ path: join(ARTEFACTS, 'a11y-ranking-date-field-390.png') });
    await page.setViewportSize(WIDE);
  });

  for (const viewport of [WIDE, PHONE]) {
    it(`finds no axe violation on the ranking page at ${viewport.width} px, its tables in reachable boxes`, async () => {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(600);
      const label = `ranking ${viewport.width}`;
      expect((await checkAccessibility(page, label)).map(summariseViolation), label).toEqual([]);
      if (viewport === PHONE) {
        const box = await page.$eval('.table-scroll', (element) => ({
          tabIndex: element.getAttribute('tabindex'),
          role: element.getAttribute('role'),
          name: element.getAttribute('aria-labelledby') ?? element.getAttribute('aria-label'),
        }));
        expect(box.tabIndex).toBe('0');
        expect(box.role).toBe('region');
        expect(box.name).toBeTruthy();
      }
    });
  }

  it('moves the focus to the list of problems when the server refuses a report', async () => {
    await page.setViewportSize(WIDE);
    await page.goto(`${server.url}/bao-cao?province=12&date=2021-11-30`);
    await page.waitForSelector('[data-testid="report-value"][data-metric="dev_compulsory_si"]', { timeout: 30_000 });
    await page.fill('[data-testid="report-value"][data-metric="dev_compulsory_si"]', '12,5');
    await page.click('[data-testid="report-submit"]');
    await page.waitForSelector('[data-testid="report-problem"]', { timeout: 30_000 });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'import-problems', null, {
      timeout: 5_000,
    });
    expect((await focused()).testId).toBe('import-problems');
  });

  it('moves the focus to the result message once a report is stored', async () => {
    await page.fill('[data-testid="report-value"][data-metric="dev_compulsory_si"]', '1.000');
    await page.click('[data-testid="report-submit"]');
    await page.waitForSelector('[data-testid="report-result"]', { timeout: 30_000 });
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'report-result', null, {
      timeout: 5_000,
    });
    expect((await focused()).testId).toBe('report-result');
    await page.waitForFunction(() => !document.body.textContent?.includes('Đang tải chỉ tiêu'), null, {
      timeout: 30_000,
    });
    for (const viewport of [WIDE, PHONE]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(400);
      const label = `report ${viewport.width}`;
      expect((await checkAccessibility(page, label)).map(summariseViolation), label).toEqual([]);
    }
    await page.screenshot({ path: join(ARTEFACTS, 'a11y-report-sent-390.png'), fullPage: true });
  });

  for (const viewport of [WIDE, PHONE]) {
    it(`finds no axe violation on a province page at ${viewport.width} px`, async () => {
      await page.setViewportSize(viewport);
      if (viewport === WIDE) {
        await page.goto(`${server.url}/tinh/12?asOf=2021-11-30`);
        await page.waitForSelector('[data-testid="province-metric-row"]', { timeout: 30_000 });
        expect(await page.inputValue(DATE_FIELD)).toBe('30/11/2021');
      }
      await page.waitForTimeout(600);
      const label = `province ${viewport.width}`;
      expect((await checkAccessibility(page, label)).map(summariseViolation), label).toEqual([]);
    });
  }

  // "Tuân thủ": each section of the page, and a case page with its two forms (the data officer may record).
  const COMPLIANCE_SECTIONS: { path: string; ready: string; label: string }[] = [
    { path: '/tuan-thu?asOf=2023-12-31', ready: '[data-testid="funnel-row"]', label: 'compliance funnel' },
    {
      path: '/tuan-thu?asOf=2023-12-31&province=01&tab=cases',
      ready: '[data-testid="case-row"]',
      label: 'compliance cases',
    },
    {
      path: '/tuan-thu?asOf=2023-12-31&province=01&tab=queue',
      ready: '[data-testid="queue-table"], [data-testid="queue-empty"]',
      label: 'compliance work queue',
    },
    {
      path: '/tuan-thu?asOf=2023-12-31&province=01&tab=inspect',
      ready: '[data-testid="inspect-row"], [data-testid="inspect-empty"]',
      label: 'employers to inspect',
    },
    { path: '/tuan-thu?asOf=2023-12-31&tab=report', ready: '[data-testid="report08-row"]', label: 'report 08-KT' },
    {
      path: '/tuan-thu?asOf=2023-12-31&province=01&tab=offer',
      ready: '[data-testid="offer-value"]',
      label: 'compliance offer',
    },
  ];

  for (const { path, ready, label } of COMPLIANCE_SECTIONS) {
    it(`finds no axe violation on the ${label} at 1440 and 390 px`, async () => {
      await page.setViewportSize(WIDE);
      await page.goto(`${server.url}${path}`);
      await page.waitForSelector(ready, { timeout: 30_000 });
      for (const viewport of [WIDE, PHONE]) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(600);
        const name = `${label} ${viewport.width}`;
        expect((await checkAccessibility(page, name)).map(summariseViolation), name).toEqual([]);
      }
    });
  }

  it('finds no axe violation on a compliance case page with its forms, at 1440 and 390 px', async () => {
    const cases = await graphql<{ complianceCases: { edges: { node: { id: string } }[] } }>(
      server.url,
      'query { complianceCases(asOf: "2023-12-31", province: "01", open: true, first: 1) { edges { node { id } } } }',
    );
    const id = cases.data!.complianceCases.edges[0]!.node.id;
    await page.setViewportSize(WIDE);
    await page.goto(`${server.url}/tuan-thu/ho-so/${id}?asOf=2023-12-31`);
    await page.waitForSelector('[data-testid="record-step"]', { timeout: 30_000 });
    // With a problem shown beside a field, as a user meets it.
    await page.fill('[data-testid="record-step-date"]', '31/02/2023');
    await page.click('[data-testid="record-step-submit"]');
    await page.waitForSelector('[data-testid="record-step-date-issue"]');
    for (const viewport of [WIDE, PHONE]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(600);
      const name = `compliance case ${viewport.width}`;
      expect((await checkAccessibility(page, name)).map(summariseViolation), name).toEqual([]);
      await page.screenshot({ path: join(ARTEFACTS, `a11y-compliance-case-${viewport.width}.png`), fullPage: true });
    }
    await page.setViewportSize(WIDE);
  });

  it('finds no axe violation on the compliance import tab with the problems of an empty form, at 1440 and 390 px', async () => {
    await page.setViewportSize(WIDE);
    await page.goto(`${server.url}/tuan-thu?tab=import`);
    await page.waitForSelector('[data-testid="list-import"]', { timeout: 30_000 });
    // Sent without a file or a date: what is missing is said beside each field, tied to it.
    await page.click('[data-testid="list-import-submit"]');
    await page.waitForSelector('[data-testid="list-import-received-issue"]');
    expect(await page.getAttribute('[data-testid="list-import-received"]', 'aria-invalid')).toBe('true');
    const issueId = await page.getAttribute('[data-testid="list-import-files-issue"]', 'id');
    expect((await page.getAttribute('[data-testid="list-import-files"]', 'aria-describedby'))?.split(' ')).toContain(
      issueId,
    );
    for (const viewport of [WIDE, PHONE]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(600);
      const name = `compliance import ${viewport.width}`;
      expect((await checkAccessibility(page, name)).map(summariseViolation), name).toEqual([]);
      await page.screenshot({ path: join(ARTEFACTS, `a11y-compliance-import-${viewport.width}.png`), fullPage: true });
    }
    await page.setViewportSize(WIDE);
  });
});
