import { drawCharts } from '../support/browser-session';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, bearer, launchChromium } from '../support/chromium';
import { graphql, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

// "Chậm đóng" in Debian's Chromium against the real server on a fresh DuckDB file with the sample ledger.
const BUCKETS = ['UNDER_1_MONTH', 'FROM_1_TO_3_MONTHS', 'FROM_3_MONTHS'];

type ApiLatePayment = {
  latePayment: {
    asOf: string;
    synthetic: boolean;
    national: { buckets: { bucket: string; labelVi: string; actionVi: string; employers: number }[] };
    provinces: { province: { code: string }; rank: number | null; employersInArrears: number }[];
  };
};
type ApiEmployers = {
  employersInArrears: {
    totalCount: number;
    edges: { node: { employer: { id: string }; overdue: number; bucket: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const LATE_PAYMENT = `query ($asOf: LocalDate) {
  latePayment(asOf: $asOf) {
    asOf synthetic
    national { buckets { bucket labelVi actionVi employers } }
    provinces { province { code } rank employersInArrears }
  }
}`;
const EMPLOYERS = `query ($province: String!, $asOf: LocalDate, $bucket: ArrearsBucket, $first: Int!, $after: String) {
  employersInArrears(province: $province, asOf: $asOf, bucket: $bucket, first: $first, after: $after) {
    totalCount
    edges { node { employer { id } overdue bucket } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('Chậm đóng in the browser', () => {
  const temp = tempDir('scorecard-e2e-late-payment-');
  let server: RunningServer;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  let page: Page;
  const requestsOffHost: string[] = [];
  let province = '01';
  let asOf = '';

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

  const latePayment = async (date?: string) => {
    const response = await graphql<ApiLatePayment>(server.url, LATE_PAYMENT, { asOf: date ?? null });
    expect(response.errors).toBeUndefined();
    return response.data!.latePayment;
  };
  const employers = async (variables: { bucket?: string; first: number; after?: string | null }) => {
    const response = await graphql<ApiEmployers>(server.url, EMPLOYERS, { province, asOf, ...variables });
    expect(response.errors).toBeUndefined();
    return response.data!.employersInArrears;
  };

  const rows = () =>
    page.$$eval('[data-testid="late-payment-row"]', (elements) =>
      elements.map((row) => ({
        code: row.getAttribute('data-province-code') ?? '',
        rank: row.getAttribute('data-rank'),
      })),
    );
  const employerRows = () =>
    page.$$eval('[data-testid="arrears-employer-row"]', (elements) =>
      elements.map((row) => ({
        id: row.getAttribute('data-employer-id') ?? '',
        bucket: row.getAttribute('data-bucket') ?? '',
        overdue: Number(row.getAttribute('data-overdue')),
      })),
    );
  const waitForEmployerRows = (count: number) =>
    page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-testid="arrears-employer-row"]').length === n &&
        !document.querySelector('[data-testid="arrears-more"][disabled]'),
      count,
      { timeout: 30_000 },
    );

  /** Non-background pixels a chart's canvas painted. */
  const paintedPixels = (testId: string) =>
    page.$eval(`[data-testid="${testId}"] canvas`, (canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 0; i < data.length; i += 4)
        if (data[i + 3]! > 0 && (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235)) painted += 1;
      return painted;
    });

  it('ranks the 63 provinces by late-payment ratio as the API does, with a painted chart and the action ladder', async () => {
    await page.goto(server.url);
    await page.click('[data-testid="nav-late-payment"]');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="late-payment-row"]').length === 63,
      null,
      { timeout: 30_000 },
    );
    expect(new URL(page.url()).pathname).toBe('/cham-dong');
    await page.waitForSelector('[data-testid="late-payment-trend-chart"][data-echart]', { timeout: 30_000 });
    await drawCharts(page);
    await page.waitForFunction(() => document.fonts.status === 'loaded');
    await page.waitForTimeout(500);

    expect(await page.textContent('h1')).toContain('Chậm đóng');
    expect(await page.getAttribute('[data-testid="nav-late-payment"]', 'aria-current')).toBe('page');

    const api = await latePayment();
    asOf = api.asOf;
    const shown = await rows();
    expect(shown.map((row) => row.code)).toEqual(api.provinces.map((row) => row.province.code));
    const ranks = shown.filter((row) => row.rank !== null).map((row) => Number(row.rank));
    expect(ranks[0]).toBe(1);
    expect(ranks.every((rank, i) => i === 0 || rank >= ranks[i - 1]!)).toBe(true);
    // Unranked provinces (no ratio) come last.
    expect(shown.findIndex((row) => row.rank === null)).toBe(
      shown.some((row) => row.rank === null) ? ranks.length : -1,
    );

    expect(await page.isVisible('[data-testid="synthetic-banner"]')).toBe(api.synthetic);
    expect(await paintedPixels('late-payment-chart')).toBeGreaterThan(20_000);
    expect(await paintedPixels('late-payment-trend-chart')).toBeGreaterThan(2_000);

    // The ladder: one step per bucket, youngest first, with the API's label, employers and action.
    const steps = await page.$$eval('[data-testid="action-step"]', (elements) =>
      elements.map((step) => ({ bucket: step.getAttribute('data-bucket'), text: step.textContent ?? '' })),
    );
    expect(steps.map((step) => step.bucket)).toEqual(BUCKETS);
    for (const [i, step] of steps.entries()) {
      const figure = api.national.buckets.find((b) => b.bucket === step.bucket)!;
      expect(step.text).toContain(figure.labelVi);
      expect(step.text).toContain(figure.actionVi);
      expect(step.text).toContain(`${new Intl.NumberFormat('vi-VN').format(figure.employers)} đơn vị`);
      expect(step.text).toContain(`Bước ${i + 1}`);
    }
    expect(steps.map((step) => step.text).join(' ')).toMatch(/D04h-TS/);
    expect(await page.isVisible('[data-testid="late-payment-mid-month-note"]')).toBe(false);

    // Vietnamese diacritics from the bundled font, vi-VN numbers: 1.234 and 2,87%.
    expect(await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Đắk Lắk'))).toBe(true);
    const summary = await page.textContent('[data-testid="late-payment-summary"]');
    expect(summary).toMatch(/\d+,\d{2}%/);
    expect(summary).toMatch(/tỷ đồng/);
    expect(summary).toMatch(/\d{1,3}(\.\d{3})+/);
    expect(await page.textContent('[data-testid="late-payment-row"]')).toMatch(/\d+,\d{2}%/);
  });

  it('compares the same month across years, with the figures as a table, and shows the continuous line on demand', async () => {
    const trend = await graphql<{ latePaymentTrend: { month: string; ratio: number | null }[] }>(
      server.url,
      '{ latePaymentTrend { month ratio } }',
    );
    const points = trend.data!.latePaymentTrend;
    const years = [...new Set(points.map((p) => p.month.slice(0, 4)))];
    const percent = (ratio: number | null) =>
      ratio === null
        ? '—'
        : new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 })
            .format(ratio)
            .replace(/\u00a0/g, ' ');
    expect(await page.textContent('[data-testid="late-payment-trend-note"]')).toContain('cùng tháng');
    // The table under the chart: a row per month, a column per year, each cell the API's ratio of that month.
    await page.click('[data-testid="late-payment-trend-table"] summary');
    const table = await page.$$eval('[data-testid="late-payment-trend-table"] tbody tr', (rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\u00a0/g, ' ').trim())),
    );
    expect(table).toHaveLength(12);
    for (const point of points) {
      const month = Number(point.month.slice(5, 7));
      const column = years.indexOf(point.month.slice(0, 4)) + 1;
      expect(table[month - 1]![column], point.month).toBe(percent(point.ratio));
    }
    await page.click('[data-testid="late-payment-trend-view"] input[value="continuous"]');
    expect(await page.textContent('[data-testid="late-payment-trend-note"]')).toContain('răng cưa');
    expect(await page.$$eval('[data-testid="late-payment-trend-table"] tbody tr', (rows) => rows.length)).toBe(
      points.length,
    );
  });

  it("lists a province's employers in arrears, largest debt first, as the API does, a page at a time", async () => {
    // A province with more than one page of employers in arrears, so "Xem thêm" has something to load.
    const api = await latePayment(asOf);
    province =
      api.provinces.find((row) => row.province.code === '01' && row.employersInArrears > 50)?.province.code ??
      api.provinces.find((row) => row.employersInArrears > 50)!.province.code;

    await page.click(`[data-testid="late-payment-row"][data-province-code="${province}"] button`);
    await page.waitForSelector('[data-testid="arrears-employer-row"]', { timeout: 30_000 });
    expect(new URL(page.url()).searchParams.get('province')).toBe(province);
    expect(
      await page.$eval('[data-testid="late-payment-province-picker"]', (s) => (s as HTMLSelectElement).value),
    ).toBe(province);

    const first = await employers({ first: 50 });
    const shown = await employerRows();
    expect(shown.map((row) => row.id)).toEqual(first.edges.map((edge) => edge.node.employer.id));
    expect(shown.every((row, i) => i === 0 || row.overdue <= shown[i - 1]!.overdue)).toBe(true);
    expect(await page.getAttribute('[data-testid="arrears-total"]', 'data-total-count')).toBe(String(first.totalCount));
    // The oldest overdue month as MM/yyyy; amounts and counts grouped the vi-VN way.
    const cells = await page.$$eval('[data-testid="arrears-employer-row"]:first-child > *', (elements) =>
      elements.map((cell) => cell.textContent?.trim() ?? ''),
    );
    expect(cells.some((cell) => /^\d{2}\/\d{4}$/.test(cell))).toBe(true);
    expect(cells.some((cell) => /^\d{1,3}(\.\d{3})+$/.test(cell))).toBe(true);

    // "Xem thêm" loads the page after the last cursor.
    expect(first.pageInfo.hasNextPage).toBe(true);
    await page.click('[data-testid="arrears-more"]');
    const second = await employers({ first: 50, after: first.pageInfo.endCursor });
    await waitForEmployerRows(first.edges.length + second.edges.length);
    expect((await employerRows()).map((row) => row.id)).toEqual(
      [...first.edges, ...second.edges].map((edge) => edge.node.employer.id),
    );
  });

  it('narrows the list to one arrears bucket with the filter', async () => {
    const all = await employers({ first: 50 });
    await page.selectOption('[data-testid="arrears-bucket-filter"]', 'FROM_3_MONTHS');
    const filtered = await employers({ first: 50, bucket: 'FROM_3_MONTHS' });
    expect(filtered.totalCount).toBeLessThan(all.totalCount);
    await waitForEmployerRows(filtered.edges.length);
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid="arrears-total"]')?.getAttribute('data-total-count') === total,
      String(filtered.totalCount),
      { timeout: 30_000 },
    );
    const shown = await employerRows();
    expect(shown.map((row) => row.id)).toEqual(filtered.edges.map((edge) => edge.node.employer.id));
    expect(shown.every((row) => row.bucket === 'FROM_3_MONTHS')).toBe(true);
    expect(new URL(page.url()).searchParams.get('bucket')).toBe('FROM_3_MONTHS');

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTEFACTS, 'late-payment-page.png'), fullPage: true });
  });

  it('shows another report date (a 15th) chosen in the picker, still in the API order', async () => {
    const options = await page.$$eval('[data-testid="late-payment-as-of-picker"] option', (elements) =>
      elements.map((option) => (option as HTMLOptionElement).value),
    );
    expect(options[0]).toBe(asOf);
    // The 15th and the last day of every month, the latest first: options[3] is a 15th.
    const earlier = options[3]!;
    expect(earlier.endsWith('-15')).toBe(true);
    await page.selectOption('[data-testid="late-payment-as-of-picker"]', earlier);
    await page.waitForFunction(
      (date) => document.querySelector('[data-testid="late-payment-as-of"]')?.textContent?.includes(date),
      earlier.split('-').reverse().join('/'),
      { timeout: 30_000 },
    );
    expect(new URL(page.url()).searchParams.get('asOf')).toBe(earlier);
    // A mid-month figure says it includes last month's unpaid dues, which a month-end reference does not.
    expect(await page.textContent('[data-testid="late-payment-mid-month-note"]')).toContain('giữa tháng');
    const api = await latePayment(earlier);
    expect((await rows()).map((row) => row.code)).toEqual(api.provinces.map((row) => row.province.code));
    // The province and the filter stay chosen.
    expect(new URL(page.url()).searchParams.get('province')).toBe(province);
    await page.waitForSelector('[data-testid="arrears-employer-row"], [data-testid="arrears-empty"]', {
      timeout: 30_000,
    });
  });

  it('sends no request off the host', () => {
    expect(requestsOffHost).toEqual([]);
  });
});
