// Lighthouse runs of the overview and a province page, for docs/performance.md (a measurement, not a test).
// Starts the built server on a fresh DuckDB file with the sample data, signs the browser in with a leadership API
// token (an Authorization header), and runs Lighthouse 12 on its default mobile profile (simulated slow 4G, 4×
// CPU slowdown) and on its desktop preset, printing the performance score, largest paint, layout shift and
// blocking time of each run.
//
//   npm run build
//   (cd /tmp/lh && npm i -E lighthouse@12.2.3)      # Lighthouse is not a dependency of the product
//   LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse node tools/lighthouse/measure.mjs
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LIGHTHOUSE = process.env.LIGHTHOUSE ?? 'lighthouse';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.PORT ?? 3917);
const PAGES = ['/', '/tinh/01'];
const RUNS = Number(process.env.RUNS ?? 3);

const dir = mkdtempSync(join(tmpdir(), 'scorecard-lighthouse-'));
const db = join(dir, 'lighthouse.duckdb');
const token = spawnSync(
  process.execPath,
  [join(ROOT, 'apps/cli/bin/scorecard.js'), 'token', 'create', '--db', db, '--role', 'leadership'],
  { encoding: 'utf8' },
).stdout.trim();
const server = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js'), '--port', String(PORT), '--db', db], {
  stdio: 'ignore',
});
try {
  await waitForHealth(`http://127.0.0.1:${PORT}/healthz`);
  for (const path of PAGES) {
    for (const profile of ['mobile', 'desktop']) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(lighthouse(`http://127.0.0.1:${PORT}${path}`, profile));
      const median = (key) => runs.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
      console.log(
        `${path} ${profile}: performance ${median('score')} (runs ${runs.map((r) => r.score).join(', ')}), ` +
          `LCP ${median('lcp')} ms, CLS ${median('cls')}, TBT ${median('tbt')} ms, FCP ${median('fcp')} ms, ` +
          `transfer ${median('kib')} KiB`,
      );
    }
  }
} finally {
  server.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

function lighthouse(url, profile) {
  const out = join(dir, 'report.json');
  const args = [
    url,
    '--quiet',
    '--only-categories=performance',
    '--output=json',
    `--output-path=${out}`,
    `--chrome-path=${CHROME}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    `--extra-headers=${JSON.stringify({ Authorization: `Bearer ${token}` })}`,
    ...(profile === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const result = spawnSync(LIGHTHOUSE, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`lighthouse failed on ${url}: ${result.stderr}`);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const audit = (id) => report.audits[id].numericValue;
  return {
    score: Math.round(report.categories.performance.score * 100),
    lcp: Math.round(audit('largest-contentful-paint')),
    cls: Number(audit('cumulative-layout-shift').toFixed(3)),
    tbt: Math.round(audit('total-blocking-time')),
    fcp: Math.round(audit('first-contentful-paint')),
    kib: Math.round(audit('total-byte-weight') / 1024),
  };
}

async function waitForHealth(url) {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
