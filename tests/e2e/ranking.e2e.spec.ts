import { drawCharts } from '../support/browser-session';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, bearer, launchChromium } from '../support/chromium';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// The built app in Debian's Chromium against the real server on a fresh DuckDB file with the sample actuals.
describe('Xếp hạng tỉnh in the browser', () => {
  const temp = tempDir('scorecard-e2e-');
  let server: RunningServer;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  let page: Page;
  const requestsOffHost: string[] = [];

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'e2e.duckdb') });
    chromium = await launchChromium();
    browser = chromium.browser;
    page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      extraHTTPHeaders: bearer(server),
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:'))
        requestsOffHost.push(request.url());
    });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    temp.remove();
  });

  const rowCodes = () =>
    page.$$eval('[data-testid="ranking-row"]', (rows) =>
      rows.map((row) => row.getAttribute('data-province-code') ?? ''),
    );
  const rowRanks = () =>
    page.$$eval('[data-testid="ranking-row"]', (rows) => rows.map((row) => row.getAttribute('data-rank') ?? ''));

  /** Non-background pixels the chart's canvas painted. */
  const paintedPixels = () =>
    page.$eval('[data-testid="ranking-chart"] canvas', (canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3]! > 0 && (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235)) painted += 1;
      return painted;
    });

  it('shows the 63 provinces ranked, a painted chart and the synthetic-data banner', async () => {
    // The ranking has its own path since the overview became the landing page.
    await page.goto(`${server.url}/xep-hang`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ranking-row"]').length === 63, null, {
      timeout: 30_000,
    });
    await page.waitForSelector('[data-testid="ranking-chart"]', { timeout: 30_000 });
    await drawCharts(page, '[data-testid="ranking-chart"]');
    await page.waitForFunction(() => document.fonts.status === 'loaded');
    await page.waitForTimeout(500);

    const ranks = (await rowRanks()).map(Number);
    expect(ranks[0]).toBe(1);
    expect(ranks.every((rank, i) => i === 0 || rank >= ranks[i - 1]!)).toBe(true);
    expect(await page.textContent('h1')).toContain('Xếp hạng tỉnh');
    expect(await page.isVisible('[data-testid="synthetic-banner"]')).toBe(true);
    expect(await paintedPixels()).toBeGreaterThan(20_000);

    // The page shows exactly the ranking the API gives for its default metric and date.
    const metric = await page.$eval('[data-testid="metric-picker"]', (select) => (select as HTMLSelectElement).value);
    const api = await graphql<{ ranking: { province: { code: string } }[] }>(
      server.url,
      `{ ranking(planId: "2800-KH-BHXH-2021", metric: "${metric}") { province { code } } }`,
    );
    expect(await rowCodes()).toEqual(api.data!.ranking.map((row) => row.province.code));

    // Vietnamese diacritics come from the bundled Be Vietnam Pro, and numbers are vi-VN.
    expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Đắk Lắk'))).toBe(true);
    const firstRow = await page.textContent('[data-testid="ranking-row"]');
    expect(firstRow).toMatch(/\d{1,3}(\.\d{3})+/);
    expect(firstRow).toMatch(/\d+,\d%/);
    await page.screenshot({ path: join(ARTEFACTS, 'ranking-page.png'), fullPage: true });
  });

  it('re-ranks when the metric changes', async () => {
    const before = await rowCodes();
    const current = await page.$eval('[data-testid="metric-picker"]', (select) => (select as HTMLSelectElement).value);
    const next = current === 'revenue' ? 'dev_voluntary_si' : 'revenue';
    await page.selectOption('[data-testid="metric-picker"]', next);
    await page.waitForFunction(
      (previous) => {
        const codes = [...document.querySelectorAll('[data-testid="ranking-row"]')].map((row) =>
          row.getAttribute('data-province-code'),
        );
        return codes.length === 63 && codes.join() !== previous;
      },
      before.join(),
      { timeout: 30_000 },
    );
    const api = await graphql<{ ranking: { province: { code: string } }[] }>(
      server.url,
      `{ ranking(planId: "2800-KH-BHXH-2021", metric: "${next}") { province { code } } }`,
    );
    expect(await rowCodes()).toEqual(api.data!.ranking.map((row) => row.province.code));
    expect(page.url()).toContain(`metric=${next}`);
    await page.waitForTimeout(500);
    expect(await paintedPixels()).toBeGreaterThan(20_000);
    await page.screenshot({ path: join(ARTEFACTS, 'ranking-page-revenue.png'), fullPage: false });
  });

  it('sends no request off the host', () => {
    expect(requestsOffHost).toEqual([]);
  });
});
