import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './scorecard-server';

// axe-core runs inside the page, on the DOM as the browser laid it out (colours, sizes, what is hidden).
const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA: what a public agency's web pages are held to. */
const RUN_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
};

const TARGETS_SHOWN = 4;

type AxeInPage = { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };

/**
 * Runs axe-core on the page as it is now and returns its violations (none is the goal). Wait for the page's data
 * first: a loading state has little to check.
 */
export async function checkAccessibility(page: Page, label: string): Promise<Result[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, not added as an inline <script>: the pages' content security policy
  // (script-src 'self') rightly refuses inline scripts, and it stays on while the tests look at the pages.
  if (!injected) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (options) => (window as unknown as AxeInPage).axe.run(document, options),
    RUN_OPTIONS,
  );
  if (results.violations.length > 0) console.warn(describeViolations(label, results.violations));
  return results.violations;
}

/** One line per violation: rule, impact, what it asks and the first elements that break it. */
export function summariseViolation(violation: Result): string {
  const targets = violation.nodes
    .slice(0, TARGETS_SHOWN)
    .map((node) => node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' '));
  const more = violation.nodes.length > TARGETS_SHOWN ? ` (+${violation.nodes.length - TARGETS_SHOWN} more)` : '';
  return `${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help}: ${targets.join(' | ')}${more}`;
}

export function describeViolations(label: string, violations: readonly Result[]): string {
  return [
    `axe: ${violations.length} violation(s) on ${label}`,
    ...violations.map((v) => `  - ${summariseViolation(v)}`),
  ].join('\n');
}
