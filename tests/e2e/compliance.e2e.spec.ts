import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawCharts, PHONE, WIDE } from '../support/browser-session';
import { ARTEFACTS, launchChromium } from '../support/chromium';
import { graphql, startServer, tempDir, type GraphQLResponse, type RunningServer } from '../support/scorecard-server';

// "Tuân thủ" in Debian's Chromium against the built server on a fresh DuckDB file with the sample data and its
// synthetic compliance cases. An officer of a province with an open case waiting for its notice signs in with the
// one-time link of a new account, reads the funnel, records three steps on the case, sees the timeline grow and
// the funnel move by one at each of those steps, and sees no other province. Then they import a list from the tax
// authority with a new employer of the province (one case opened), the same list again (refused, row by row), and
// a file recording the new case's notice, which its timeline shows. The tests run in order.
const STEPS = ['NOTICE_SENT', 'CONFERENCE_INVITED', 'CONFERENCE_HELD'] as const;
const LIST_AS_OF = '2023-12-31';

type ApiCases = {
  complianceCases: {
    totalCount: number;
    edges: { node: { id: string; province: { code: string; nameVi: string } } }[];
  };
};
type ApiCase = {
  complianceCase: { id: string; taxCode: string; steps: { step: string; on: string }[]; openedOn: string };
};
type ApiFunnel = { complianceFunnel: { steps: { step: string; reached: number }[] } };
type ApiOffer = { complianceReportOffer: { values: { metric: string; value: number }[] } };

const CASES = `query ($asOf: LocalDate!, $province: String, $waitingFor: ComplianceStep, $first: Int!) {
  complianceCases(asOf: $asOf, province: $province, waitingFor: $waitingFor, open: true, first: $first) {
    totalCount
    edges { node { id province { code nameVi } } }
  }
}`;
const CASE = `query ($id: ID!) { complianceCase(id: $id) { id taxCode openedOn steps { step on } } }`;
const FUNNEL = `query ($asOf: LocalDate!, $province: String) {
  complianceFunnel(asOf: $asOf, province: $province) { steps { step reached } }
}`;
const DATA_RANGE = `{ complianceDataRange { from to } }`;
const CREATE_OFFICER = `mutation ($login: String!, $province: String!) {
  createAccount(login: $login, displayName: "Cán bộ tuân thủ", role: OFFICER, provinceCode: $province) { signInLink }
}`;

/** An ISO date plus days. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today in Vietnam, the server's today. */
function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** dd/mm/yyyy, as the page shows and takes dates. */
function vi(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

describe('Tuân thủ in the browser', () => {
  const temp = tempDir('scorecard-e2e-compliance-');
  let server: RunningServer;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** The origin of the officer's session (the one-time link names the server as localhost). */
  let origin = '';
  let province = '';
  let provinceName = '';
  let caseId = '';
  let taxCode = '';
  let otherProvince = { code: '', nameVi: '', caseId: '' };
  /** The three steps' dates, each on or after the one before and the case's last step. */
  let dates: string[] = [];
  let before = new Map<string, number>();
  const requestsOffHost: string[] = [];

  const api = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const answer: GraphQLResponse<T> = await graphql<T>(server.url, query, variables);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };

  beforeAll(async () => {
    server = await startServer({ dbPath: join(temp.dir, 'compliance.duckdb') });
    chromium = await launchChromium();
    browser = chromium.browser;
  });

  afterAll(async () => {
    await context?.close();
    await chromium?.close();
    await server?.stop();
    temp.remove();
  });

  /** The funnel table's "reached" of each step, read as text and turned back into numbers (1.234 → 1234). */
  const reachedByStep = async () => {
    const rows = await page.$$eval('[data-testid="funnel-row"]', (elements) =>
      elements.map((row) => [
        row.getAttribute('data-step') ?? '',
        row.querySelector('[data-testid="funnel-reached"]')?.textContent ?? '',
      ]),
    );
    return new Map(rows.map(([step, text]) => [step!, Number(text!.replace(/\./g, ''))]));
  };
  const waitForFunnel = (asOf: string) =>
    page.waitForSelector(`[data-testid="compliance-funnel"][data-as-of="${asOf}"]:not([aria-busy="true"])`, {
      timeout: 30_000,
    });
  const stepRows = () => page.$$eval('[data-testid="case-step"]', (rows) => rows.length);

  it('finds a province with an open case waiting for its notice, and a case of another province', async () => {
    const waiting = await api<ApiCases>(CASES, { asOf: LIST_AS_OF, waitingFor: 'NOTICE_SENT', first: 200 });
    expect(waiting.complianceCases.totalCount).toBeGreaterThan(0);
    const first = waiting.complianceCases.edges[0]!.node;
    province = first.province.code;
    provinceName = first.province.nameVi;
    caseId = first.id;
    const other = waiting.complianceCases.edges.find((edge) => edge.node.province.code !== province)!.node;
    otherProvince = { code: other.province.code, nameVi: other.province.nameVi, caseId: other.id };

    const found = await api<ApiCase>(CASE, { id: caseId });
    taxCode = found.complianceCase.taxCode;
    const last = found.complianceCase.steps.reduce(
      (latest, step) => (step.on > latest ? step.on : latest),
      found.complianceCase.openedOn,
    );
    const first1 = last > '2023-12-01' ? last : '2023-12-01';
    dates = [first1, addDays(first1, 11), addDays(first1, 19)];
  });

  it('signs a new officer of that province in with the one-time link of the account', async () => {
    const created = await api<{ createAccount: { signInLink: string } }>(CREATE_OFFICER, {
      login: 'can-bo.tuan-thu',
      province,
    });
    const link = created.createAccount.signInLink;
    origin = new URL(link).origin;
    context = await browser.newContext({ viewport: WIDE, locale: 'vi-VN', acceptDownloads: true });
    page = await context.newPage();
    page.on('request', (request) => {
      const url = request.url();
      if (![origin, server.url, 'data:', 'blob:'].some((host) => url.startsWith(host))) requestsOffHost.push(url);
    });
    await page.goto(link);
    await page.waitForSelector('[data-testid="change-password-page"]', { timeout: 30_000 });
    const password = 'mot cau that dai de nho';
    await page.fill('[data-testid="password-next"]', password);
    await page.fill('[data-testid="password-repeat"]', password);
    await Promise.all([
      page.waitForURL((url) => url.pathname !== '/doi-mat-khau', { timeout: 30_000 }),
      page.click('[data-testid="password-submit"]'),
    ]);
    await page.waitForSelector('[data-testid="user-menu"]', { timeout: 30_000 });
  });

  it('opens the funnel of the officer’s own province at the last date of the sample, with its table as text', async () => {
    await page.click('[data-testid="nav-compliance"]');
    await waitForFunnel(LIST_AS_OF);
    expect(new URL(page.url()).pathname).toBe('/tuan-thu');
    expect(await page.getAttribute('[data-testid="nav-compliance"]', 'aria-current')).toBe('page');
    expect(await page.textContent('h1')).toBe('Tuân thủ');
    // Their province, fixed: no picker offering another.
    expect(await page.getAttribute('[data-testid="compliance-own-province"]', 'data-province-code')).toBe(province);
    expect(await page.$$('[data-testid="compliance-province"]')).toHaveLength(0);
    expect(await page.getAttribute('[data-testid="compliance-funnel"]', 'data-province-code')).toBe(province);
    expect(await page.textContent('[data-testid="funnel-heading"]')).toBe(`${provinceName} · đến ngày 31/12/2023`);
    expect(await page.isVisible('[data-testid="synthetic-banner"]')).toBe(true);
    expect(await page.textContent('[data-testid="synthetic-banner"]')).toContain('Dữ liệu mẫu');

    const shown = await reachedByStep();
    const apiFunnel = await api<ApiFunnel>(FUNNEL, { asOf: LIST_AS_OF, province });
    expect([...shown.keys()]).toEqual(apiFunnel.complianceFunnel.steps.map((s) => s.step));
    for (const step of apiFunnel.complianceFunnel.steps) expect(shown.get(step.step), step.step).toBe(step.reached);
    // vi-VN formats: a conversion as 12,5%.
    const conversion = await page.textContent(
      '[data-testid="funnel-row"][data-step="NOTICE_SENT"] [data-testid="funnel-conversion"]',
    );
    expect(conversion).toMatch(/^\d{1,3},\d%$/);

    await drawCharts(page);
    await page.waitForFunction(() => document.fonts.status === 'loaded');
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(ARTEFACTS, 'compliance-funnel-1440.png'), fullPage: true });
  });

  it('notes the counts at the date of the last step to record, typed as dd/mm/yyyy', async () => {
    const field = '[data-testid="compliance-as-of"]';
    await page.click(field);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(vi(dates[2]!), { delay: 20 });
    await page.waitForURL((url) => url.searchParams.get('asOf') === dates[2], { timeout: 10_000 });
    await waitForFunnel(dates[2]!);
    before = await reachedByStep();
    for (const step of STEPS) expect(before.get(step), step).toBeGreaterThanOrEqual(0);
  });

  it('lists the province’s cases a page at a time, and finds one by its tax code', async () => {
    await page.click('[data-testid="compliance-tab-cases"]');
    await page.waitForSelector('[data-testid="cases-shown"]', { timeout: 30_000 });
    const total = Number(await page.getAttribute('[data-testid="cases-shown"]', 'data-total-count'));
    const rows = () => page.$$eval('[data-testid="case-row"]', (elements) => elements.length);
    expect(await rows()).toBe(Math.min(50, total));
    expect(await page.textContent('[data-testid="cases-shown"]')).toContain(`/ ${total.toLocaleString('vi-VN')} hồ sơ`);
    if (total > 50) {
      await page.click('[data-testid="cases-more"]');
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="case-row"]').length === n,
        Math.min(100, total),
        { timeout: 30_000 },
      );
    }
    await page.fill('[data-testid="case-filter-search"]', taxCode);
    await page.click('[data-testid="case-filter-submit"]');
    await page.waitForURL((url) => url.searchParams.get('q') === taxCode);
    await page.waitForFunction(
      (id) => {
        const shown = [...document.querySelectorAll('[data-testid="case-row"]')];
        return shown.length > 0 && shown.some((row) => row.getAttribute('data-case-id') === id);
      },
      caseId,
      { timeout: 30_000 },
    );
    const taxCodes = await page.$$eval('[data-testid="case-row"] .case-table__tax-code', (cells) =>
      cells.map((cell) => cell.textContent),
    );
    expect(taxCodes.every((code) => code === taxCode)).toBe(true);
    await page.click('[data-testid="case-filter-clear"]');
    await page.waitForURL((url) => url.searchParams.get('q') === null);
  });

  it('lists the cases waiting for a notice and opens the case from its link', async () => {
    await page.selectOption('[data-testid="case-filter-waiting"]', 'NOTICE_SENT');
    await page.waitForURL((url) => url.searchParams.get('waiting') === 'NOTICE_SENT');
    await page.selectOption('[data-testid="case-filter-state"]', 'open');
    await page.waitForURL((url) => url.searchParams.get('state') === 'open');
    await page.waitForSelector(`[data-testid="case-row"][data-case-id="${caseId}"]`, { timeout: 30_000 });
    const rows = await page.$$eval('[data-testid="case-row"]', (elements) =>
      elements.map((row) => ({
        waiting: row.getAttribute('data-waiting-for'),
        province: row.getAttribute('data-province-code'),
      })),
    );
    expect(rows.every((row) => row.waiting === 'NOTICE_SENT' && row.province === province)).toBe(true);
    // The province's own list has no province column.
    expect(
      await page.$$eval('[data-testid="case-table"] thead th', (ths) => ths.map((th) => th.textContent)),
    ).not.toContain('Tỉnh/thành phố');
    await page.click(`[data-testid="case-row"][data-case-id="${caseId}"] [data-testid="case-link"]`);
    await page.waitForSelector('[data-testid="case-view"]', { timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe(`/tuan-thu/ho-so/${caseId}`);
    expect(await page.getAttribute('[data-testid="case-next-step"]', 'data-step')).toBe('NOTICE_SENT');
    expect(await page.inputValue('[data-testid="record-step-step"]')).toBe('NOTICE_SENT');
    expect(await page.textContent('[data-testid="case-synthetic"]')).toBe('Dữ liệu mẫu');
  });

  it('records three steps in turn, each dated on or after the one before, and the timeline grows', async () => {
    for (const [i, step] of STEPS.entries()) {
      const count = await stepRows();
      await page.selectOption('[data-testid="record-step-step"]', step);
      await page.fill('[data-testid="record-step-date"]', vi(dates[i]!));
      await page.fill('[data-testid="record-step-document"]', `${i + 1}/TB-BHXH`);
      await page.click('[data-testid="record-step-submit"]');
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="case-step"]').length === n,
        count + 1,
        {
          timeout: 30_000,
        },
      );
      const last = await page.$eval('[data-testid="case-step"]:last-child', (row) => ({
        step: row.getAttribute('data-step'),
        on: row.getAttribute('data-on'),
        text: row.textContent ?? '',
      }));
      expect(last).toMatchObject({ step, on: dates[i] });
      expect(last.text).toContain(vi(dates[i]!));
      expect(last.text).toContain(`${i + 1}/TB-BHXH`);
      expect(await page.textContent('[data-testid="case-saved"]')).toContain(vi(dates[i]!));
    }
    // After the conference, the case waits for the inspection to be scheduled.
    expect(await page.getAttribute('[data-testid="case-next-step"]', 'data-step')).toBe('INSPECTION_SCHEDULED');
    await page.screenshot({ path: join(ARTEFACTS, 'compliance-case-1440.png'), fullPage: true });
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(ARTEFACTS, 'compliance-case-390.png'), fullPage: true });
    await page.setViewportSize(WIDE);
  });

  it('refuses a date in the future beside the field, and shows the server’s refusal in Vietnamese', async () => {
    await page.fill('[data-testid="record-step-date"]', '01/01/2099');
    await page.click('[data-testid="record-step-submit"]');
    expect(await page.textContent('[data-testid="record-step-date-issue"]')).toContain('sau hôm nay');

    // Seen at the first step's date, the page knows no later step; the server does, and says so.
    await page.goto(`${origin}/tuan-thu/ho-so/${caseId}?asOf=${dates[0]}`);
    await page.waitForSelector('[data-testid="case-view"]', { timeout: 30_000 });
    expect(await stepRows()).toBeGreaterThan(0);
    await page.fill('[data-testid="record-step-date"]', vi(addDays(dates[0]!, 1)));
    await page.click('[data-testid="record-step-submit"]');
    await page.waitForSelector('[data-testid="record-step-refusal"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="record-step-refusal-message"]')).toContain(
      'trước bước đã ghi gần nhất',
    );
  });

  it('shows the funnel at the last step’s date with each of the three steps reached once more', async () => {
    await page.goto(`${origin}/tuan-thu?asOf=${dates[2]}`);
    await waitForFunnel(dates[2]!);
    const after = await reachedByStep();
    for (const step of STEPS) expect(after.get(step), step).toBe(before.get(step)! + 1);
    // Steps before them and after them are as they were.
    for (const step of ['LIST_RECEIVED', 'ENTERED', 'INSPECTION_SCHEDULED', 'POLICE_REFERRAL'])
      expect(after.get(step), step).toBe(before.get(step));
    await page.setViewportSize(PHONE);
    await drawCharts(page);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(ARTEFACTS, 'compliance-funnel-390.png'), fullPage: true });
    await page.setViewportSize(WIDE);
  });

  it('lists the week’s work overdue first, then by deadline, and report 08-KT with the province’s row only', async () => {
    await page.goto(`${origin}/tuan-thu?tab=queue`);
    await page.waitForSelector('[data-testid="queue-table"], [data-testid="queue-empty"]', { timeout: 30_000 });
    const queue = await page.$$eval('[data-testid="queue-table"] [data-testid="case-row"]', (rows) =>
      rows.map((row) => row.getAttribute('data-overdue') === 'true'),
    );
    // Overdue ones form the head of the list.
    expect(queue.indexOf(false) === -1 || !queue.slice(queue.indexOf(false)).includes(true)).toBe(true);

    await page.click('[data-testid="compliance-tab-report"]');
    await page.waitForSelector('[data-testid="report08-row"]', { timeout: 30_000 });
    expect(await page.inputValue('[data-testid="report08-day"]')).toBe('2023-12-31');
    const rows = await page.$$eval('[data-testid="report08-row"]', (elements) =>
      elements.map((row) => row.getAttribute('data-province-code')),
    );
    expect(rows).toEqual([province]);
    const href = await page.getAttribute('[data-testid="report08-download"]', 'href');
    expect(href).toBe(`/export/compliance-08kt.xlsx?reportDate=2023-12-31&province=${province}`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="report08-download"]'),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  it('offers the workflow’s figures for the plan report and sends them after a confirmation', async () => {
    await page.click('[data-testid="compliance-tab-offer"]');
    await page.waitForSelector('[data-testid="offer-value"]', { timeout: 30_000 });
    const planId = await page.inputValue('[data-testid="offer-plan"]');
    const reportDate = await page.inputValue('[data-testid="offer-date"]');
    const offer = await api<ApiOffer>(
      `query ($planId: String!, $province: String!, $reportDate: LocalDate!) {
        complianceReportOffer(planId: $planId, province: $province, reportDate: $reportDate) { values { metric value } }
      }`,
      { planId, province, reportDate },
    );
    const shown = await page.$$eval('[data-testid="offer-value"]', (rows) =>
      rows.map((row) => [row.getAttribute('data-metric'), row.querySelector('td')?.textContent]),
    );
    expect(shown).toEqual(offer.complianceReportOffer.values.map((v) => [v.metric, v.value.toLocaleString('vi-VN')]));
    await page.click('[data-testid="offer-send"]');
    await page.waitForSelector('[data-testid="offer-confirm"]');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('offer-confirm');
    await page.click('[data-testid="offer-confirm-send"]');
    await page.waitForSelector('[data-testid="report-result"]', { timeout: 30_000 });
    // An officer's report waits for approval, with the three figures sent.
    expect(await page.getAttribute('[data-testid="report-state"]', 'data-state')).toBe('PENDING');
    expect(
      await page.$$eval('[data-testid="report-sent-value"]', (rows) =>
        rows.map((row) => row.getAttribute('data-metric')),
      ),
    ).toEqual(offer.complianceReportOffer.values.map((v) => v.metric));
  });

  it('shows the officer no other province: neither its funnel nor its case', async () => {
    await page.goto(`${origin}/tuan-thu?province=${otherProvince.code}`);
    await page.waitForSelector('[data-testid="compliance-own-only"]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid="compliance-own-only"]')).toContain(otherProvince.nameVi);
    // Without a date, the page opens on the last day recorded on any case.
    const range = await api<{ complianceDataRange: { to: string } }>(DATA_RANGE, {});
    await waitForFunnel(range.complianceDataRange.to);
    expect(await page.getAttribute('[data-testid="compliance-funnel"]', 'data-province-code')).toBe(province);

    await page.goto(`${origin}/tuan-thu/ho-so/${otherProvince.caseId}`);
    await page.waitForSelector('[data-testid="error-panel"]', { timeout: 30_000 });
    expect(await page.$$('[data-testid="case-view"]')).toHaveLength(0);
    expect(await page.textContent('[data-testid="error-panel"]')).toContain('Không tải được hồ sơ');

    // Asked directly, the server refuses too.
    const asked = await page.evaluate(async (id) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ complianceCase(id: "${id}") { id } }` }),
      });
      return (await response.json()) as GraphQLResponse<unknown>;
    }, otherProvince.caseId);
    expect(asked.errors?.[0]?.extensions?.['code']).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(requestsOffHost).toEqual([]);
  });

  describe('importing a list and steps from files', () => {
    const NEW_TAX_CODE = '0312345678';
    const NEW_EMPLOYER = 'Công ty TNHH Thương mại Đông Á Việt';
    const today = todayInVietnam();
    const received = addDays(today, -4);
    let listFile = '';
    let newCaseId = '';

    it('offers the officer the import tab, and opens a case for the one new employer of a list', async () => {
      const before = await api<ApiCases>(
        `query ($asOf: LocalDate!, $search: String) {
          complianceCases(asOf: $asOf, search: $search, first: 5) { totalCount edges { node { id province { code nameVi } } } }
        }`,
        { asOf: today, search: NEW_TAX_CODE },
      );
      expect(before.complianceCases.totalCount).toBe(0);
      listFile = join(temp.dir, 'danh-sach-02a-KT.csv');
      writeFileSync(
        listFile,
        [
          'Mã số thuế,Tên đơn vị,Địa chỉ,Tỉnh/thành phố,Quận/huyện,Số lao động,Quỹ lương',
          `${NEW_TAX_CODE},${NEW_EMPLOYER},"Số 12, đường Lê Lợi",${provinceName},Trung tâm,25,180000000`,
        ].join('\n') + '\n',
      );

      await page.goto(`${origin}/tuan-thu`);
      await page.click('[data-testid="compliance-tab-import"]');
      await page.waitForSelector('[data-testid="list-import"]', { timeout: 30_000 });
      expect(new URL(page.url()).searchParams.get('tab')).toBe('import');
      expect(await page.getAttribute('[data-testid="compliance-tab-import"]', 'aria-current')).toBe('page');
      expect(await page.textContent('[data-testid="compliance-tab-import"]')).toBe('Nhập danh sách, kết quả');
      // Entered today unless said otherwise.
      expect(await page.inputValue('[data-testid="list-import-entered"]')).toBe(vi(today));

      await page.setInputFiles('[data-testid="list-import-files"]', listFile);
      await page.selectOption('[data-testid="list-import-kind"]', 'NOT_PARTICIPATING');
      await page.fill('[data-testid="list-import-received"]', vi(received));
      await page.click('[data-testid="list-import-submit"]');
      await page.waitForSelector('[data-testid="list-import-result"]', { timeout: 30_000 });
      expect(await page.getAttribute('[data-testid="list-import-result"]', 'data-cases-opened')).toBe('1');
      expect(await page.textContent('[data-testid="list-import-cases"]')).toBe(
        'Mở 1 hồ sơ mới · tiếp tục 0 hồ sơ đang xử lý.',
      );
      const href = (await page.getAttribute('[data-testid="list-import-case"]', 'href'))!;
      newCaseId = /\/tuan-thu\/ho-so\/(\d+)$/.exec(href)![1]!;
      const opened = await api<ApiCase>(CASE, { id: newCaseId });
      expect(opened.complianceCase).toMatchObject({ taxCode: NEW_TAX_CODE, openedOn: received });
    });

    it('refuses the same list again, naming each row already listed, in Vietnamese', async () => {
      await page.setInputFiles('[data-testid="list-import-files"]', listFile);
      await page.click('[data-testid="list-import-submit"]');
      await page.waitForSelector('[data-testid="list-import-problem"]', { timeout: 30_000 });
      const problems = await page.$$eval('[data-testid="list-import-problem"]', (rows) =>
        rows.map((row) => ({
          kind: row.getAttribute('data-kind'),
          cells: [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
        })),
      );
      expect(problems).toHaveLength(1);
      const [problem] = problems;
      expect(problem!.kind).toBe('ALREADY_LISTED');
      // File, row (the header is row 1), column, value, problem, fix.
      expect(problem!.cells.slice(0, 4)).toEqual(['danh-sach-02a-KT.csv', '2', 'tax_code', NEW_TAX_CODE]);
      expect(problem!.cells[4]).toBe(
        `Danh sách đã được nhậpđơn vị ${NEW_TAX_CODE} đã có trong danh sách nhận ngày ${received}: danh sách này đã được nhập trước đây`,
      );
      expect(problem!.cells[5]).toBe(
        'Mỗi danh sách chỉ nhập một lần; danh sách mới của cơ quan thuế có ngày nhận riêng.',
      );
      expect(await page.textContent('[data-testid="import-problems"] h3')).toBe('Tệp không được nhập: 1 lỗi');
      // The focus is on the answer, for keyboard and screen-reader users.
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-problems');
      const still = await api<ApiCases>(CASES, { asOf: today, province, waitingFor: 'NOTICE_SENT', first: 200 });
      expect(still.complianceCases.edges.filter((edge) => edge.node.id === newCaseId)).toHaveLength(1);
    });

    it('records the new case’s notice from a file of steps, and shows it in the case’s timeline', async () => {
      const stepsFile = join(temp.dir, 'cac-buoc.csv');
      writeFileSync(stepsFile, `tax_code,step,date,document\n${NEW_TAX_CODE},NOTICE_SENT,${vi(today)},15/TB-BHXH\n`);
      await page.setInputFiles('[data-testid="steps-import-files"]', stepsFile);
      await page.click('[data-testid="steps-import-submit"]');
      await page.waitForSelector('[data-testid="steps-import-result"]', { timeout: 30_000 });
      expect(await page.getAttribute('[data-testid="steps-import-result"]', 'data-steps')).toBe('1');
      expect(await page.textContent('[data-testid="steps-import-result"]')).toBe(
        'Đã ghi nhận 1 bước và 0 kết quả trên 1 hồ sơ.',
      );

      for (const viewport of [WIDE, PHONE]) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(ARTEFACTS, `compliance-import-${viewport.width}.png`), fullPage: true });
      }
      await page.setViewportSize(WIDE);

      await page.goto(`${origin}/tuan-thu/ho-so/${newCaseId}`);
      await page.waitForSelector('[data-testid="case-view"]', { timeout: 30_000 });
      expect(new URL(page.url()).pathname).toBe(`/tuan-thu/ho-so/${newCaseId}`);
      expect(await page.textContent('[data-testid="case-employer"]')).toBe(NEW_EMPLOYER);
      expect(await page.textContent('[data-testid="case-tax-code"]')).toBe(NEW_TAX_CODE);
      await page.waitForSelector(`[data-testid="case-step"][data-step="NOTICE_SENT"][data-on="${today}"]`, {
        timeout: 30_000,
      });
      const notice = await page.textContent('[data-testid="case-step"][data-step="NOTICE_SENT"]');
      expect(notice).toContain(vi(today));
      expect(notice).toContain('15/TB-BHXH');
      // The case goes on from its notice.
      expect(await page.getAttribute('[data-testid="case-next-step"]', 'data-step')).not.toBe('NOTICE_SENT');
      expect(requestsOffHost).toEqual([]);
    });
  });
});
