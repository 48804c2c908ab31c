import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAtBothWidths,
  startBrowserSession,
  watchRequestsOffHost,
  type BrowserSession,
} from '../support/browser-session';
import { graphql } from '../support/scorecard-server';

// Coverage (issue 10) on the overview, as headquarters leadership: the nation's SI and HI coverage of a year beside
// seed 003 and the goal of Resolution 28-NQ/TW, the units ranked, following the overview's 63/34 switch, the year
// kept in the address. The built app in Debian's Chromium against the real server on a fresh DuckDB file with the
// sample data, whose coverage tables are synthetic (2023 on the 63, 2025 on the 34). The tests run in order.
const PLAN_2021 = '2800-KH-BHXH-2021';
const SECTION = '[data-testid="coverage-section"]';

const percent = (ratio: number, digits = 1) =>
  new Intl.NumberFormat('vi-VN', {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratio);

type ApiCoverage = {
  coverage: {
    unitCount: number;
    national: { siCoverage: number; hiCoverage: number };
    provinces: { province: { code: string }; siRank: number | null; hiRank: number | null }[];
  };
};

describe('coverage on the overview in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let requestsOffHost: string[] = [];

  beforeAll(async () => {
    session = await startBrowserSession({ name: 'coverage-e2e', tokens: ['leadership'] });
    page = await session.openPage({ as: 'leadership' });
    requestsOffHost = watchRequestsOffHost(page, session.server.url);
  });

  afterAll(async () => {
    await session?.close();
  });

  const api = (year: number, unitSet: 'VN63' | 'VN34', rankBy: 'SI' | 'HI' = 'SI') =>
    graphql<ApiCoverage>(
      session.server.url,
      `
        query ($year: Int!, $unitSet: UnitSet!, $rankBy: CoverageKind!) {
          coverage(year: $year, unitSet: $unitSet, rankBy: $rankBy) {
            unitCount
            national {
              siCoverage
              hiCoverage
            }
            provinces {
              province {
                code
              }
              siRank
              hiRank
            }
          }
        }
      `,
      { year, unitSet, rankBy },
      { token: session.server.tokens['leadership']! },
    ).then((answer) => answer.data!.coverage);

  /** Waits for the section on the year and unit set, with its figures loaded and nothing loading any more. */
  async function waitForCoverage(year: number, unitSet: string): Promise<void> {
    await page.waitForSelector(
      `${SECTION}[data-year="${year}"][data-unit-set="${unitSet}"][aria-busy="false"] [data-testid="coverage-row"]`,
      { timeout: 60_000 },
    );
    await page.waitForFunction(() => document.fonts.status === 'loaded');
  }

  const rowCodes = () =>
    page.$$eval('[data-testid="coverage-row"]', (rows) => rows.map((row) => row.getAttribute('data-province-code')!));
  const nationalValue = (kind: 'SI' | 'HI') =>
    page.textContent(
      `[data-testid="coverage-national-card"][data-kind="${kind}"] [data-testid="coverage-national-value"]`,
    );

  async function expandRanking(): Promise<void> {
    if ((await page.getAttribute('[data-testid="coverage-expand"]', 'aria-expanded')) === 'false') {
      await page.click('[data-testid="coverage-expand"]');
    }
    await page.waitForSelector('[data-testid="coverage-hidden"]', { state: 'detached' });
  }

  /** No sideways scroll and no axe violation at 1440 and at 390 px, with a screenshot of the section at each. */
  async function checkBothWidths(name: string): Promise<void> {
    await checkAtBothWidths(page, name, {
      screenshotOf: SECTION,
      // The section itself stays inside the window (its ranked table scrolls in its own box).
      check: async (viewport) => {
        const section = await page.$eval(SECTION, (element) => {
          const box = element.getBoundingClientRect();
          return { left: box.left, right: box.right };
        });
        expect(section.left).toBeGreaterThanOrEqual(0);
        expect(section.right).toBeLessThanOrEqual(viewport.width);
      },
    });
  }

  it('shows 2023 on the 63: the nation at 37,2 % and 92,4 % as seed 003, marked as sample data', async () => {
    await page.goto(`${session.server.url}/?plan=${PLAN_2021}`);
    await waitForCoverage(2023, 'VN63');
    expect(await page.textContent(`${SECTION} h2`)).toBe('Tỷ lệ bao phủ BHXH, BHYT năm 2023');
    expect(await page.textContent('[data-testid="coverage-sample"]')).toBe('Dữ liệu mẫu');
    expect(await page.textContent('[data-testid="coverage-sample-note"]')).toContain('số liệu giả lập');

    // The national sums of the shipped table reproduce seed 003, written in vi-VN.
    expect(await nationalValue('SI')).toBe(percent(0.372));
    expect(await nationalValue('HI')).toBe(percent(0.924));
    expect(percent(0.372)).toMatch(/^37,2\s?%$/);
    const si = await page.textContent('[data-testid="coverage-national-card"][data-kind="SI"]');
    expect(si).toContain('17.311.000 người tham gia / 46.535.000');
    expect(si).toContain(`Mốc đã công bố ngày 30/09/2023: ${percent(0.372)}`);
    // 2023 is measured against the 2025 goal: about 45 %, 7,8 points short.
    expect(si).toContain('Mục tiêu năm 2025: khoảng 45%');
    expect(si).toContain('còn thiếu 7,8 điểm %');
    expect(await page.getAttribute('[data-testid="coverage-national-card"][data-kind="SI"]', 'data-standing')).toBe(
      'NOT_MET',
    );
    const hi = await page.textContent('[data-testid="coverage-national-card"][data-kind="HI"]');
    expect(hi).toContain('Mục tiêu năm 2025: ít nhất 95%');
    expect(hi).toContain('còn thiếu 2,6 điểm %');
    // The HI goal's source is still to be checked: its note is there.
    expect(
      await page.$$('[data-testid="coverage-national-card"][data-kind="HI"] [data-testid="coverage-goal-note"]'),
    ).toHaveLength(1);

    // Only 2023 can be shown on the 63 (2025 is stored on the 34 only); nothing in the address until one is chosen.
    expect(
      await page.$$eval('[data-testid="coverage-year"] option', (options) =>
        options.map((o) => (o as HTMLOptionElement).value),
      ),
    ).toEqual(['2023']);
    expect(new URL(page.url()).searchParams.get('coverageYear')).toBeNull();
  });

  it('ranks the 63 as the API does, the five best and the five last until the list is opened', async () => {
    const expected = await api(2023, 'VN63');
    expect(expected.unitCount).toBe(63);
    const order = expected.provinces.map((p) => p.province.code);
    expect(await rowCodes()).toEqual([...order.slice(0, 5), ...order.slice(-5)]);
    expect(await page.textContent('[data-testid="coverage-hidden"]')).toContain('53 tỉnh, thành phố khác');
    const ranks = await page.$$eval('[data-testid="coverage-row"] td.cov-table__rank', (cells) =>
      cells.map((cell) => cell.textContent),
    );
    expect(ranks[0]).toBe('1/63');
    expect(ranks.every((rank) => rank!.endsWith('/63'))).toBe(true);

    // A unit's name opens its page on the overview's date.
    const asOf = new URL(page.url()).searchParams.get('asOf');
    const href = await page.getAttribute('[data-testid="coverage-row"] [data-testid="coverage-province-link"]', 'href');
    expect(href).toBe(`/tinh/${order[0]}?asOf=${asOf}`);

    await expandRanking();
    expect(await rowCodes()).toEqual(order);
    expect(await page.getAttribute('[data-testid="coverage-expand"]', 'aria-expanded')).toBe('true');
    await checkBothWidths('coverage-63');
  });

  it('follows the overview’s switch to the 34: the latest year on the 34, 34 units ranked among 34', async () => {
    await page.check('[data-testid="unit-set-VN34"]');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('units') === '34');
    await waitForCoverage(2025, 'VN34');
    expect(
      await page.$$eval('[data-testid="coverage-year"] option', (options) =>
        options.map((o) => (o as HTMLOptionElement).value),
      ),
    ).toEqual(['2025', '2023']);
    expect(await page.textContent('[data-testid="coverage-sample"]')).toBe('Dữ liệu mẫu');

    const expected = await api(2025, 'VN34');
    expect(await nationalValue('SI')).toBe(percent(expected.national.siCoverage));
    await expandRanking();
    expect(await rowCodes()).toHaveLength(34);
    expect(await rowCodes()).toEqual(expected.provinces.map((p) => p.province.code));
    const ranks = await page.$$eval('[data-testid="coverage-row"] td.cov-table__rank', (cells) =>
      cells.map((cell) => cell.textContent),
    );
    expect(ranks[0]).toBe('1/34');
    expect(ranks.every((rank) => rank!.endsWith('/34'))).toBe(true);
    expect(await page.textContent('[data-testid="coverage-ranking"] h3')).toBe(
      'Xếp hạng 34 tỉnh, thành phố theo tỷ lệ bao phủ BHXH',
    );
    // A unit of the 34 opens on the 34.
    const href = await page.getAttribute('[data-testid="coverage-row"] [data-testid="coverage-province-link"]', 'href');
    expect(new URL(href!, session.server.url).searchParams.get('units')).toBe('34');
    await checkBothWidths('coverage-34');
  });

  it('changes the year with its select, keeps it in the address, and sums 2023 onto the 34', async () => {
    await page.selectOption('[data-testid="coverage-year"]', '2023');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('coverageYear') === '2023');
    await waitForCoverage(2023, 'VN34');
    expect(await page.textContent(`${SECTION} h2`)).toBe('Tỷ lệ bao phủ BHXH, BHYT năm 2023');
    expect(await page.textContent(SECTION)).toContain('tổng của các tỉnh hợp nhất thành');
    // The nation is the same sums whatever the units.
    expect(await nationalValue('SI')).toBe(percent(0.372));
    expect(await nationalValue('HI')).toBe(percent(0.924));
    const expected = await api(2023, 'VN34');
    await expandRanking();
    expect(await rowCodes()).toEqual(expected.provinces.map((p) => p.province.code));

    // A reload shows the same year on the same units.
    await page.reload();
    await waitForCoverage(2023, 'VN34');
    expect(await page.$eval('[data-testid="coverage-year"]', (select) => (select as HTMLSelectElement).value)).toBe(
      '2023',
    );
  });

  it('ranks by health-insurance coverage when asked, in the address too', async () => {
    await page.selectOption('[data-testid="coverage-rank-by"]', 'HI');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('coverageRank') === 'HI');
    await page.waitForSelector('[data-testid="coverage-ranking"][data-rank-by="HI"]');
    await waitForCoverage(2023, 'VN34');
    const expected = await api(2023, 'VN34', 'HI');
    await expandRanking();
    expect(await rowCodes()).toEqual(expected.provinces.map((p) => p.province.code));
    expect(await page.getAttribute('[data-testid="coverage-row"]', 'data-rank')).toBe(
      String(expected.provinces[0]!.hiRank),
    );
  });

  it('shows the latest year of the 63 when the address asks for a year stored on the 34 only, and says so', async () => {
    await page.goto(`${session.server.url}/?plan=${PLAN_2021}&coverageYear=2025`);
    await waitForCoverage(2023, 'VN63');
    expect(await page.textContent('[data-testid="coverage-moved"]')).toContain('năm 2025');
    expect(await nationalValue('SI')).toBe(percent(0.372));
  });

  it('sends no request off the host', () => {
    expect(requestsOffHost).toEqual([]);
  });
});
