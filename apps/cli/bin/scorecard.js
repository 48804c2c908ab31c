#!/usr/bin/env node
// `npx scorecard …`: runs the built command line, building it first when it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('Building the scorecard command line (first use)…\n');
  const build = spawnSync('npx', ['nx', 'run', 'cli:build', '--skip-nx-cache'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const { run } = await import(main);
process.exitCode = await run(process.argv.slice(2));
