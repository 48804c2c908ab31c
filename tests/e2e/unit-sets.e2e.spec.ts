import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAtBothWidths,
  drawCharts,
  startBrowserSession,
  watchRequestsOffHost,
  type BrowserSession,
} from '../support/browser-session';
import { graphql } from '../support/scorecard-server';

// Issue 10 in the browser: the overview, the ranking and a province's page on the 63 provinces of 2004–June 2025 or
// on the 34 units from 1 July 2025, as headquarters leadership; the built app in Debian's Chromium against the real
// server on a fresh DuckDB file with the sample data. The tests run in order on one page.
const PLAN_2021 = '2800-KH-BHXH-2021';
const PLAN_2026 = 'KH-2026-34-MAU';
// Tuyên Quang (08) of the 34: Hà Giang (02) and Tuyên Quang (08) of the 63 (data/reference/merge_2025.csv).
const TUYEN_QUANG = '08';
const PREDECESSORS = ['02', '08'];

describe('the 63 and the 34 provinces in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let requestsOffHost: string[] = [];

  beforeAll(async () => {
    session = await startBrowserSession({ name: 'unit-sets-e2e', tokens: ['leadership'] });
    page = await session.openPage({ as: 'leadership' });
    requestsOffHost = watchRequestsOffHost(page, session.server.url);
  });

  afterAll(async () => {
    await session?.close();
  });

  const matrixRows = () => page.$$eval('[data-testid="overview-matrix-row"]', (rows) => rows.length);

  /** Waits for the matrix with `rows` rows, the map of `unitSet` drawn, and the fonts. */
  async function waitForOverview(rows: number, unitSet: string): Promise<void> {
    await page.waitForFunction(
      (count) =>
        document.querySelectorAll('[data-testid="overview-matrix-row"]').length === count &&
        !document.querySelector('.dashboard--stale'),
      rows,
      { timeout: 60_000 },
    );
    await page.waitForSelector(`[data-testid="overview-map"][data-unit-set="${unitSet}"] [data-echart]`, {
      timeout: 30_000,
    });
    await drawCharts(page, '[data-testid="overview-map"] [data-echart]');
    await page.waitForSelector('[data-testid="overview-map"] [data-geo-to-pixel]', { timeout: 30_000 });
    await page.waitForFunction(() => document.fonts.status === 'loaded');
    await page.waitForTimeout(300);
  }

  /** No sideways scroll and no axe violation at 1440 and at 390 px, with a screenshot of each. */
  const checkBothWidths = (name: string) => checkAtBothWidths(page, name);

  it('opens the overview on the 63 provinces of the 2021 plan, the switch on the 63', async () => {
    await page.goto(`${session.server.url}/?plan=${PLAN_2021}`);
    await waitForOverview(63, 'vn63-2004');
    expect(await matrixRows()).toBe(63);
    expect(await page.isChecked('[data-testid="unit-set-VN63"]')).toBe(true);
    expect(await page.textContent('[data-testid="unit-set-field"]')).toContain('63 tỉnh, thành phố (trước 01/7/2025)');
    expect(await page.textContent('[data-testid="unit-set-field"]')).toContain('34 tỉnh, thành phố (từ 01/7/2025)');
    expect(new URL(page.url()).searchParams.get('units')).toBeNull();
    // The made-up 2026 plan is marked where plans are chosen.
    const options = await page.$$eval('[data-testid="overview-plan-picker"] option', (elements) =>
      elements.map((option) => option.textContent ?? ''),
    );
    expect(options).toHaveLength(2);
    expect(options[0]).not.toContain('dữ liệu mẫu');
    expect(options[1]).toContain('(dữ liệu mẫu)');
  });

  it('switches to the 34: the map of 2025, 34 rows, the counts say 34, the address keeps the choice', async () => {
    await page.check('[data-testid="unit-set-VN34"]');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('units') === '34');
    await waitForOverview(34, 'vn34-2025');
    expect(await matrixRows()).toBe(34);
    expect(await page.getAttribute('[data-testid="overview-map"]', 'data-unit-set')).toBe('vn34-2025');
    expect(await page.textContent('#overview-matrix-title')).toBe('Bảng tổng hợp 34 tỉnh, thành phố');
    expect(await page.getAttribute('[data-testid="overview-map"] [data-echart]', 'aria-label')).toContain(
      '34 tỉnh, thành phố',
    );
    expect(await page.textContent('[data-testid="unit-set-note"]')).toContain('tổng của các tỉnh');

    // The rows are the 34 units as the API gives them, in code order.
    const api = await graphql<{ provinces: { code: string }[] }>(
      session.server.url,
      '{ provinces(unitSet: VN34) { code } }',
      {},
      { token: session.server.tokens['leadership']! },
    );
    const codes = await page.$$eval('[data-testid="overview-matrix-row"]', (rows) =>
      rows.map((row) => row.getAttribute('data-province-code')),
    );
    expect([...codes].sort()).toEqual(api.data!.provinces.map((p) => p.code).sort());

    // A reload shows the same view.
    await page.reload();
    await waitForOverview(34, 'vn34-2025');
    expect(await page.isChecked('[data-testid="unit-set-VN34"]')).toBe(true);
    await checkBothWidths('unit-sets-overview-34');
  });

  it('opens a unit of the 34 from the matrix, ranked among 34, with the provinces it was formed from', async () => {
    const link = `[data-testid="overview-matrix-row"][data-province-code="${TUYEN_QUANG}"] [data-testid="overview-province-link"]`;
    expect(new URL((await page.getAttribute(link, 'href'))!, session.server.url).searchParams.get('units')).toBe('34');
    await page.click(link);
    await page.waitForSelector(
      `[data-testid="province-page"][data-province-code="${TUYEN_QUANG}"][data-unit-set="VN34"]`,
    );
    await page.waitForSelector('[data-testid="province-metric-row"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="province-predecessor-table"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="province-composite-rank"]', { timeout: 30_000 });

    const ranks = await page.$$eval('[data-testid="province-metric-row"] .ranking-table__rank', (cells) =>
      cells.map((cell) => cell.textContent ?? ''),
    );
    expect(ranks.some((rank) => rank.endsWith('/34'))).toBe(true);
    expect(ranks.every((rank) => rank === '—' || rank.endsWith('/34'))).toBe(true);
    expect(await page.textContent('[data-testid="province-composite-rank"]')).toMatch(/\/34$/);

    const section = await page.textContent('[data-testid="province-predecessors"]');
    expect(section).toContain('Trước sắp xếp (63 tỉnh, thành phố)');
    expect(section).toContain('Hà Giang (02)');
    const predecessors = await page.$$eval('[data-testid="province-predecessor"]', (items) =>
      items.map((item) => ({
        code: item.getAttribute('data-province-code'),
        href: item.querySelector('a')?.getAttribute('href') ?? '',
      })),
    );
    const asOf = new URL(page.url()).searchParams.get('asOf');
    expect(predecessors.map((p) => p.code)).toEqual(PREDECESSORS);
    expect(predecessors.map((p) => p.href)).toEqual(PREDECESSORS.map((code) => `/tinh/${code}?asOf=${asOf}`));
    // Each predecessor's figures on the same plan and date, ranked among the 63.
    expect(await page.textContent('[data-testid="province-predecessor-table"]')).toMatch(/hạng \d+\/63/);
    await drawCharts(page);
    await checkBothWidths('unit-sets-province-34');
  });

  it('opens a predecessor’s own page on the 63', async () => {
    await page.click('[data-testid="province-predecessor"][data-province-code="02"] a');
    await page.waitForSelector('[data-testid="province-page"][data-province-code="02"][data-unit-set="VN63"]');
    await page.waitForSelector('[data-testid="province-metric-row"]', { timeout: 30_000 });
    expect(await page.textContent('h1')).toBe('Hà Giang');
    expect(await page.$$('[data-testid="province-predecessors"]')).toHaveLength(0);
    const ranks = await page.$$eval('[data-testid="province-metric-row"] .ranking-table__rank', (cells) =>
      cells.map((cell) => cell.textContent ?? ''),
    );
    expect(ranks.some((rank) => rank.endsWith('/63'))).toBe(true);
  });

  it('ranks the 34 on the ranking page, with the switch in the address', async () => {
    await page.goto(`${session.server.url}/xep-hang?units=34`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ranking-row"]').length === 34, null, {
      timeout: 30_000,
    });
    expect(await page.isChecked('[data-testid="unit-set-VN34"]')).toBe(true);
    expect(await page.getAttribute('[data-testid="ranking-unit-count"]', 'data-unit-count')).toBe('34');
    await drawCharts(page);
    await checkBothWidths('unit-sets-ranking-34');
  });

  it('shows the 2026 plan on the 34 only: 34 rows, the set fixed with its reason', async () => {
    await page.goto(`${session.server.url}/?plan=${PLAN_2026}`);
    await waitForOverview(34, 'vn34-2025');
    expect(await matrixRows()).toBe(34);
    expect(await page.$$('[data-testid="unit-set-VN63"]')).toHaveLength(0);
    expect(await page.getAttribute('[data-testid="unit-set-fixed"]', 'data-unit-set')).toBe('VN34');
    expect(await page.textContent('[data-testid="unit-set-note"]')).toContain('chỉ xem được theo 34');
    expect(await page.textContent('[data-testid="plan-sample"]')).toBe('Dữ liệu mẫu');
    // Its units open on the same plan.
    const href = await page.getAttribute(
      `[data-testid="overview-matrix-row"][data-province-code="${TUYEN_QUANG}"] [data-testid="overview-province-link"]`,
      'href',
    );
    const url = new URL(href!, session.server.url);
    expect(url.searchParams.get('plan')).toBe(PLAN_2026);
    expect(url.searchParams.get('units')).toBeNull();
    await checkBothWidths('unit-sets-overview-2026');
  });

  it('opens a unit of the 2026 plan: ranked among 34, its predecessors listed without figures of their own', async () => {
    await page.click(
      `[data-testid="overview-matrix-row"][data-province-code="${TUYEN_QUANG}"] [data-testid="overview-province-link"]`,
    );
    await page.waitForSelector(
      `[data-testid="province-page"][data-province-code="${TUYEN_QUANG}"][data-unit-set="VN34"]`,
    );
    await page.waitForSelector('[data-testid="province-metric-row"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="province-predecessors-plan-on-34"]');
    const ranks = await page.$$eval('[data-testid="province-metric-row"] .ranking-table__rank', (cells) =>
      cells.map((cell) => cell.textContent ?? ''),
    );
    expect(ranks.some((rank) => rank.endsWith('/34'))).toBe(true);
    expect(
      await page.$$eval('[data-testid="province-predecessor"] a', (links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(PREDECESSORS.map((code) => `/tinh/${code}`));
    await drawCharts(page);
    await checkBothWidths('unit-sets-province-2026');
  });

  it('sends no request off the host', () => {
    expect(requestsOffHost).toEqual([]);
  });
});
