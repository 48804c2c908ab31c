import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT } from './scorecard-server';

export const ARTEFACTS = join(REPO_ROOT, 'artefacts');
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with no background traffic (the network is closed). Playwright gives every
 * launch a fresh temporary profile of its own.
 */
export async function launchChromium(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  mkdirSync(ARTEFACTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=vi-VN',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}

/** Headers that make a browser page act with the server's first API token (a data officer unless asked otherwise). */
export function bearer(server: { tokens: Record<string, string> }, spec?: string): Record<string, string> {
  const token = spec ? server.tokens[spec] : Object.values(server.tokens)[0];
  if (!token) throw new Error(`the server has no token ${spec ?? ''}: pass it in startServer({ tokens })`);
  return { authorization: `Bearer ${token}` };
}
