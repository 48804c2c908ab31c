import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAtBothWidths,
  startBrowserSession,
  watchRequestsOffHost,
  type BrowserSession,
} from '../support/browser-session';
import { ARTEFACTS } from '../support/chromium';
import { graphql } from '../support/scorecard-server';

// Alerts in the app (docs/alerts.md) in Debian's Chromium against the built server on a fresh DuckDB file with the
// sample data: its first start raises the alerts of the demo accounts. The director of Hà Nội (demo.gd-ha-noi)
// sees the unread count in the header, opens "Cảnh báo", opens the rank drop on compulsory SI and lands on the
// province page at its date and metric, one fewer unread. The tests run in order and build on each other.
const PLAN = '2800-KH-BHXH-2021';
const DIRECTOR = 'director:01@demo.gd-ha-noi';
const RANK_DROP = /^Hà Nội tụt \d+ bậc về BHXH bắt buộc$/;

type Counts = { notifications: { totalCount: number; unreadCount: number } };
type Item = { id: string; kind: string; metric: string | null; date: string; subject: string; readAt: string | null };

describe('Cảnh báo in the browser', () => {
  let session: BrowserSession;
  let page: Page;
  let offHost: string[];
  let unreadAtStart = 0;
  let opened: Item | undefined;
  /** The list page (/canh-bao?page=N) the opened alert was found on. */
  let openedOnPage = '/canh-bao';

  beforeAll(async () => {
    session = await startBrowserSession({ name: 'notifications-e2e', tokens: [DIRECTOR] });
    page = await session.openPage({ as: DIRECTOR });
    offHost = watchRequestsOffHost(page, session.server.url);
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  /** The director's counts and items as the API gives them, independently of the page. */
  async function fromApi(): Promise<{ totalCount: number; unreadCount: number; items: Item[] }> {
    const answer = await graphql<{ notifications: Counts['notifications'] & { items: Item[] } }>(
      session.server.url,
      '{ notifications(first: 100) { totalCount unreadCount items { id kind metric date subject readAt } } }',
      {},
      { token: session.server.tokens[DIRECTOR]! },
    );
    expect(answer.errors).toBeUndefined();
    return answer.data!.notifications;
  }

  /** The header's link, found by the name a screen reader reads: "Cảnh báo, 2 chưa đọc". */
  const alertsLink = (count: number) =>
    page.getByRole('link', {
      name: count > 0 ? `Cảnh báo, ${count.toLocaleString('vi-VN')} chưa đọc` : 'Cảnh báo, không có cảnh báo chưa đọc',
      exact: true,
    });

  async function waitForList(): Promise<void> {
    await page.waitForSelector('[data-testid="notification"], [data-testid="notifications-empty"]', {
      timeout: 30_000,
    });
    await page.waitForFunction(
      () => document.querySelectorAll('.loading-state, .is-stale, [aria-busy="true"]').length === 0,
      null,
      { timeout: 30_000 },
    );
  }

  const cards = (target: Page) =>
    target.$$eval('[data-testid="notification"]', (elements) =>
      elements.map((element) => ({
        id: element.getAttribute('data-id') ?? '',
        kind: element.getAttribute('data-kind') ?? '',
        read: element.getAttribute('data-read') === 'true',
        unreadWord: element.querySelector('[data-testid="notification-unread"]')?.textContent ?? null,
        date: element.querySelector('[data-testid="notification-date"]')?.textContent ?? '',
        subject: element.querySelector('[data-testid="notification-link"]')?.textContent ?? '',
      })),
    );

  it('shows the unread count in the header, as a badge and in the link’s name', async () => {
    const api = await fromApi();
    unreadAtStart = api.unreadCount;
    // The sample data has alerts for Hà Nội's director, none of them read yet.
    expect(api.totalCount).toBeGreaterThan(0);
    expect(unreadAtStart).toBe(api.totalCount);
    // One to open and one to mark read with its button.
    expect(unreadAtStart).toBeGreaterThanOrEqual(2);

    await page.goto(`${session.server.url}/`);
    await page.waitForSelector(`[data-testid="nav-notifications"][data-unread="${unreadAtStart}"]`, {
      timeout: 30_000,
    });
    expect(await alertsLink(unreadAtStart).count()).toBe(1);
    const badge = await page.textContent('[data-testid="notifications-badge"]');
    expect(badge).toBe(unreadAtStart.toLocaleString('vi-VN'));
  }, 60_000);

  it('lists the alerts newest first, 20 to a page, unread ones marked in words, with no axe violation', async () => {
    await alertsLink(unreadAtStart).click();
    await page.waitForURL((url) => url.pathname === '/canh-bao', { timeout: 30_000 });
    await waitForList();
    expect(await page.textContent('h1')).toBe('Cảnh báo');
    expect(await page.title()).toBe('Cảnh báo · BHXH Scorecard');
    expect(await page.getAttribute('[data-testid="nav-notifications"]', 'aria-current')).toBe('page');

    const shown = await cards(page);
    const api = await fromApi();
    expect(shown.length).toBe(Math.min(20, api.totalCount));
    expect(shown.map((card) => card.id)).toEqual(api.items.slice(0, 20).map((item) => item.id));
    for (const card of shown) {
      expect(card.read).toBe(false);
      expect(card.unreadWord).toBe('Chưa đọc');
      expect(card.date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    }
    // Newest date first: dd/mm/yyyy read back as yyyy-mm-dd never rises down the list.
    const isoDates = shown.map((card) => card.date.split('/').reverse().join('-'));
    expect(isoDates).toEqual([...isoDates].sort().reverse());
    expect(await page.textContent('[data-testid="notifications-summary"]')).toContain(
      `${unreadAtStart.toLocaleString('vi-VN')} chưa đọc trên ${api.totalCount.toLocaleString('vi-VN')} cảnh báo`,
    );

    await checkAtBothWidths(page, 'notifications');
  }, 120_000);

  it('opens the rank drop of Hà Nội on compulsory SI at its date and metric, and marks it read', async () => {
    // Through the pages until the alert is listed ("Trang sau").
    let card = (await cards(page)).find((c) => RANK_DROP.test(c.subject) && c.kind === 'RANK_DROP');
    while (!card && (await page.$('[data-testid="notifications-next"]'))) {
      await page.click('[data-testid="notifications-next"]');
      await waitForList();
      card = (await cards(page)).find((c) => RANK_DROP.test(c.subject) && c.kind === 'RANK_DROP');
    }
    expect(card, 'the rank drop of Hà Nội on BHXH bắt buộc').toBeDefined();
    openedOnPage = new URL(page.url()).pathname + new URL(page.url()).search;
    opened = (await fromApi()).items.find((item) => item.id === card!.id);
    expect(opened?.metric).toBe('dev_compulsory_si');

    await Promise.all([
      page.waitForURL((url) => url.pathname === '/tinh/01', { timeout: 30_000 }),
      page.click(`[data-testid="notification"][data-id="${card!.id}"] [data-testid="notification-link"]`),
    ]);
    const url = new URL(page.url());
    expect(url.searchParams.get('plan')).toBe(PLAN);
    expect(url.searchParams.get('asOf')).toBe(opened!.date);
    expect(url.searchParams.get('metric')).toBe('dev_compulsory_si');
    await page.waitForSelector('[data-testid="province-metric-row"]', { timeout: 30_000 });
    expect(await page.textContent('h1')).toBe('Hà Nội');
    // The page puts the alert's metric first.
    expect(await page.getAttribute('[data-testid="province-metric-row"]', 'data-metric')).toBe('dev_compulsory_si');

    // One fewer unread, in the header and on the server.
    await page.waitForSelector(`[data-testid="nav-notifications"][data-unread="${unreadAtStart - 1}"]`, {
      timeout: 30_000,
    });
    expect(await alertsLink(unreadAtStart - 1).count()).toBe(1);
    const api = await fromApi();
    expect(api.unreadCount).toBe(unreadAtStart - 1);
    expect(api.items.find((item) => item.id === card!.id)?.readAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await page.screenshot({ path: join(ARTEFACTS, 'notifications-opened-province-1440.png') });
  }, 120_000);

  it('leaves the read one out under "Chỉ chưa đọc", and marks another read with its button', async () => {
    await page.goto(`${session.server.url}/canh-bao`);
    await waitForList();
    const read = page.locator(`[data-testid="notification"][data-id="${opened!.id}"]`);
    // Listed as read, in words, when it is on the first page.
    if ((await read.count()) > 0) {
      expect(await read.getAttribute('data-read')).toBe('true');
      expect(await read.locator('[data-testid="notification-unread"]').count()).toBe(0);
      expect(await read.textContent()).toContain('đã đọc lúc');
    }

    await page.check('[data-testid="notifications-unread-only"]');
    await page.waitForURL((url) => url.searchParams.get('unread') === '1', { timeout: 30_000 });
    await waitForList();
    const unread = await cards(page);
    expect(unread.map((c) => c.id)).not.toContain(opened!.id);
    expect(unread.every((c) => !c.read)).toBe(true);

    const next = unread[0]!;
    await page.click(`[data-testid="notification"][data-id="${next.id}"] [data-testid="notification-mark-read"]`);
    await page.waitForFunction(
      (subject) => document.querySelector('[data-testid="notifications-announcement"]')?.textContent?.includes(subject),
      next.subject,
      { timeout: 30_000 },
    );
    await page.waitForSelector(`[data-testid="nav-notifications"][data-unread="${unreadAtStart - 2}"]`, {
      timeout: 30_000,
    });
    await waitForList();
    // The filter drops it from the list; the focus is on the list's heading, not lost.
    expect(await page.$(`[data-testid="notification"][data-id="${next.id}"]`)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Danh sách cảnh báo');
    if ((await cards(page)).length === 0)
      expect(await page.textContent('[data-testid="notifications-empty"]')).toBe('Không có cảnh báo chưa đọc.');
    expect(await alertsLink(unreadAtStart - 2).count()).toBe(1);
    expect((await fromApi()).unreadCount).toBe(unreadAtStart - 2);
    await checkAtBothWidths(page, 'notifications-unread');
  }, 120_000);

  it('keeps "Cảnh báo" apart from the rest of the bar, with no sideways scroll, from 360 to 1920 px', async () => {
    await page.goto(`${session.server.url}/canh-bao`);
    await waitForList();
    for (const width of [360, 390, 768, 1024, 1440, 1600, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(300);
      const layout = await page.evaluate(() => {
        const boxes = [
          ...document.querySelectorAll(
            '.top-nav__brand, .top-nav__link, .top-nav__alerts, .language-switch, .user-menu__button',
          ),
        ]
          .map((element) => element.getBoundingClientRect())
          .filter((box) => box.width > 0 && box.height > 0);
        const overlaps: string[] = [];
        boxes.forEach((a, i) =>
          boxes.forEach((b, j) => {
            const apart =
              a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
            if (j > i && !apart) overlaps.push(`${i}×${j}`);
          }),
        );
        const alerts = document.querySelector('.top-nav__alerts')!.getBoundingClientRect();
        return {
          overlaps,
          alertsInView: alerts.left >= 0 && alerts.right <= document.documentElement.clientWidth,
          scrollWidth: document.scrollingElement!.scrollWidth,
          clientWidth: document.scrollingElement!.clientWidth,
        };
      });
      expect(layout.overlaps, `${width} px`).toEqual([]);
      expect(layout.alertsInView, `${width} px`).toBe(true);
      expect(layout.scrollWidth, `${width} px`).toBeLessThanOrEqual(layout.clientWidth);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 60_000);

  it('shows the alerts in English after the language switch, subject and body written by the server', async () => {
    // The page of the list the rank drop was opened from.
    await page.goto(`${session.server.url}${openedOnPage}`);
    await waitForList();
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="language-switch"]')]);
    await waitForList();
    expect(await page.textContent('h1')).toBe('Alerts');
    const unread = unreadAtStart - 2;
    const name = unread > 0 ? `Alerts, ${unread.toLocaleString('vi-VN')} unread` : 'Alerts, none unread';
    expect(await page.getByRole('link', { name, exact: true }).count()).toBe(1);
    expect(await page.textContent('label.checkbox')).toBe('Unread only');
    const english = await cards(page);
    const drop = english.find((c) => c.id === opened!.id);
    // "Hà Nội" stays a proper name; the rest is English, dates in dd/mm/yyyy as in Vietnamese.
    expect(drop?.subject).toMatch(/^Hà Nội fell \d+ places on Compulsory SI$/);
    expect(drop?.date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await page.textContent(`[data-testid="notification"][data-id="${opened!.id}"] .badge`)).toBe('Rank drop');
    await page.screenshot({ path: join(ARTEFACTS, 'notifications-en-1440.png'), fullPage: true });
    // Back to Vietnamese for whoever reads the page next.
    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="language-switch"]')]);
  }, 60_000);

  it('fetched nothing from anywhere but the server', () => {
    expect(offHost).toEqual([]);
  });
});
