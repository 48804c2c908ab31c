#!/usr/bin/env node
// `npx scorecard …`: runs the built command line, building it first when it is missing or older than its
// sources (apps/cli/src and libs/*/src), so a checkout never runs yesterday's code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function stale() {
  if (!existsSync(main)) return 'first use';
  const libs = join(root, 'libs');
  const sources = [join(root, 'apps/cli/src'), ...readdirSync(libs).map((lib) => join(libs, lib, 'src'))];
  const newest = Math.max(...sources.filter((dir) => existsSync(dir)).map(newestSource));
  return newest > statSync(main).mtimeMs ? 'sources changed' : null;
}

const reason = stale();
if (reason) {
  process.stderr.write(`Building the scorecard command line (${reason})…\n`);
  const build = spawnSync('npx', ['nx', 'run', 'cli:build', '--skip-nx-cache'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const { run } = await import(main);
process.exitCode = await run(process.argv.slice(2));
