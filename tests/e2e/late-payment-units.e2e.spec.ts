import { readFile } from 'node:fs/promises';
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

// Issue 10 on "Chậm đóng": the contribution ledger's 63 provinces, or the 34 units of the 2025 reform each summing
// its predecessors (units=34), as headquarters leadership and as an officer of Hà Giang; the built app in Debian's
// Chromium against the real server on a fresh DuckDB file with the sample ledger. The tests run in order.
// Tuyên Quang (08) of the 34: Hà Giang (02) and Tuyên Quang (08) of the 63 (data/reference/merge_2025.csv).
const TUYEN_QUANG = '08';
const HA_GIANG = '02';

type ApiRow = {
  province: { code: string };
  rank: number | null;
  receivable: number;
  overdue: number;
  ratio: number | null;
};
type ApiLatePayment = { latePayment: { asOf: string; unitSet: string; ledgerUnitSet: string; provinces: ApiRow[] } };
type ApiEmployers = { employersInArrears: { totalCount: number; edges: { node: { employer: { id: string } } }[] } };

const LATE_PAYMENT = `query ($asOf: LocalDate, $unitSet: UnitSet!) {
  latePayment(asOf: $asOf, unitSet: $unitSet) {
    asOf unitSet ledgerUnitSet
    provinces { province { code } rank receivable overdue ratio }
  }
}`;
const EMPLOYERS = `query ($province: String!, $asOf: LocalDate) {
  employersInArrears(province: $province, asOf: $asOf, first: 50) {
    totalCount
    edges { node { employer { id } } }
  }
}`;

/** A ratio as the page writes it: vi-VN, two decimals ("2,87%"). */
const percent = (ratio: number) =>
  new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 })
    .format(ratio)
    .replace(/\u00a0/g, ' ');
/** The exact amount of a cell's title: "1.234.567 đồng" → 1234567. */
const dong = (title: string | null) => Number((title ?? '').replace(/\D/g, ''));

describe('Chậm đóng on the 63 and the 34 provinces in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let asOf = '';
  let requestsOffHost: string[] = [];

  beforeAll(async () => {
    session = await startBrowserSession({ name: 'late-payment-units-e2e', tokens: ['leadership', 'officer:02'] });
    page = await session.openPage({ as: 'leadership' });
    requestsOffHost = watchRequestsOffHost(page, session.server.url);
  });

  afterAll(async () => {
    await session?.close();
  });

  const latePayment = async (unitSet: 'VN63' | 'VN34') => {
    const response = await graphql<ApiLatePayment>(session.server.url, LATE_PAYMENT, { asOf: asOf || null, unitSet });
    expect(response.errors).toBeUndefined();
    return response.data!.latePayment;
  };
  const employers = async (province: string) => {
    const response = await graphql<ApiEmployers>(session.server.url, EMPLOYERS, { province, asOf });
    expect(response.errors).toBeUndefined();
    return response.data!.employersInArrears;
  };

  const rows = () =>
    page.$$eval('[data-testid="late-payment-row"]', (elements) =>
      elements.map((row) => ({
        code: row.getAttribute('data-province-code') ?? '',
        rank: row.querySelector('.ranking-table__rank')?.textContent?.trim() ?? '',
      })),
    );
  const employerIds = () =>
    page.$$eval('[data-testid="arrears-employer-row"]', (elements) =>
      elements.map((row) => row.getAttribute('data-employer-id') ?? ''),
    );

  /** Waits for `count` rows of the answer on `unitSet`, no longer stale. */
  async function waitForRows(count: number, unitSet: string): Promise<void> {
    await page.waitForFunction(
      ([n, set]) =>
        document.querySelectorAll('[data-testid="late-payment-row"]').length === n &&
        document.querySelector('[data-testid="late-payment-unit-count"]')?.getAttribute('data-unit-set') === set &&
        !document.querySelector('.dashboard--stale'),
      [count, unitSet] as const,
      { timeout: 60_000 },
    );
  }

  /** Waits for the employer list of a province of the ledger, then its rows. */
  async function waitForEmployers(province: string): Promise<void> {
    await page.waitForSelector(`[data-testid="arrears-panel"][data-province-code="${province}"]`, { timeout: 30_000 });
    await page.waitForSelector(
      '[data-testid="arrears-panel"] [data-testid="arrears-employer-row"], [data-testid="arrears-empty"]',
      { timeout: 30_000 },
    );
  }

  /** No sideways scroll and no axe violation at 1440 and at 390 px, with a screenshot of each. */
  const checkBothWidths = (name: string) => checkAtBothWidths(page, name);

  it('opens on the ledger’s own 63 provinces, the switch on the 63 and left out of the address', async () => {
    await page.goto(`${session.server.url}/cham-dong`);
    await waitForRows(63, 'VN63');
    asOf = (await latePayment('VN63')).asOf;
    expect(await page.isChecked('[data-testid="unit-set-VN63"]')).toBe(true);
    expect(await page.textContent('[data-testid="unit-set-field"]')).toContain('34 tỉnh, thành phố (từ 01/7/2025)');
    expect(new URL(page.url()).searchParams.get('units')).toBeNull();
    expect(await page.getAttribute('[data-testid="late-payment-unit-count"]', 'data-unit-count')).toBe('63');
    expect((await rows())[0]!.rank).toBe('1/63');
  });

  it('switches to the 34: 34 rows ranked as the API ranks them, "/34", the address keeps the choice', async () => {
    await page.check('[data-testid="unit-set-VN34"]');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('units') === '34');
    await waitForRows(34, 'VN34');
    const api = await latePayment('VN34');
    expect(api.unitSet).toBe('VN34');
    expect(api.ledgerUnitSet).toBe('VN63');
    const shown = await rows();
    expect(shown.map((row) => row.code)).toEqual(api.provinces.map((row) => row.province.code));
    expect(shown.map((row) => row.rank)).toEqual(
      api.provinces.map((row) => (row.rank === null ? '—' : `${row.rank}/34`)),
    );
    expect(await page.textContent('[data-testid="late-payment-unit-count"]')).toBe('Xếp hạng trong 34 tỉnh, thành phố');
    expect(await page.textContent('[data-testid="unit-set-note"]')).toContain('tổng của các tỉnh');
    expect(await page.getAttribute('[data-testid="late-payment-chart"]', 'aria-label')).toContain('34 tỉnh, thành phố');

    // A reload shows the same view.
    await page.reload();
    await waitForRows(34, 'VN34');
    expect(await page.isChecked('[data-testid="unit-set-VN34"]')).toBe(true);
  });

  it('shows a merged unit’s ratio as its summed overdue over its summed receivable, the sums of the 63’s', async () => {
    const row = `[data-testid="late-payment-row"][data-province-code="${TUYEN_QUANG}"]`;
    expect(await page.textContent(`${row} [data-testid="late-payment-row-predecessors"]`)).toBe(
      'Hợp nhất từ Hà Giang, Tuyên Quang',
    );
    // The exact amounts the table shows (each cell's title, in đồng), and the ratio beside them.
    const cells = await page.$$eval(`${row} td.num`, (tds) =>
      tds.map((td) => ({ text: td.textContent?.trim() ?? '', title: td.getAttribute('title') })),
    );
    // rank, rank change, receivable, overdue, ratio, …
    const receivable = dong(cells[2]!.title);
    const overdue = dong(cells[3]!.title);
    expect(receivable).toBeGreaterThan(0);
    expect(cells[4]!.text.replace(/\u00a0/g, ' ')).toBe(percent(overdue / receivable));

    // The same sums from the 63 provinces it was formed from.
    const on63 = await latePayment('VN63');
    const predecessors = on63.provinces.filter((p) => [HA_GIANG, TUYEN_QUANG].includes(p.province.code));
    expect(predecessors).toHaveLength(2);
    expect(receivable).toBe(predecessors.reduce((sum, p) => sum + p.receivable, 0));
    expect(overdue).toBe(predecessors.reduce((sum, p) => sum + p.overdue, 0));
    // A ratio of the sums, not a sum or an average of the ratios.
    const unit = (await latePayment('VN34')).provinces.find((p) => p.province.code === TUYEN_QUANG)!;
    expect(unit.ratio).toBeCloseTo(overdue / receivable, 12);
  });

  it('lists a merged unit’s employers per province before the merger, one at a time, as the API does', async () => {
    await page.click(`[data-testid="late-payment-row"][data-province-code="${TUYEN_QUANG}"] button`);
    await waitForEmployers(HA_GIANG);
    const url = new URL(page.url());
    expect(url.searchParams.get('units')).toBe('34');
    expect(url.searchParams.get('province')).toBe(HA_GIANG);
    expect(await page.getAttribute('[data-testid="arrears-panel"]', 'data-unit-code')).toBe(TUYEN_QUANG);
    expect(await page.textContent('#arrears-title')).toContain('Hà Giang (02), trước sắp xếp');
    expect(await page.textContent('[data-testid="arrears-predecessors"]')).toContain(
      'Tuyên Quang được hợp nhất từ Hà Giang (02), Tuyên Quang (08)',
    );
    expect(await page.isChecked(`[data-testid="arrears-predecessor"][data-province-code="${HA_GIANG}"]`)).toBe(true);
    expect(await employerIds()).toEqual((await employers(HA_GIANG)).edges.map((edge) => edge.node.employer.id));
    expect(
      await page.getAttribute(`[data-testid="late-payment-row"][data-province-code="${TUYEN_QUANG}"]`, 'data-selected'),
    ).toBe('true');

    await page.check(`[data-testid="arrears-predecessor"][data-province-code="${TUYEN_QUANG}"]`);
    await waitForEmployers(TUYEN_QUANG);
    const tuyenQuang = await employers(TUYEN_QUANG);
    await page.waitForFunction(
      (total) => document.querySelector('[data-testid="arrears-total"]')?.getAttribute('data-total-count') === total,
      String(tuyenQuang.totalCount),
      { timeout: 30_000 },
    );
    expect(await employerIds()).toEqual(tuyenQuang.edges.map((edge) => edge.node.employer.id));
    expect(new URL(page.url()).searchParams.get('province')).toBe(TUYEN_QUANG);
    await page.evaluate(() => window.scrollTo(0, 0));
    await drawCharts(page);
    await checkBothWidths('late-payment-units-34');
  });

  it('exports the 34 units with the provinces each sums', async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid="late-payment-export-csv"]'),
    ]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`^cham-dong-34-tinh_${asOf}(_du-lieu-mau)?\\.csv$`));
    const lines = (await readFile(await file.path(), 'utf8')).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 34);
    expect(lines[0]).toContain('Hợp nhất từ (63 tỉnh, thành phố)');
    expect(lines.find((line) => line.includes(',08,Tuyên Quang,'))).toContain('Hà Giang (02); Tuyên Quang (08)');
  });

  it('keeps the open province when going back to the 63', async () => {
    await page.check('[data-testid="unit-set-VN63"]');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('units') === null);
    await waitForRows(63, 'VN63');
    await waitForEmployers(TUYEN_QUANG);
    expect(await page.$$('[data-testid="arrears-predecessors"]')).toHaveLength(0);
    expect(await page.getAttribute('[data-testid="arrears-panel"]', 'data-unit-code')).toBeNull();
    expect(
      await page.getAttribute(`[data-testid="late-payment-row"][data-province-code="${TUYEN_QUANG}"]`, 'data-selected'),
    ).toBe('true');
  });

  it('opens an officer of Hà Giang on their own province’s list within its unit, and no other', async () => {
    const officer = await session.openPage({ as: 'officer:02' });
    try {
      await officer.goto(`${session.server.url}/cham-dong?units=34`);
      await officer.waitForSelector(`[data-testid="arrears-panel"][data-province-code="${HA_GIANG}"]`, {
        timeout: 60_000,
      });
      expect(await officer.getAttribute('[data-testid="arrears-panel"]', 'data-unit-code')).toBe(TUYEN_QUANG);
      expect(await officer.textContent('[data-testid="arrears-predecessors"]')).toContain('Hà Giang (02)');
      // Nothing to choose: not the other province of the unit, nor any other unit.
      expect(await officer.$$('[data-testid="arrears-predecessor"]')).toHaveLength(0);
      const buttons = await officer.$$eval('[data-testid="late-payment-row"] button', (elements) =>
        elements.map((button) => button.closest('tr')?.getAttribute('data-province-code')),
      );
      expect(buttons).toEqual([TUYEN_QUANG]);
    } finally {
      await officer.close();
    }
  });

  it('sends no request off the host', () => {
    expect(requestsOffHost).toEqual([]);
  });
});
