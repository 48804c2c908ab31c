import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTEFACTS, bearer, launchChromium } from '../support/chromium';
import { REPO_ROOT, startServer, tempDir, type RunningServer } from '../support/scorecard-server';

const APPENDIX_05 = readFileSync(join(REPO_ROOT, 'data/plans/2800-KH-BHXH-2021/appendix-05.txt'), 'utf8');

// The "Kế hoạch" page in Chromium against the real server: the published tables' reconciliation, and an
// import through the form that is refused, then one that becomes version 2.
describe('Kế hoạch in the browser', () => {
  const temp = tempDir('scorecard-e2e-plans-');
  let server: RunningServer;
  let chromium: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;

  beforeAll(async () => {
    writeFileSync(
      join(temp.dir, 'phu-luc-05-sua.txt'),
      APPENDIX_05.replace(/^63\tYên Bái\t7,515\t/m, '63\tYên Bái\t367\t'),
    );
    writeFileSync(join(temp.dir, 'phu-luc-05-loi.txt'), APPENDIX_05.replace('Quảng Ninh', 'Quảng Nimh'));
    server = await startServer({ dbPath: join(temp.dir, 'plans.duckdb'), env: { SCORECARD_SAMPLE_DATA: 'off' } });
    chromium = await launchChromium();
    page = await chromium.browser.newPage({
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

  const errorFindings = () =>
    page.$$eval('[data-testid="reconciliation-finding"][data-severity="ERROR"]', (rows) =>
      rows.map((row) => row.textContent ?? ''),
    );

  it('opens from the navigation and shows the errors of the published tables with published and recomputed numbers', async () => {
    await page.goto(server.url);
    await page.click('[data-testid="nav-plans"]');
    await page.waitForURL(/\/ke-hoach/);
    await page.waitForSelector('[data-testid="plan-card"][data-plan-id="2800-KH-BHXH-2021"]');
    await page.waitForSelector('[data-testid="reconciliation-finding"]');
    const errors = await errorFindings();
    expect(errors).toHaveLength(2);
    const yenBai = errors.find((row) => row.includes('Yên Bái'));
    expect(yenBai).toMatch(/7\.515/);
    expect(yenBai).toMatch(/367/);
    expect(yenBai).toMatch(/\+7\.148/);
    expect(await page.textContent('[data-testid="reconciliation-counts"]')).toMatch(/2\.240/);
    await page.waitForSelector('[data-testid="plan-target-totals"]');
    expect(await page.textContent('[data-testid="plan-target-totals"]')).toContain('160.669.625');
    await page.screenshot({ path: join(ARTEFACTS, 'plans-page.png'), fullPage: true });
  });

  it('lists every problem of a refused file and stores nothing', async () => {
    await page.setInputFiles('[data-testid="plan-import-files"]', join(temp.dir, 'phu-luc-05-loi.txt'));
    await page.click('[data-testid="plan-import-submit"]');
    await page.waitForSelector('[data-testid="plan-import-problem"]');
    const problems = await page.$$eval('[data-testid="plan-import-problem"]', (rows) =>
      rows.map((row) => row.textContent ?? ''),
    );
    expect(problems.some((row) => row.includes('Quảng Nimh'))).toBe(true);
    expect(problems.some((row) => row.includes('Quảng Ninh'))).toBe(true);
    // The 2021 plan still has its one version (the shipped 2026 plan has its own card and version).
    expect(await page.$$('[data-plan-id="2800-KH-BHXH-2021"] [data-testid="plan-version"]')).toHaveLength(1);
    // The form and its list of problems, whole: the part of the page a user looks at after the refusal.
    const form = page.locator('section[aria-labelledby="plan-import-title"]');
    await form.screenshot({ path: join(ARTEFACTS, 'plans-import-refused.png') });
  });

  it('imports a corrected table as version 2, which survives a reload', async () => {
    await page.setInputFiles('[data-testid="plan-import-files"]', join(temp.dir, 'phu-luc-05-sua.txt'));
    await page.click('[data-testid="plan-import-submit"]');
    await page.waitForSelector('[data-testid="plan-import-result"]');
    expect(await page.textContent('[data-testid="plan-import-result"]')).toContain('Đã lưu phiên bản 2');
    await page.reload();
    await page.waitForSelector('[data-testid="plan-version"][data-version="2"]');
    await page.waitForSelector('[data-testid="reconciliation-finding"]');
    expect((await errorFindings()).some((row) => row.includes('Yên Bái'))).toBe(false);
  });
});
