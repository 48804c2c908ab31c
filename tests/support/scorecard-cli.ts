import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './scorecard-server';

const BIN = join(REPO_ROOT, 'apps/cli/bin/scorecard.js');

export type CliResult = { code: number | null; stdout: string; stderr: string };

/** Runs `scorecard …` as its own process, as a user would with npx. */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
