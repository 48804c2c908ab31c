import { drawCharts } from '../support/browser-session';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, bearer, launchChromium } from '../support/chromium';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// A province's report typed into "Nhập báo cáo" moves it on "Xếp hạng tỉnh"; its own page draws each metric's
// cumulative actual against the cumulative target. The sample actuals: Lai Châu (12) stops after 15 October.
const PLAN = '2800-KH-BHXH-2021';
const RANKING = '/xep-hang?metric=dev_voluntary_si&asOf=2021-11-30';

describe('reports, rank movement and the province page in the browser', () => {
  const temp = tempDir('scorecard-e2e-actuals-');
  let server: RunningServer;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'e2e.duckdb') });
    chromium = await launchChromium();
    browser = chromium.browser;
    page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      locale: 'vi-VN',
      extraHTTPHeaders: bearer(server),
    });
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    temp.remove();
  });

  const rankingRows = () =>
    page.$$eval('[data-testid="ranking-row"]', (rows) =>
      rows.map((row) => ({ code: row.getAttribute('data-province-code'), rank: row.getAttribute('data-rank') })),
    );
  const notReported = () =>
    page.$$eval('[data-testid="not-reported-province"]', (items) =>
      items.map((item) => ({
        code: item.getAttribute('data-province-code'),
        status: item.getAttribute('data-status'),
      })),
    );
  const openRanking = async () => {
    await page.goto(`${server.url}${RANKING}`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ranking-row"]').length === 63, null, {
      timeout: 30_000,
    });
    await page.waitForSelector('[data-testid="not-reported-province"], .not-reported__none', { timeout: 30_000 });
  };

  it('lists the province that stopped reporting and shows rank-change arrows', async () => {
    await openRanking();
    expect(await notReported()).toContainEqual({ code: '12', status: 'NOT_REPORTED' });
    expect(await page.textContent('[data-testid="not-reported-panel"]')).toContain('Lai Châu');
    // Arrows where the API says the rank moved since the previous report date.
    const api = await graphql<{ ranking: { province: { code: string }; rankChange: number | null }[] }>(
      server.url,
      `{ ranking(planId: "${PLAN}", metric: "dev_voluntary_si", asOf: "2021-11-30") { province { code } rankChange } }`,
    );
    const moved = api.data!.ranking.filter((row) => row.rankChange !== null && row.rankChange !== 0);
    expect(moved.length).toBeGreaterThan(0);
    const first = moved[0]!;
    const arrow = await page.textContent(
      `[data-testid="ranking-row"][data-province-code="${first.province.code}"] [data-testid="rank-change"]`,
    );
    expect(arrow).toContain(String(Math.abs(first.rankChange!)));
    expect(arrow).toContain(first.rankChange! > 0 ? '▲' : '▼');
    const laiChau = (await rankingRows()).find((row) => row.code === '12')!;
    expect(Number(laiChau.rank)).toBeGreaterThan(1);
    await page.screenshot({ path: join(ARTEFACTS, 'ranking-not-reported.png'), fullPage: true });
  });

  it('refuses a report the server finds wrong, naming the metric, and stores nothing', async () => {
    await page.goto(`${server.url}/bao-cao?province=12&date=2021-11-30`);
    await page.waitForSelector('[data-testid="report-value"][data-metric="dev_compulsory_si"]', { timeout: 30_000 });
    await page.fill('[data-testid="report-value"][data-metric="dev_compulsory_si"]', '12,5');
    await page.click('[data-testid="report-submit"]');
    await page.waitForSelector('[data-testid="report-problem"]', { timeout: 30_000 });
    expect(
      await page.$$eval('[data-testid="report-problem"]', (rows) => rows.map((row) => row.getAttribute('data-kind'))),
    ).toEqual(['NOT_A_WHOLE_NUMBER']);
    expect(await page.textContent('[data-testid="report-problem"]')).toContain('dev_compulsory_si');
    const history = await graphql<{ actualHistory: { points: { reportDate: string; actual: number | null }[] } }>(
      server.url,
      `{ actualHistory(planId: "${PLAN}", province: "12", metric: "dev_compulsory_si") { points { reportDate actual } } }`,
    );
    expect(history.data!.actualHistory.points.find((p) => p.reportDate === '2021-11-30')!.actual).toBeNull();
  });

  it('stores a report typed into the form, and the ranking page then shows it', async () => {
    await page.fill('[data-testid="report-value"][data-metric="dev_compulsory_si"]', '1.000');
    // Far above Lai Châu's 5.191 quota to date: first place.
    await page.fill('[data-testid="report-value"][data-metric="dev_voluntary_si"]', '10.000');
    await page.click('[data-testid="report-submit"]');
    await page.waitForSelector('[data-testid="report-result"]', { timeout: 30_000 });
    expect(
      await page.$$eval('[data-testid="report-sent-value"]', (rows) =>
        rows.map((row) => row.getAttribute('data-metric')),
      ),
    ).toEqual(['dev_compulsory_si', 'dev_voluntary_si']);
    // The form reloads the figures beside its boxes after a stored report; picture it once they are back.
    await page.waitForFunction(() => !document.body.textContent?.includes('Đang tải chỉ tiêu'), null, {
      timeout: 30_000,
    });
    await page.screenshot({ path: join(ARTEFACTS, 'report-form-stored.png'), fullPage: true });

    await openRanking();
    const rows = await rankingRows();
    expect(rows[0]).toEqual({ code: '12', rank: '1' });
    // Two metrics of seven: no longer "not reported", but a partial report, sent late.
    expect((await notReported()).find((item) => item.code === '12')).toEqual({ code: '12', status: 'PARTIAL' });
    const history = await graphql<{
      actualHistory: { points: { reportDate: string; actual: number | null; revisions: { source: string }[] }[] };
    }>(
      server.url,
      `{ actualHistory(planId: "${PLAN}", province: "12", metric: "dev_voluntary_si") { points { reportDate actual revisions { source } } } }`,
    );
    const point = history.data!.actualHistory.points.find((p) => p.reportDate === '2021-11-30')!;
    expect(point.actual).toBe(10_000);
    // The sender is who the server knows the caller to be (here a data officer's script token), never a typed name.
    const tokenId = server.tokens['data-officer']!.split('_')[1];
    expect(point.revisions.map((r) => r.source)).toEqual([`form:token:${tokenId}`]);
  });

  it("draws a province's cumulative actual against its cumulative target for every metric", async () => {
    await page.click('[data-testid="ranking-row"][data-province-code="12"] a');
    await page.waitForSelector('[data-testid="province-page"]', { timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe('/tinh/12');
    await page.waitForSelector('[data-testid="province-history-chart"] [data-echart]', { timeout: 30_000 });
    await drawCharts(page, '[data-testid="province-history-chart"] [data-echart]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="province-history-chart"] canvas').length === 7,
      null,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(500);
    expect(await page.textContent('h1')).toContain('Lai Châu');
    expect(await page.$$eval('[data-testid="province-metric-row"]', (rows) => rows.length)).toBe(7);
    const painted = await page.$$eval('[data-testid="province-history-chart"] canvas', (canvases) =>
      canvases.map((canvas) => {
        const c = canvas as HTMLCanvasElement;
        const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let count = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i + 2]! > data[i]! + 40) count += 1;
        return count;
      }),
    );
    expect(painted.every((count) => count > 200)).toBe(true);
    const voluntary = await page.textContent('[data-testid="province-metric-row"][data-metric="dev_voluntary_si"]');
    expect(voluntary).toContain('10.000');
    await page.screenshot({ path: join(ARTEFACTS, 'province-page.png'), fullPage: true });
  });
});
