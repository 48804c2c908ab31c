import { createServer, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkAtBothWidths,
  startBrowserSession,
  watchRequestsOffHost,
  type BrowserSession,
} from '../support/browser-session';
import { graphql } from '../support/scorecard-server';
import { until } from '../support/smtp-sink';

// "Cài đặt cảnh báo" and "Ngưỡng cảnh báo" (docs/alerts.md) in Debian's Chromium against the built server on a fresh
// DuckDB file with the sample data, as it starts by default: no e-mail and no webhook, so nothing is sent outside the
// app. The director of Hà Nội chooses their alerts; leadership sets a plan's rank-drop threshold and the agency-wide
// late-payment one; a director may not open the thresholds. The tests run in order and build on each other.
const PLAN = '2800-KH-BHXH-2021';
const DIRECTOR = 'director:01@demo.gd-ha-noi';
const LEADERSHIP = 'leadership';
const EMAIL = 'gd.hanoi@bhxh.gov.vn';
const UNTICKED = 'RANK_DROP';

type MySettings = { kinds: string[]; email: string | null; digest: string; version: number };
type Thresholds = { rankDrop: number; latePaymentRatio: number; inherited: string[]; version: number };

describe('Cài đặt cảnh báo and Ngưỡng cảnh báo in the browser', () => {
  let session: BrowserSession;
  let director: Page;
  let leader: Page;
  const offHost: string[][] = [];

  beforeAll(async () => {
    session = await startBrowserSession({ name: 'alert-settings-e2e', tokens: [DIRECTOR, LEADERSHIP] });
    director = await session.openPage({ as: DIRECTOR });
    leader = await session.openPage({ as: LEADERSHIP });
    offHost.push(watchRequestsOffHost(director, session.server.url), watchRequestsOffHost(leader, session.server.url));
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  async function api<T>(as: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const answer = await graphql<T>(session.server.url, query, variables, { token: session.server.tokens[as]! });
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }

  const mySettings = async () =>
    (await api<{ myAlertSettings: MySettings }>(DIRECTOR, '{ myAlertSettings { kinds email digest version } }'))
      .myAlertSettings;

  const thresholdsOf = async (planId: string | null) =>
    (
      await api<{ alertThresholds: Thresholds }>(
        LEADERSHIP,
        'query ($planId: String) { alertThresholds(planId: $planId) { rankDrop latePaymentRatio inherited version } }',
        { planId },
      )
    ).alertThresholds;

  /** The page is there and nothing on it is still loading or saving. */
  async function settled(page: Page, testId: string): Promise<void> {
    await page.waitForSelector(`[data-testid="${testId}"]`, { timeout: 30_000 });
    await page.waitForFunction(
      () => document.querySelectorAll('.loading-state, .is-stale, [aria-busy="true"]').length === 0,
      null,
      { timeout: 30_000 },
    );
    await page.waitForFunction(() => document.fonts.status === 'loaded');
  }

  const kindBoxes = (page: Page) =>
    page.$$eval('[data-testid="alert-kind"]', (boxes) =>
      boxes.map((box) => ({
        kind: (box as HTMLInputElement).value,
        checked: (box as HTMLInputElement).checked,
        label: box.closest('label')?.textContent ?? '',
      })),
    );

  const valueOf = (page: Page, field: string) =>
    page.textContent(`[data-testid="threshold-in-force"][data-field="${field}"] [data-testid="threshold-value"]`);

  it('links "Cảnh báo" to the settings for everyone and to the thresholds only for headquarters', async () => {
    await leader.goto(`${session.server.url}/canh-bao`);
    await leader.waitForSelector('[data-testid="notifications-thresholds-link"]', { timeout: 30_000 });
    expect(await leader.textContent('[data-testid="notifications-settings-link"]')).toBe('Cài đặt cảnh báo');
    expect(await leader.textContent('[data-testid="notifications-thresholds-link"]')).toBe('Ngưỡng cảnh báo');

    await director.goto(`${session.server.url}/canh-bao`);
    await director.waitForSelector('[data-testid="notifications-settings-link"]', { timeout: 30_000 });
    expect(await director.$('[data-testid="notifications-thresholds-link"]')).toBeNull();
    await Promise.all([
      director.waitForURL((url) => url.pathname === '/canh-bao/cai-dat', { timeout: 30_000 }),
      director.click('[data-testid="notifications-settings-link"]'),
    ]);
    await settled(director, 'alert-settings-form');
    expect(await director.textContent('h1')).toBe('Cài đặt cảnh báo');
    expect(await director.title()).toBe('Cài đặt cảnh báo · BHXH Scorecard');
  }, 60_000);

  it('lets the director untick a kind, give an address, choose "Hằng ngày" and save; a reload shows the same', async () => {
    const before = await mySettings();
    // Never chosen: every kind of the role, no e-mail.
    expect(before.version).toBe(0);
    expect(before.kinds).toContain(UNTICKED);
    const boxes = await kindBoxes(director);
    expect(boxes.map((box) => box.kind)).toEqual(before.kinds);
    expect(boxes.every((box) => box.checked)).toBe(true);
    expect(boxes.find((box) => box.kind === UNTICKED)?.label).toBe('Tụt hạng');
    expect(boxes.find((box) => box.kind === 'BAND_FELL')?.label).toBe('Tụt mức đánh giá (Đạt → Cần chú ý / Chậm)');
    // This server sends no e-mail: the page says so, and still offers every field.
    expect(await director.textContent('[data-testid="alert-settings-no-email"]')).toContain(
      'Máy chủ này chưa gửi thư điện tử',
    );
    expect(await director.isChecked('[data-testid="alert-digest-NONE"]')).toBe(true);

    await director.uncheck(`[data-testid="alert-kind"][value="${UNTICKED}"]`);
    await director.getByLabel('Địa chỉ thư điện tử').fill(EMAIL);
    await director.getByLabel('Hằng ngày', { exact: true }).check();
    await director.click('[data-testid="alert-settings-submit"]');
    await director.waitForFunction(
      () => document.querySelector('[data-testid="alert-settings-status"]')?.textContent?.startsWith('Đã lưu'),
      null,
      { timeout: 30_000 },
    );
    expect(await director.textContent('[data-testid="alert-settings-status"]')).toMatch(
      /^Đã lưu \(phiên bản 1\) lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
    );
    expect(await director.getAttribute('[data-testid="alert-settings-status"]', 'role')).toBe('status');

    const saved = await mySettings();
    expect(saved).toEqual({
      kinds: before.kinds.filter((kind) => kind !== UNTICKED),
      email: EMAIL,
      digest: 'DAILY',
      version: 1,
    });

    await director.reload();
    await settled(director, 'alert-settings-form');
    const after = await kindBoxes(director);
    expect(after.filter((box) => !box.checked).map((box) => box.kind)).toEqual([UNTICKED]);
    expect(await director.inputValue('[data-testid="alert-settings-email"]')).toBe(EMAIL);
    expect(await director.isChecked('[data-testid="alert-digest-DAILY"]')).toBe(true);
    expect(await director.textContent('[data-testid="alert-settings-version"]')).toMatch(
      /^Phiên bản 1 · Lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/,
    );
  }, 90_000);

  it('shows the server’s Vietnamese refusal of a daily digest without an address, beside the form', async () => {
    await director.getByLabel('Địa chỉ thư điện tử').fill('');
    await director.click('[data-testid="alert-settings-submit"]');
    const failure = director.locator('[data-testid="alert-settings-failure"]');
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.getAttribute('role')).toBe('alert');
    expect(await failure.textContent()).toContain(
      'Bản tin cần địa chỉ thư điện tử: ghi địa chỉ, hoặc chọn không nhận bản tin.',
    );
    // Nothing was stored.
    expect((await mySettings()).version).toBe(1);
    await checkAtBothWidths(director, 'alert-settings-refused');
  }, 90_000);

  it('lets leadership pick the 2021 plan, set "Tụt hạng" to 3 with a reason, and see it in force and in the history', async () => {
    await leader.goto(`${session.server.url}/canh-bao/nguong`);
    await settled(leader, 'threshold-form');
    expect(await leader.textContent('h1')).toBe('Ngưỡng cảnh báo');
    expect(await leader.inputValue('[data-testid="threshold-scope"]')).toBe('');
    // Agency-wide: the late-payment threshold is offered, in vi-VN figures.
    expect(await leader.$('[data-testid="threshold-latePaymentRatio"]')).not.toBeNull();
    const agency = await thresholdsOf(null);
    expect(await valueOf(leader, 'latePaymentRatio')).toBe(
      `${(agency.latePaymentRatio * 100).toLocaleString('vi-VN', { maximumFractionDigits: 4 })}%`,
    );

    await leader.selectOption('[data-testid="threshold-scope"]', PLAN);
    await leader.waitForURL((url) => url.searchParams.get('plan') === PLAN, { timeout: 30_000 });
    await settled(leader, 'threshold-form');
    // A plan's scope does not offer the late-payment threshold, and says why.
    expect(await leader.$('[data-testid="threshold-latePaymentRatio"]')).toBeNull();
    expect(await leader.textContent('[data-testid="threshold-late-payment-agency-wide"]')).toContain(
      'áp dụng toàn ngành',
    );
    expect(
      await leader.getAttribute('[data-testid="threshold-in-force"][data-field="rankDrop"]', 'data-inherited'),
    ).toBe('true');
    expect(await leader.textContent('[data-testid="threshold-in-force"][data-field="rankDrop"]')).toContain(
      'kế thừa từ toàn ngành/mặc định',
    );

    const note = 'Theo dõi sát thứ hạng quý IV';
    await leader.getByLabel('Tụt hạng (bậc)').fill('3');
    await leader.getByLabel('Lý do thay đổi').fill(note);
    await leader.click('[data-testid="threshold-submit"]');
    await leader.waitForFunction(
      () => document.querySelector('[data-testid="threshold-status"]')?.textContent?.startsWith('Đã lưu phiên bản 1'),
      null,
      { timeout: 30_000 },
    );
    await settled(leader, 'threshold-history-row');
    expect(await valueOf(leader, 'rankDrop')).toBe('3');
    expect(
      await leader.getAttribute('[data-testid="threshold-in-force"][data-field="rankDrop"]', 'data-inherited'),
    ).toBe('false');
    const rows = await leader.$$eval('[data-testid="threshold-history-row"]', (trs) =>
      trs.map((tr) => ({
        version: tr.getAttribute('data-version'),
        rankDrop: tr.querySelector('[data-field="rankDrop"]')?.textContent,
        paceMultiple: tr.querySelector('[data-field="paceMultiple"]')?.textContent,
        note: tr.querySelector('[data-testid="threshold-history-note"]')?.textContent,
      })),
    );
    expect(rows[0]).toEqual({ version: '1', rankDrop: '3', paceMultiple: 'kế thừa', note });
    const plan = await thresholdsOf(PLAN);
    expect(plan.rankDrop).toBe(3);
    expect(plan.inherited).not.toContain('rankDrop');
    await checkAtBothWidths(leader, 'alert-thresholds-plan');
  }, 120_000);

  it('sets the agency-wide late-payment threshold typed as a vi-VN percent, "3,5", as the fraction 0.035', async () => {
    await leader.selectOption('[data-testid="threshold-scope"]', '');
    await leader.waitForURL((url) => !url.searchParams.has('plan'), { timeout: 30_000 });
    await settled(leader, 'threshold-form');
    await leader.getByLabel('Tỷ lệ chậm đóng (%)').fill('3,5');
    await leader.getByLabel('Lý do thay đổi').fill('Ngưỡng chậm đóng theo kết quả năm 2023');
    await leader.click('[data-testid="threshold-submit"]');
    await leader.waitForFunction(
      () => document.querySelector('[data-testid="threshold-status"]')?.textContent?.startsWith('Đã lưu phiên bản'),
      null,
      { timeout: 30_000 },
    );
    await settled(leader, 'threshold-history-row');
    expect((await thresholdsOf(null)).latePaymentRatio).toBe(0.035);
    expect(await valueOf(leader, 'latePaymentRatio')).toBe('3,5%');
  }, 90_000);

  it('shows the delivery log as the server has it: nothing sent while no channel is set up', async () => {
    type Log = { alertMessages: { id: string }[] };
    const logged = (await api<Log>(LEADERSHIP, '{ alertMessages(first: 20) { id } }')).alertMessages;
    await leader.reload();
    await settled(leader, 'delivery-section');
    await leader.waitForSelector('[data-testid="delivery-log"], [data-testid="delivery-empty"]', { timeout: 30_000 });
    expect(await leader.locator('[data-testid="delivery-row"]').count()).toBe(logged.length);
    if (logged.length === 0)
      expect(await leader.textContent('[data-testid="delivery-empty"]')).toBe('Chưa có tin nào được soạn để gửi.');
    // Fewer than 20: there is nothing more to show.
    if (logged.length < 20) expect(await leader.$('[data-testid="delivery-more"]')).toBeNull();
    await checkAtBothWidths(leader, 'alert-thresholds');
  }, 120_000);

  it('tells a director that the thresholds are not theirs to set', async () => {
    await director.goto(`${session.server.url}/canh-bao/nguong`);
    await director.waitForSelector('[data-testid="forbidden-page"]', { timeout: 30_000 });
    expect(await director.textContent('h1')).toBe('Ngưỡng cảnh báo');
    expect(await director.textContent('[data-testid="forbidden-page"]')).toContain('không có quyền');
    expect(await director.$('[data-testid="threshold-form"]')).toBeNull();
  }, 60_000);

  it('passes axe on the settings as saved, at 1440 and 390 px', async () => {
    await director.goto(`${session.server.url}/canh-bao/cai-dat`);
    await settled(director, 'alert-settings-form');
    await checkAtBothWidths(director, 'alert-settings');
  }, 90_000);

  it('fetched nothing from anywhere but the server', () => {
    expect(offHost.flat()).toEqual([]);
  });
});

// The delivery log with rows: a server of its own that posts every alert to a webhook receiver in this process (a
// plain leadership token, so the server starts once, on a fresh file).
describe('Nhật ký gửi in the browser, with a webhook', () => {
  let session: BrowserSession;
  let receiver: Server;
  let leader: Page;
  let offHost: string[];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(204).end());
    });
    const port = await new Promise<number>((resolve) =>
      receiver.listen(0, '127.0.0.1', () => {
        const address = receiver.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      }),
    );
    session = await startBrowserSession({
      name: 'alert-delivery-e2e',
      tokens: [LEADERSHIP],
      env: {
        SCORECARD_WEBHOOK_URL: `http://127.0.0.1:${port}/hooks/bhxh`,
        SCORECARD_WEBHOOK_SECRET: 'chia-se-bi-mat-16+',
      },
    });
    leader = await session.openPage({ as: LEADERSHIP });
    offHost = watchRequestsOffHost(leader, session.server.url);
  }, 240_000);

  afterAll(async () => {
    await session?.close();
    receiver?.close();
  });

  it('lists the webhook posts newest first, 20 at a time with "Xem thêm", with no axe violation', async () => {
    type Log = { alertMessages: { id: string; state: string }[] };
    const log = async () =>
      (await graphql<Log>(session.server.url, '{ alertMessages(first: 40) { id state } }')).data!.alertMessages;
    await until(async () => (await log()).length > 0, 'the first webhook post', 60_000);
    const logged = await log();

    await leader.goto(`${session.server.url}/canh-bao/nguong`);
    await leader.waitForSelector('[data-testid="delivery-log"]', { timeout: 30_000 });
    await leader.waitForFunction(() => document.querySelectorAll('.loading-state').length === 0, null, {
      timeout: 30_000,
    });
    const rows = () =>
      leader.$$eval('[data-testid="delivery-row"]', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td, th')].map((cell) => cell.textContent ?? '')),
      );
    const first = await rows();
    expect(first.length).toBe(Math.min(20, logged.length));
    for (const cells of first) {
      expect(cells[0]).toBe('Webhook');
      expect(['Chờ gửi', 'Đang gửi', 'Đã gửi', 'Sẽ thử lại', 'Lỗi']).toContain(cells[5]);
      // Lúc: dd/mm/yyyy HH:mm.
      expect(cells[7]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    }
    if (logged.length > 20) {
      await leader.click('[data-testid="delivery-more"]');
      await leader.waitForFunction(() => document.querySelectorAll('[data-testid="delivery-row"]').length > 20, null, {
        timeout: 30_000,
      });
      expect((await rows()).length).toBe(Math.min(40, logged.length));
    } else {
      expect(await leader.$('[data-testid="delivery-more"]')).toBeNull();
    }
    await checkAtBothWidths(leader, 'alert-delivery');
    expect(offHost).toEqual([]);
  }, 120_000);
});
