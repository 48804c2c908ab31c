import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAccessibility, summariseViolation } from '../support/axe';
import { startBrowserSession, type BrowserSession } from '../support/browser-session';
import { ARTEFACTS } from '../support/chromium';
import { graphql, type RunningServer } from '../support/scorecard-server';

// "Tải XLSX", "Tải CSV", the consolidated report and printing, on the ranking page in Debian's Chromium against the
// real server on a fresh DuckDB file with the sample actuals.
const PLAN = '2800-KH-BHXH-2021';

describe('Exports and printing of the ranking page in the browser', () => {
  let session: BrowserSession;
  let server: RunningServer;
  let page: Page;
  let metric = '';
  let asOf = '';
  let shownCodes: string[] = [];

  beforeAll(async () => {
    session = await startBrowserSession({ name: 'e2e-export', tokens: ['data-officer'] });
    server = session.server;
    page = await session.openPage({ as: 'data-officer' });
    await page.goto(`${server.url}/xep-hang`);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ranking-row"]').length === 63, null, {
      timeout: 30_000,
    });
    await page.waitForFunction(() => document.fonts.status === 'loaded');
    const query = new URL(page.url()).searchParams;
    metric = query.get('metric') ?? '';
    asOf = query.get('asOf') ?? '';
    shownCodes = await page.$$eval('[data-testid="ranking-row"]', (rows) =>
      rows.map((row) => row.getAttribute('data-province-code') ?? ''),
    );
  });

  afterAll(async () => {
    await session?.close();
  });

  /** Clicks the button and returns the file the browser downloads, with the name it suggests. */
  async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click(`[data-testid="${testId}"]`),
    ]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  }

  async function openSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    return workbook.worksheets[0]!;
  }

  /** The rows under the header (whose first cell is `first`) down to the first empty row. */
  function bodyRows(sheet: ExcelJS.Worksheet, first: string): { header: number; rows: ExcelJS.Row[] } {
    let header = 1;
    while (header <= sheet.rowCount && sheet.getRow(header).getCell(1).value !== first) header += 1;
    const rows: ExcelJS.Row[] = [];
    for (let n = header + 1; n <= sheet.rowCount && sheet.getRow(n).cellCount > 0; n += 1) rows.push(sheet.getRow(n));
    return { header, rows };
  }

  it('downloads the ranking as an XLSX file with real numbers, the as-of date as a date and 63 provinces', async () => {
    const { name, bytes } = await download('ranking-export-xlsx');
    expect(name).toBe(`xep-hang_${metric}_${asOf}_du-lieu-mau.xlsx`);
    expect(await page.textContent('[data-testid="ranking-export-status"]')).toContain('Đã tạo tệp XLSX');

    const sheet = await openSheet(bytes);
    expect(sheet.getCell('A1').value).toMatch(/^Xếp hạng tỉnh: /);
    const date = sheet.getCell('A3').value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe(asOf);
    expect(sheet.getCell('A4').value).toContain('Nguồn: BHXH Scorecard, kế hoạch 2800/KH-BHXH');
    expect(sheet.getCell('A5').value).toBe('Dữ liệu mẫu — không phải số liệu thật');

    const { header, rows } = bodyRows(sheet, 'Hạng');
    expect(rows).toHaveLength(63);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    // The table's order, province codes as text with their leading zero.
    expect(rows.map((row) => row.getCell(3).value)).toEqual(shownCodes);
    // Target, target to date, actual, the two attainments: numbers, never text.
    for (const row of rows.filter((r) => r.getCell(1).value !== null)) {
      for (const column of [1, 6, 7, 8, 9, 10]) expect(typeof row.getCell(column).value).toBe('number');
    }
    expect(rows[0]!.getCell(6).numFmt).toBe('#,##0');
    expect(rows[0]!.getCell(9).numFmt).toBe('0.0%');

    // The same figures as the API's.
    const api = await graphql<{ ranking: { province: { code: string }; actual: number | null }[] }>(
      server.url,
      `{ ranking(planId: "${PLAN}", metric: "${metric}", asOf: "${asOf}") { province { code } actual } }`,
    );
    const actualOf = new Map(api.data!.ranking.map((row) => [row.province.code, row.actual]));
    for (const row of rows) expect(row.getCell(8).value).toBe(actualOf.get(String(row.getCell(3).value)));
  });

  it('downloads the ranking as CSV: UTF-8 with a byte order mark, one header row, raw numbers', async () => {
    const { name, bytes } = await download('ranking-export-csv');
    expect(name).toBe(`xep-hang_${metric}_${asOf}_du-lieu-mau.csv`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(64);
    expect(lines[0]).toMatch(/^Hạng,/);
    // A ratio with a dot and no thousands separator: "1.4646017699115044", never "146,5%".
    expect(lines[1]).toMatch(/,\d+\.\d+,/);
    expect(lines.join('\n')).not.toMatch(/\d,\d%/);
  });

  it('builds the consolidated report: every metric of the plan, 63 provinces in code order and the national row', async () => {
    const { name, bytes } = await download('consolidated-report-xlsx');
    expect(name).toBe(`bao-cao-tong-hop_2800-kh-bhxh-2021_${asOf}_du-lieu-mau.xlsx`);
    const sheet = await openSheet(bytes);
    const { header, rows } = bodyRows(sheet, 'TT');
    const [national, ...provinces] = rows;
    expect(national!.getCell(3).value).toBe('Toàn quốc');
    expect(provinces).toHaveLength(63);
    const codes = provinces.map((row) => String(row.getCell(2).value));
    expect(codes).toEqual([...codes].sort((a, b) => Number(a) - Number(b)));
    expect(codes[0]).toBe('01');

    const metrics = await graphql<{ metrics: { key: string; labelVi: string }[] }>(
      server.url,
      '{ metrics { key labelVi } }',
    );
    const groups = (sheet.getRow(header - 1).values as unknown[]).filter(
      (v): v is string => typeof v === 'string' && v !== '',
    );
    expect(new Set(groups).size).toBe(metrics.data!.metrics.length);
    expect(sheet.columnCount).toBe(4 + 4 * metrics.data!.metrics.length);

    // The national row: the sum of the provinces' targets and actuals, and their ratio.
    const sum = (column: number) =>
      provinces.reduce(
        (total, row) =>
          total + (typeof row.getCell(column).value === 'number' ? (row.getCell(column).value as number) : 0),
        0,
      );
    expect(national!.getCell(5).value).toBeCloseTo(sum(5), 6);
    expect(national!.getCell(6).value).toBeCloseTo(sum(6), 6);
    expect(national!.getCell(7).value).toBeCloseTo(sum(6) / sum(5), 9);
  });

  it('keeps the buttons accessible, with what happened said in words', async () => {
    expect(await page.getAttribute('[data-testid="ranking-export-status"]', 'role')).toBe('status');
    expect((await checkAccessibility(page, 'ranking with exports')).map(summariseViolation)).toEqual([]);
  });

  it('prints the ranking page on at most two A4 landscape pages, without the controls', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-testid="ranking-export-xlsx"]')).toBe(false);
    expect(await page.isVisible('[data-testid="metric-picker"]')).toBe(false);
    expect(await page.isVisible('nav')).toBe(false);
    expect(await page.isVisible('h1')).toBe(true);
    expect(await page.isVisible('[data-testid="synthetic-banner"]')).toBe(true);
    expect(await page.isVisible('[data-testid="ranking-row"]')).toBe(true);

    const pdf = await page.pdf({ format: 'A4', landscape: true, path: join(ARTEFACTS, 'ranking-print.pdf') });
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });
  });
});
