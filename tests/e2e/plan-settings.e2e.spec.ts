import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, summariseViolation } from '../support/axe';
import { PHONE, WIDE, startBrowserSession, type BrowserSession } from '../support/browser-session';
import { ARTEFACTS } from '../support/chromium';
import { graphql, type RunningServer } from '../support/scorecard-server';

// "Cài đặt kế hoạch" in Debian's Chromium against the built server on a fresh DuckDB file: the data officer sets a
// new version of the plan's settings, leadership only reads them. The tests run in order and build on each other.
const PLAN = '2800-KH-BHXH-2021';

type Settings = { planSettings: { version: number; note: string; weights: { metric: string; weight: number }[] } };

describe('Cài đặt kế hoạch in the browser', () => {
  let session: BrowserSession;
  let server: RunningServer;
  let officer: Page;
  const sentSettings: string[] = [];
  const requestsOffHost: string[] = [];

  beforeAll(async () => {
    session = await startBrowserSession({ name: 'plan-settings-e2e', tokens: ['data-officer', 'leadership'] });
    server = session.server;
    officer = await pageAs('data-officer');
    officer.on('request', (request) => {
      if (request.url().endsWith('/graphql') && (request.postData() ?? '').includes('setPlanSettings'))
        sentSettings.push(request.postData() ?? '');
    });
  });

  afterAll(async () => {
    await session?.close();
  });

  async function pageAs(role: string): Promise<Page> {
    const page = await session.openPage({ as: role });
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:'))
        requestsOffHost.push(request.url());
    });
    return page;
  }

  async function openSettings(page: Page): Promise<void> {
    await page.goto(`${server.url}/cai-dat-ke-hoach`);
    await page.waitForSelector('[data-testid="settings-history-row"]', { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelectorAll('.loading-state').length === 0, null, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => document.fonts.status === 'loaded');
  }

  const historyVersions = (page: Page) =>
    page.$$eval('[data-testid="settings-history-row"]', (rows) => rows.map((row) => row.getAttribute('data-version')));

  /** axe at a laptop's and a phone's width, and nothing wider than the phone's screen. */
  async function checkBothWidths(page: Page, name: string): Promise<void> {
    for (const [label, viewport] of [
      ['1440', WIDE],
      ['390', PHONE],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(300);
      const violations = await checkAccessibility(page, `${name} at ${label} px`);
      expect(violations.map(summariseViolation)).toEqual([]);
      if (viewport === PHONE) {
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      }
      await page.screenshot({ path: join(ARTEFACTS, `plan-settings-${name}-${label}.png`), fullPage: true });
    }
    await page.setViewportSize(WIDE);
  }

  it('shows the defaults in force, in Vietnamese, with the form for the data officer', async () => {
    await openSettings(officer);
    expect(await officer.textContent('h1')).toBe('Cài đặt kế hoạch');
    expect(await officer.textContent('[data-testid="nav-plan-settings"]')).toBe('Cài đặt');
    expect(await officer.textContent('[data-testid="summary-bands"]')).toBe(
      'Đạt khi đạt ≥ 100 % mốc; Cần chú ý từ 90 %; Chậm dưới 90 %',
    );
    expect(await officer.textContent('[data-testid="summary-reference"]')).toBe('2,91 %');
    expect(await officer.textContent('[data-testid="summary-cap"]')).toBe('120 %');
    expect(await historyVersions(officer)).toEqual(['0']);
    expect(await officer.inputValue('[data-testid="settings-atRisk"]')).toBe('90');
    expect(await officer.inputValue('[data-testid="settings-latePaymentReference"]')).toBe('2,91');
  });

  it('names a Cần chú ý threshold above Đạt beside its box and sends nothing', async () => {
    await officer.fill('[data-testid="settings-atRisk"]', '120');
    await officer.fill('[data-testid="settings-note"]', 'Thử ngưỡng sai');
    await officer.click('[data-testid="settings-submit"]');
    const box = '[data-testid="settings-atRisk"]';
    await officer.waitForSelector(`${box}[aria-invalid="true"]`);
    const issue = await officer.$eval(box, (input) => {
      const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(issue).toContain('không cao hơn ngưỡng Đạt');
    expect(await officer.$$eval('[aria-invalid="true"]', (boxes) => boxes.length)).toBe(1);
    expect(sentSettings).toEqual([]);
    await checkBothWidths(officer, 'problem');
  });

  it('saves a new version with the revenue weight at 3, says so and lists it in the history', async () => {
    await officer.fill('[data-testid="settings-atRisk"]', '90');
    await officer.fill('[data-testid="settings-weight-revenue"]', '3');
    await officer.fill('[data-testid="settings-note"]', 'Quý IV: ưu tiên chỉ tiêu thu');
    await officer.click('[data-testid="settings-submit"]');
    await officer.waitForFunction(
      () => document.querySelector('[data-testid="plan-settings-status"]')?.textContent === 'Đã lưu phiên bản 1',
      null,
      { timeout: 30_000 },
    );
    expect(await officer.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'plan-settings-status',
    );
    await officer.waitForFunction(
      () => document.querySelector('[data-testid="settings-summary"]')?.getAttribute('data-version') === '1',
    );
    expect(await historyVersions(officer)).toEqual(['1', '0']);
    expect(await officer.textContent('[data-testid="summary-note"]')).toBe('Quý IV: ưu tiên chỉ tiêu thu');
    // The form starts again from the version now in force.
    expect(await officer.inputValue('[data-testid="settings-weight-revenue"]')).toBe('3');
    expect(await officer.inputValue('[data-testid="settings-note"]')).toBe('');
    expect(sentSettings).toHaveLength(1);

    const api = await graphql<Settings>(
      server.url,
      `{ planSettings(planId: "${PLAN}") { version note weights { metric weight } } }`,
    );
    expect(api.errors).toBeUndefined();
    expect(api.data!.planSettings.version).toBe(1);
    expect(api.data!.planSettings.weights.find((w) => w.metric === 'revenue')?.weight).toBe(3);
    await checkBothWidths(officer, 'data-officer');
  });

  it('shows leadership the settings and history but no form', async () => {
    const leadership = await pageAs('leadership');
    await openSettings(leadership);
    expect(await leadership.getAttribute('[data-testid="settings-summary"]', 'data-version')).toBe('1');
    expect(await historyVersions(leadership)).toEqual(['1', '0']);
    expect(await leadership.$('[data-testid="plan-settings-form"]')).toBeNull();
    await checkBothWidths(leadership, 'leadership');
    // The server holds the line too: leadership may not set the settings.
    const refused = await graphql(
      server.url,
      `mutation { setPlanSettings(planId: "${PLAN}", settings: { onTrack: 1, atRisk: 0.9, latePaymentAtRisk: 1.1,
         compositeCap: 1.2, latePaymentReference: 0.0291, weights: [{ metric: "revenue", weight: 1 }], note: "x" }) {
         version } }`,
      {},
      { token: server.tokens.leadership },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await leadership.close();
  });

  it('sends no request off the host', () => {
    expect(requestsOffHost).toEqual([]);
  });
});
