import { drawCharts } from '../support/browser-session';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, summariseViolation } from '../support/axe';
import { ARTEFACTS, bearer, launchChromium } from '../support/chromium';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// The overview (Tổng quan), the landing page, in Debian's Chromium against the built server on a fresh DuckDB file
// with the sample data, as headquarters leadership. The tests run in order on one page.
const PLAN = '2800-KH-BHXH-2021';
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const LAI_CHAU = '12';
// Buôn Ma Thuột, in the middle of Đắk Lắk (66): a point well inside the province to click on the map.
const BUON_MA_THUOT = { lon: 108.04, lat: 12.67, code: '66' };

const percent = (ratio: number, digits = 1) =>
  new Intl.NumberFormat('vi-VN', {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratio);

type Box = { left: number; top: number; right: number; bottom: number };

describe('Tổng quan in the browser', () => {
  const temp = tempDir('scorecard-overview-e2e-');
  let server: RunningServer;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  let page: Page;
  const requestsOffHost: string[] = [];
  const scripts: string[] = [];
  let asOf = '';

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'overview.duckdb'), tokens: ['leadership'] });
    chromium = await launchChromium();
    browser = chromium.browser;
    page = await browser.newPage({ viewport: WIDE, locale: 'vi-VN', extraHTTPHeaders: bearer(server) });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server.url) && !url.startsWith('data:')) requestsOffHost.push(url);
      if (request.resourceType() === 'script') scripts.push(new URL(url).pathname);
    });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    temp.remove();
  });

  /** Waits for the figures, the late-payment card, the drawn map and the fonts. */
  async function waitForOverview(target: Page = page): Promise<void> {
    await target.waitForFunction(
      () => document.querySelectorAll('[data-testid="overview-matrix-row"]').length === 63,
      null,
      { timeout: 60_000 },
    );
    await target.waitForSelector('[data-testid="overview-late-payment-ratio"]', { timeout: 30_000 });
    await target.waitForSelector('[data-testid="overview-map"] [data-echart]', { timeout: 30_000 });
    await drawCharts(target, '[data-testid="overview-map"] [data-echart]');
    await target.waitForSelector('[data-testid="overview-map"] [data-geo-to-pixel]', { timeout: 30_000 });
    await target.waitForFunction(() => document.fonts.status === 'loaded');
    await target.waitForTimeout(300);
  }

  /** Pairs of elements whose boxes overlap (by more than half a pixel), as "i×j". */
  const overlapping = (selector: string) =>
    page.$$eval(selector, (elements) => {
      const boxes = elements
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0);
      const pairs: string[] = [];
      boxes.forEach((a, i) =>
        boxes.forEach((b, j) => {
          if (j <= i) return;
          const apart =
            a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
          if (!apart) pairs.push(`${i}×${j}`);
        }),
      );
      return pairs;
    });

  const boxOf = (selector: string) =>
    page.$eval(selector, (element): Box => {
      const { left, top, right, bottom } = element.getBoundingClientRect();
      return { left, top, right, bottom };
    });

  it('opens on the overview: a card per metric and for late payment, each band in words, the 63 provinces', async () => {
    await page.goto(server.url);
    await waitForOverview();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.textContent('h1')).toBe('Tổng quan');
    expect(await page.getAttribute('[data-testid="nav-overview"]', 'aria-current')).toBe('page');
    expect(await page.isVisible('[data-testid="synthetic-banner"]')).toBe(true);
    asOf = new URL(page.url()).searchParams.get('asOf') ?? '';
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const api = await graphql<{
      metrics: { key: string }[];
      first: { figure: number; band: string; bandLabel: string }[];
    }>(
      server.url,
      `query($asOf: LocalDate) { metrics { key }
        first: nationalAttainmentHistory(planId: "${PLAN}", metric: "dev_compulsory_si", asOf: $asOf) {
          figure band bandLabel } }`,
      { asOf },
    );
    const metrics = api.data!.metrics.map((m) => m.key);
    const cards = await page.$$eval('[data-testid="overview-metric-card"]', (elements) =>
      elements.map((e) => ({
        metric: e.getAttribute('data-metric'),
        band: e.getAttribute('data-band'),
        text: e.textContent ?? '',
      })),
    );
    expect(cards.map((c) => c.metric)).toEqual(metrics);
    // The national figure of the API at asOf, in vi-VN, with its band named in words.
    const national = api.data!.first.at(-1)!;
    expect(cards[0]!.text).toContain(percent(national.figure));
    expect(cards[0]!.text).toContain('chỉ tiêu đến ngày');
    expect(cards[0]!.band).toBe(national.band);
    expect(cards[0]!.text).toContain(national.bandLabel);
    for (const card of cards) expect(card.text).toMatch(/Đạt|Cần chú ý|Chậm/);
    expect(await page.$$('[data-testid="overview-sparkline"][aria-label*="Diễn biến"]')).toHaveLength(metrics.length);

    const late = await page.textContent('[data-testid="overview-late-payment-card"]');
    expect(late).toContain('2,91');
    expect(late).toContain('3,37');
    expect(late).toMatch(/\d,\d\d%/);
    expect(await page.textContent('[data-testid="overview-late-payment-band"]')).toMatch(/Đạt|Cần chú ý|Chậm/);

    // Lai Châu stopped reporting after 15/10: its figures are marked with their date, and it is listed.
    const laiChau = await page.textContent(`[data-testid="overview-matrix-row"][data-province-code="${LAI_CHAU}"]`);
    expect(laiChau).toContain('số liệu ngày 15/10');
    expect(
      await page.$$(`[data-testid="overview-not-reported-province"][data-province-code="${LAI_CHAU}"]`),
    ).toHaveLength(1);
    expect(await page.textContent('[data-testid="overview-map-credit"]')).toContain('Open Database License (ODbL)');
    await page.screenshot({ path: join(ARTEFACTS, 'overview-1440.png'), fullPage: true });
  });

  it('counts the reports waiting for approval as the API does, with a link to approve them', async () => {
    const api = await graphql<{ reportSubmissions: { totalCount: number } }>(
      server.url,
      `{ reportSubmissions(planId: "${PLAN}", state: PENDING, first: 1) { totalCount } }`,
    );
    expect(await page.textContent('[data-testid="overview-pending-count"]')).toContain(
      `${api.data!.reportSubmissions.totalCount} báo cáo`,
    );
    expect(await page.getAttribute('[data-testid="overview-pending-link"]', 'href')).toBe('/duyet-bao-cao');
  });

  for (const viewport of [WIDE, PHONE]) {
    it(`has no sideways scroll and nothing overlapping at ${viewport.width}×${viewport.height}`, async () => {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(600);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        clientWidth: document.scrollingElement!.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

      expect(await overlapping('[data-testid="overview-cards"] > article')).toEqual([]);
      expect(await overlapping('.ov-card__title')).toEqual([]);
      expect(await overlapping('.ov-matrix__table thead th')).toEqual([]);
      // The chart boxes (the map, the sparklines) and the cards do not cover one another, and the map fits the window.
      expect(
        await overlapping(
          '[data-testid="overview-map"], [data-testid="overview-sparkline"], [data-testid="overview-lists"]',
        ),
      ).toEqual([]);
      const map = await boxOf('[data-testid="overview-map"]');
      expect(map.left).toBeGreaterThanOrEqual(0);
      expect(map.right).toBeLessThanOrEqual(viewport.width);
      // The matrix scrolls inside its own box, which the keyboard can reach.
      const box = await boxOf('[data-testid="overview-matrix-box"]');
      expect(box.right).toBeLessThanOrEqual(viewport.width);
      expect(await page.getAttribute('[data-testid="overview-matrix-box"]', 'tabindex')).toBe('0');
      expect(await page.getAttribute('[data-testid="overview-matrix-box"]', 'aria-label')).toBeTruthy();

      const violations = await checkAccessibility(page, `overview ${viewport.width}`);
      expect(violations.map(summariseViolation)).toEqual([]);
      await page.screenshot({ path: join(ARTEFACTS, `overview-${viewport.width}.png`), fullPage: true });
    });
  }

  it('keeps every label apart and nothing wider than the window at every width from 360 to 1920 px', async () => {
    for (const width of [360, 480, 768, 1024, 1280, 1600, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(400);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        clientWidth: document.scrollingElement!.clientWidth,
      }));
      expect(scrollWidth, `${width} px`).toBeLessThanOrEqual(clientWidth);
      for (const selector of [
        '.top-nav__brand, .top-nav__link, .language-switch, .user-menu__button',
        '.ov-card__title',
        '.ov-matrix__table thead th',
        '.ov-legend__item',
        '.page-header h1, .page-header dd',
      ])
        expect(await overlapping(selector), `${selector} at ${width} px`).toEqual([]);
    }
    await page.setViewportSize(WIDE);
  });

  it('finds Hà Nội in the matrix from "ha noi" typed without diacritics', async () => {
    await page.setViewportSize(WIDE);
    await page.fill('[data-testid="overview-search"]', 'ha noi');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="overview-matrix-row"]').length === 1);
    expect(await page.getAttribute('[data-testid="overview-matrix-row"]', 'data-province-code')).toBe('01');
    await page.fill('[data-testid="overview-search"]', '');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="overview-matrix-row"]').length === 63);
  });

  it('sorts by a column from its header button and says so with aria-sort', async () => {
    const header = '[data-testid="overview-sort"][data-column="late_payment"]';
    await page.click(header);
    expect(await page.$eval(header, (button) => button.closest('th')!.getAttribute('aria-sort'))).toBe('ascending');
    const ratios = await page.$$eval('[data-testid="overview-matrix-row"] td[data-column="late_payment"]', (cells) =>
      cells.map((cell) => {
        const match = /(\d+),(\d+)%/.exec(cell.textContent ?? '');
        return match ? Number(`${match[1]}.${match[2]}`) : Infinity;
      }),
    );
    expect(ratios).toEqual([...ratios].sort((a, b) => a - b));
    await page.click(header);
    expect(await page.$eval(header, (button) => button.closest('th')!.getAttribute('aria-sort'))).toBe('descending');
  });

  it('groups the provinces by region, each region with its own figures and rank', async () => {
    const api = await graphql<{ provinces: { region: string }[] }>(server.url, '{ provinces { region } }');
    const regions = new Set(api.data!.provinces.map((p) => p.region));
    await page.click('[data-testid="overview-group-by-region"]');
    await page.waitForSelector('[data-testid="overview-region-row"]');
    const rows = await page.$$eval('[data-testid="overview-region-row"]', (elements) =>
      elements.map((row) => ({
        region: row.getAttribute('data-region'),
        rank: Number(row.querySelector('td[data-column="composite"]')?.getAttribute('data-region-rank')),
      })),
    );
    expect(new Set(rows.map((r) => r.region))).toEqual(regions);
    // Competition ranks among the regions: the first is 1, none above the number of regions.
    expect(Math.min(...rows.map((r) => r.rank))).toBe(1);
    expect(Math.max(...rows.map((r) => r.rank))).toBeLessThanOrEqual(regions.size);
    expect(await page.$$('[data-testid="overview-matrix-row"]')).toHaveLength(63);
    await page.screenshot({ path: join(ARTEFACTS, 'overview-regions.png'), fullPage: true });
    await page.click('[data-testid="overview-group-by-region"]');
  });

  it('moves the focus to the matrix from the map’s "Xem dạng bảng"', async () => {
    await page.click('[data-testid="overview-map-table-link"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('overview-matrix-box');
  });

  it('is one stop of the Tab key, the arrow keys moving between its cells and Enter opening one', async () => {
    expect(await page.$$('.ov-matrix__table a[tabindex="0"]')).toHaveLength(1);
    await page.focus('.ov-matrix__table a[tabindex="0"]');
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        return { r: element.dataset['r'], c: element.dataset['c'], href: element.getAttribute('href') };
      });
    expect(await focused()).toMatchObject({ r: '0', c: '0' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const cell = await focused();
    expect(cell).toMatchObject({ r: '1', c: '1' });
    expect(await page.$$('.ov-matrix__table a[tabindex="0"]')).toHaveLength(1);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="province-page"]');
    expect(`${new URL(page.url()).pathname}${new URL(page.url()).search}`).toBe(cell.href);
    expect(new URL(page.url()).searchParams.get('metric')).toBe('dev_compulsory_si');
    await page.goBack();
    await waitForOverview();
  });

  it('opens a province’s page at the metric and date of the matrix cell clicked', async () => {
    await page.click('[data-testid="overview-matrix-row"][data-province-code="01"] td[data-column="revenue"] a');
    await page.waitForSelector('[data-testid="province-page"][data-province-code="01"]');
    const url = new URL(page.url());
    expect(url.pathname).toBe('/tinh/01');
    expect(url.searchParams.get('metric')).toBe('revenue');
    expect(url.searchParams.get('asOf')).toBe(asOf);
    // The province page puts that metric's chart first.
    await page.waitForSelector('[data-testid="province-history-chart"]', { timeout: 30_000 });
    expect(await page.getAttribute('[data-testid="province-history-chart"]', 'data-metric')).toBe('revenue');
    expect(await page.getAttribute('[data-testid="province-history-chart"]', 'data-chosen')).toBe('true');
    await page.goBack();
    await waitForOverview();
  });

  it('shows on province 01’s page its composite rank and late-payment ratio as the API gives them', async () => {
    type Ranking = { compositeRanking: { provinces: { province: { code: string }; rank: number | null }[] } };
    type Late = { latePayment: { asOf: string; provinces: { province: { code: string }; ratio: number | null }[] } };
    const composite = await graphql<Ranking>(
      server.url,
      'query($planId: String!, $asOf: LocalDate) { compositeRanking(planId: $planId, asOf: $asOf) { provinces { province { code } rank } } }',
      { planId: PLAN, asOf },
    );
    const lateQuery =
      'query($asOf: LocalDate) { latePayment(asOf: $asOf) { asOf provinces { province { code } ratio } } }';
    let late = await graphql<Late>(server.url, lateQuery, { asOf });
    // The ledger may not cover the plan's date: the page then shows the ledger's last day, as asked here.
    if (late.errors?.some((e) => e.extensions?.['reason'] === 'DATE_OUTSIDE_LEDGER')) {
      late = await graphql<Late>(server.url, lateQuery, { asOf: null });
    }
    const rows = composite.data!.compositeRanking.provinces;
    const rank = rows.find((row) => row.province.code === '01')!.rank!;
    const ratio = late.data!.latePayment.provinces.find((row) => row.province.code === '01')!.ratio!;

    await page.goto(`${server.url}/tinh/01?asOf=${asOf}`);
    await page.waitForSelector('[data-testid="province-composite-rank"]', { timeout: 30_000 });
    await page.waitForSelector('[data-testid="province-late-payment-ratio"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="province-composite-rank"]')).toBe(`hạng ${rank}/${rows.length}`);
    expect(await page.textContent('[data-testid="province-late-payment-ratio"]')).toBe(percent(ratio, 2));
    for (const viewport of [WIDE, PHONE]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(300);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(scroll, `horizontal scroll at ${viewport.width} px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(ARTEFACTS, `province-standing-${viewport.width}.png`), fullPage: true });
    }
    await page.setViewportSize(WIDE);
    await page.goBack();
    await waitForOverview();
  });

  it('opens a province’s page from a click on the map', async () => {
    await page.$eval('[data-testid="overview-map"]', (element) => element.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(300);
    // The map writes two places and their pixels on its box after each draw: the projection is linear.
    const point = await page.$eval(
      '[data-testid="overview-map"] [data-geo-to-pixel]',
      (element, place) => {
        type Probe = [lon: number, lat: number, x: number, y: number];
        const [first, second] = JSON.parse(element.getAttribute('data-geo-to-pixel')!) as [Probe, Probe];
        const [lon0, lat0, x0, y0] = first;
        const [lon1, lat1, x1, y1] = second;
        const box = element.getBoundingClientRect();
        return {
          x: box.left + x0 + ((place.lon - lon0) * (x1 - x0)) / (lon1 - lon0),
          y: box.top + y0 + ((place.lat - lat0) * (y1 - y0)) / (lat1 - lat0),
        };
      },
      BUON_MA_THUOT,
    );
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(200);
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector(`[data-testid="province-page"][data-province-code="${BUON_MA_THUOT.code}"]`, {
      timeout: 30_000,
    });
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/tinh/${BUON_MA_THUOT.code}`);
    expect(url.searchParams.get('asOf')).toBe(asOf);
    await page.goBack();
    await waitForOverview();
  });

  it('keeps the basis in the address, so that a link or a reload shows the same view', async () => {
    await page.selectOption('[data-testid="basis-picker"]', 'PERIOD');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('basis') === 'PERIOD');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="overview-metric-card"]')?.textContent?.includes('tiến độ'),
    );
    await page.reload();
    await waitForOverview();
    expect(await page.$eval('[data-testid="basis-picker"]', (select) => (select as HTMLSelectElement).value)).toBe(
      'PERIOD',
    );
    expect(await page.textContent('[data-testid="overview-metric-card"]')).toContain('tiến độ');
  });

  it('prints on exactly one A4 landscape page', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('nav')).toBe(false);
    expect(await page.isVisible('[data-testid="basis-picker"]')).toBe(false);
    expect(await page.isVisible('[data-testid="overview-matrix-row"]')).toBe(true);
    const pdf = await page.pdf({ format: 'A4', landscape: true, path: join(ARTEFACTS, 'overview-print.pdf') });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages).toHaveLength(1);
    await page.emulateMedia({ media: 'screen' });
  });

  it('downloads the overview’s code and map with the overview only', async () => {
    const overviewChunks = scripts.filter((path) => /\/assets\/OverviewPage-[\w-]+\.js$/.test(path));
    expect(overviewChunks.length).toBeGreaterThan(0);
    const other = await browser.newPage({ viewport: WIDE, locale: 'vi-VN', extraHTTPHeaders: bearer(server) });
    const loaded: string[] = [];
    other.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await other.goto(`${server.url}/xep-hang`);
    await other.waitForFunction(() => document.querySelectorAll('[data-testid="ranking-row"]').length === 63, null, {
      timeout: 30_000,
    });
    expect(loaded.some((path) => path.includes('/assets/RankingPage-'))).toBe(true);
    expect(loaded.filter((path) => path.includes('/assets/OverviewPage-'))).toEqual([]);
    await other.close();
  });

  it('sends no request off the host', () => {
    expect(requestsOffHost).toEqual([]);
  });
});
