import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, PHONE, type BrowserSession } from '../support/browser-session';
import { ARTEFACTS } from '../support/chromium';
import { REPO_ROOT } from '../support/scorecard-server';

// The language switch: one click turns every label of the UI into English, and back. Checked on the text of the
// elements that carry labels (headings, buttons, table headers, form labels, links, legends, captions): in English
// none may hold a Vietnamese letter, apart from the names of provinces and of accounts, which are proper names.

const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const LABELS = 'h1, h2, h3, h4, th, button, label, legend, caption, summary, nav a, [role="tab"], option';

const provinceNames = readFileSync(join(REPO_ROOT, 'data/reference/provinces63.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[1]!);
// Longest first, so "Bà Rịa - Vũng Tàu" goes before any shorter name inside it.
const PROPER_NAMES = [...provinceNames, 'Tiếng Việt'].sort((a, b) => b.length - a.length);

/** The visible label texts of the page that still hold a Vietnamese letter once proper names are taken out. */
async function vietnameseLabels(page: Page): Promise<string[]> {
  const texts = await page.$$eval(LABELS, (elements) =>
    elements
      .filter((element) => {
        if (element.closest('[translate="no"]')) return false;
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      })
      .map((element) => {
        // Names the user gave (an account's name) are marked translate="no", as proper names are in HTML.
        const copy = element.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[translate="no"]').forEach((name) => name.remove());
        return (copy.textContent ?? '').trim();
      })
      .filter((text) => text !== ''),
  );
  return [...new Set(texts)].filter((text) => {
    let rest = text;
    for (const name of PROPER_NAMES) rest = rest.split(name).join('');
    return VIETNAMESE_LETTERS.test(rest);
  });
}

/** Waits until nothing on the page is loading any more. */
async function settle(page: Page, ready: string): Promise<void> {
  await page.waitForSelector(ready, { timeout: 60_000 });
  await page.waitForFunction(() => document.querySelectorAll('.loading-state, [aria-busy="true"]').length === 0, null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(300);
}

async function labelTexts(page: Page): Promise<string[]> {
  return page.$$eval('h1, nav a, th[scope="col"]', (elements) =>
    elements.map((element) => (element as HTMLElement).innerText.trim()).filter((text) => text !== ''),
  );
}

const PAGES: { path: string; ready: string; as: string }[] = [
  { path: '/', ready: '[data-testid="overview-matrix-row"]', as: 'leadership' },
  { path: '/xep-hang', ready: '[data-testid="ranking-row"]', as: 'leadership' },
  { path: '/cham-dong', ready: '[data-testid="late-payment-row"]', as: 'leadership' },
  { path: '/tuan-thu', ready: '[data-testid="funnel-row"]', as: 'leadership' },
  { path: '/tuan-thu?tab=import', ready: '[data-testid="list-import"]', as: 'data-officer' },
  { path: '/tinh/01', ready: '[data-testid="province-metric-row"]', as: 'leadership' },
  { path: '/ke-hoach', ready: '[data-testid="plan-version"]', as: 'data-officer' },
  { path: '/cai-dat-ke-hoach', ready: '[data-testid="plan-settings-form"]', as: 'data-officer' },
  { path: '/bao-cao', ready: '[data-testid="report-value"]', as: 'officer:01' },
];

describe('the language switch', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await startBrowserSession({ name: 'language', tokens: ['leadership', 'data-officer', 'officer:01'] });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('turns every visible label of every page into English and back, and says which language the page is in', async () => {
    for (const { path, ready, as } of PAGES) {
      const page = await session.openPage({ as });
      await page.goto(`${session.server.url}${path}`);
      await settle(page, ready);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      const vietnamese = await labelTexts(page);

      await Promise.all([page.waitForEvent('load'), page.click('[data-testid="language-switch"]')]);
      await settle(page, ready);
      expect(await page.getAttribute('html', 'lang'), path).toBe('en');
      expect(await vietnameseLabels(page), path).toEqual([]);
      const english = await labelTexts(page);
      // Every label changed, except the ones made only of proper names or numbers.
      const unchanged = english.filter((label, i) => label === vietnamese[i] && /[a-z]/i.test(label));
      expect(
        unchanged.filter((label) => !PROPER_NAMES.some((name) => label.includes(name))),
        path,
      ).toEqual([]);
      if (path === '/') await page.screenshot({ path: join(ARTEFACTS, 'language-overview-en.png'), fullPage: false });

      // The choice holds on the next page load, and the switch brings Vietnamese back.
      await page.reload();
      await settle(page, ready);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await Promise.all([page.waitForEvent('load'), page.click('[data-testid="language-switch"]')]);
      await settle(page, ready);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await labelTexts(page), path).toEqual(vietnamese);
      await page.close();
    }
  }, 300_000);

  it('explains a report the server refuses in the chosen language, problem and fix', async () => {
    const refuse = async (page: Page) => {
      await page.waitForSelector('[data-testid="report-value"][data-metric="dev_compulsory_si"]', { timeout: 60_000 });
      await page.fill('[data-testid="report-value"][data-metric="dev_compulsory_si"]', '12,5');
      await page.click('[data-testid="report-submit"]');
      await page.waitForSelector('[data-testid="report-problem"]', { timeout: 30_000 });
      return page.$$eval('[data-testid="report-problem"] td', (cells) => cells.map((cell) => cell.textContent ?? ''));
    };
    const page = await session.openPage({ as: 'officer:01', viewport: PHONE });
    await page.goto(`${session.server.url}/bao-cao?province=01&date=2021-11-30`);
    const vietnamese = await refuse(page);
    // Problem and fix: the last two cells.
    expect(vietnamese.slice(-2).every((cell) => VIETNAMESE_LETTERS.test(cell))).toBe(true);

    await Promise.all([page.waitForEvent('load'), page.click('[data-testid="language-switch"]')]);
    const english = await refuse(page);
    expect(english.slice(-2).some((cell) => VIETNAMESE_LETTERS.test(cell))).toBe(false);
    expect(english.slice(-2)).not.toEqual(vietnamese.slice(-2));
    expect(await vietnameseLabels(page)).toEqual([]);
    await page.close();
  }, 120_000);
});
