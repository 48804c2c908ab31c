import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { checkAccessibility, summariseViolation } from './axe';
import { ARTEFACTS, bearer, launchChromium } from './chromium';
import { createToken, startServer, tempDir, type RunningServer } from './scorecard-server';

// What most browser tests start with: the built server on a fresh DuckDB file with the sample data, Debian's
// Chromium, and pages that act with one of the server's API tokens.

export const WIDE = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

export type BrowserSession = {
  server: RunningServer;
  browser: Browser;
  /** A new page in a context of its own (its own storage), acting with the token of `spec`. */
  openPage: (options: { as: string; viewport?: { width: number; height: number } }) => Promise<Page>;
  close: () => Promise<void>;
};

export async function startBrowserSession(options: {
  /** Names the temporary folder and the DuckDB file. */
  name: string;
  /**
   * Token specs to make, e.g. ['leadership', 'director:01']; "role[:province]@login" makes a token of that account
   * (a demo account of the sample data: 'director:01@demo.gd-ha-noi'), which has what the account has (its alerts).
   */
  tokens: readonly string[];
  env?: Record<string, string>;
}): Promise<BrowserSession> {
  const temp = tempDir(`scorecard-${options.name}-`);
  const dbPath = join(temp.dir, `${options.name}.duckdb`);
  const env = options.env ? { env: options.env } : {};
  let server: RunningServer;
  if (options.tokens.some(isAccountSpec)) {
    // The demo accounts are made by the server's first start (and their alerts raised): start it once, make the
    // tokens while it is down, as `scorecard token create --user` is run, then start it again.
    const first = await startServer({ dbPath, tokens: [], ...env });
    await first.stop();
    const tokens = Object.fromEntries(options.tokens.map((spec) => [spec, makeToken(dbPath, spec)]));
    server = { ...(await startServer({ dbPath, tokens: [], ...env })), tokens };
  } else {
    server = await startServer({ dbPath, tokens: options.tokens, ...env });
  }
  const chromium = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    server,
    browser: chromium.browser,
    openPage: async ({ as, viewport = WIDE }) => {
      const context = await chromium.browser.newContext({
        viewport,
        locale: 'vi-VN',
        extraHTTPHeaders: bearer(server, as),
        acceptDownloads: true,
      });
      contexts.push(context);
      return context.newPage();
    },
    close: async () => {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await chromium.close();
      await server.stop();
      temp.remove();
    },
  };
}

function isAccountSpec(spec: string): boolean {
  return spec.includes('@');
}

/** A token for "role[:province]" or, with "@login", for that account. */
function makeToken(dbPath: string, spec: string): string {
  const at = spec.indexOf('@');
  return at < 0 ? createToken(dbPath, spec) : createToken(dbPath, spec.slice(0, at), spec.slice(at + 1));
}

/**
 * Scrolls every chart (EChart's [data-echart] boxes, matching `selector`) into view in turn and waits for its
 * canvas: charts draw only when they come near the window. Leaves the page scrolled back to the top.
 */
export async function drawCharts(page: Page, selector = '[data-echart]', timeout = 30_000): Promise<void> {
  const count = await page.$$eval(selector, (elements) => elements.length);
  for (let i = 0; i < count; i += 1) {
    await page.$$eval(selector, (elements, index) => elements[index]?.scrollIntoView({ block: 'center' }), i);
    await page.waitForFunction(
      ([chosen, index]) => document.querySelectorAll(chosen as string)[index as number]?.querySelector('canvas'),
      [selector, i] as const,
      { timeout },
    );
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Every request the page sends anywhere but the server (data: URLs aside): a page must fetch nothing off the host. */
export function watchRequestsOffHost(page: Page, serverUrl: string): string[] {
  const offHost: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(serverUrl) && !url.startsWith('data:')) offHost.push(url);
  });
  return offHost;
}

/**
 * At 1440 and at 390 px: no sideways scroll, `check` (the page's own, if any), no axe violation, and a screenshot in
 * artefacts/ named `<name>-<width>.png` (of the element `screenshotOf`, else the whole page). Ends at 1440 px.
 */
export async function checkAtBothWidths(
  page: Page,
  name: string,
  options: { screenshotOf?: string; check?: (viewport: typeof WIDE) => Promise<void> } = {},
): Promise<void> {
  for (const viewport of [WIDE, PHONE]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(500);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      clientWidth: document.scrollingElement!.clientWidth,
    }));
    expect(scrollWidth, `${name}: sideways scroll at ${viewport.width} px`).toBeLessThanOrEqual(clientWidth);
    await options.check?.(viewport);
    const violations = await checkAccessibility(page, `${name} ${viewport.width}`);
    expect(violations.map(summariseViolation)).toEqual([]);
    const path = join(ARTEFACTS, `${name}-${viewport.width}.png`);
    if (options.screenshotOf) await page.locator(options.screenshotOf).screenshot({ path });
    else await page.screenshot({ path, fullPage: true });
  }
  await page.setViewportSize(WIDE);
}
