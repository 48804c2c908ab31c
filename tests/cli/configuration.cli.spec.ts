import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/scorecard-cli';
import { REPO_ROOT, freePort, graphql, tempDir } from '../support/scorecard-server';

// The server and the command line read their settings with one reader (@scorecard/config): the same relative
// SCORECARD_DB or --db is the same file for both, taken from the repository root whatever directory each runs in.

/** Starts the built server in `cwd` with `env` and waits for /healthz; gives its URL and a stop. */
async function startServerIn(cwd: string, env: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(REPO_ROOT, 'apps/api/dist/main.js'), '--port', String(port)], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const early = await Promise.race([exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 200))]);
    if (early !== 'running') throw new Error(`server exited with code ${early}:\n${output}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer within 60 s:\n${output}`);
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

describe('one configuration for the server and the command line', () => {
  const temp = tempDir('scorecard-cli-config-');
  afterAll(() => temp.remove());

  it('takes a relative SCORECARD_DB or --db from the repository root, for the command line and the server alike', async () => {
    const file = join(temp.dir, 'shared.duckdb');
    const path = relative(REPO_ROOT, file);
    // Both working directories lie deeper than the repository root, so that the relative path's '..' cannot
    // climb past '/' and land on the file by accident (CI clones the repository deep).
    const depth = REPO_ROOT.split(sep).length + 2;
    const elsewhere = join(temp.dir, 'elsewhere', ...Array.from({ length: depth }, (_, i) => `d${i}`));
    const serverDir = join(temp.dir, 'server', ...Array.from({ length: depth }, (_, i) => `d${i}`));
    mkdirSync(elsewhere, { recursive: true });
    mkdirSync(serverDir, { recursive: true });
    expect(resolve(elsewhere, path)).not.toBe(file);
    expect(resolve(serverDir, path)).not.toBe(file);

    const made = await runCli(['token', 'create', '--role', 'analyst', '--db', path], { cwd: elsewhere });
    expect(made.code, made.stderr).toBe(0);
    expect(existsSync(file)).toBe(true);
    const token = made.stdout.trim();

    const listed = await runCli(['token', 'list'], { cwd: elsewhere, env: { SCORECARD_DB: path } });
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(token.split('_')[1]);

    // The server, started in yet another directory with the same relative value, opens that file: the token works.
    const server = await startServerIn(serverDir, {
      SCORECARD_DB: path,
      SCORECARD_SAMPLE_DATA: 'off',
      SCORECARD_LEDGER_EMPLOYERS: '0',
    });
    try {
      const answer = await graphql<{ me: { role: string } }>(server.url, '{ me { role } }', {}, { token });
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.me.role).toBe('ANALYST');
    } finally {
      await server.stop();
    }
  });

  it('refuses an invalid setting of the environment as the server does: exit code 2, variable, flag and value', async () => {
    const result = await runCli(['user', 'reset', 'admin', '--db', join(temp.dir, 'never.duckdb')], {
      env: { SCORECARD_PUBLIC_URL: 'scorecard.bhxh.gov.vn' },
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'SCORECARD_PUBLIC_URL / --url = "scorecard.bhxh.gov.vn": must be an http(s) address, for example https://scorecard.bhxh.gov.vn',
    );
    expect(existsSync(join(temp.dir, 'never.duckdb'))).toBe(false);
  });
});
