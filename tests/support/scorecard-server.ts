import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');

export type RunningServer = {
  url: string;
  dbPath: string;
  /** API tokens made before the start, by "role" or "role:province" (e.g. "director:12"). */
  tokens: Record<string, string>;
  output: () => string;
  stop: () => Promise<void>;
  /** Kills the process at once (SIGKILL): no shutdown hook runs, as in a crash or a power cut. */
  kill: () => Promise<void>;
};

const CLI = join(REPO_ROOT, 'apps/cli/bin/scorecard.js');

/** The token graphql() sends by default for a server's URL: the first one made for it. */
const defaultTokens = new Map<string, string>();

/**
 * Makes an API token with the command line, exactly as a script would (`scorecard token create`), on a database
 * file the server has not opened yet; `spec` is a role, or "role:province"; `user` the account it belongs to (its login).
 */
export function createToken(dbPath: string, spec: string, user?: string): string {
  const [role, province] = spec.split(':');
  const args = [
    CLI,
    'token',
    'create',
    '--db',
    dbPath,
    '--role',
    role!,
    ...(province ? ['--province', province] : []),
    ...(user ? ['--user', user] : []),
  ];
  const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`scorecard token create ${spec} failed (${result.status}):\n${result.stderr}`);
  return result.stdout.trim();
}

export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts the built server (`npm run build` first) as a separate process and waits until it answers. */
export async function startServer(options: {
  dbPath: string;
  env?: Record<string, string>;
  args?: string[];
  /** Tokens to make first (default: one data officer's); the first is what graphql() sends by default. */
  tokens?: readonly string[];
  /** The port to listen on (default: a free one); see freePort. */
  port?: number;
}): Promise<RunningServer> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build" before the cross-app tests`);
  const tokens: Record<string, string> = {};
  for (const spec of options.tokens ?? ['data-officer']) tokens[spec] = createToken(options.dbPath, spec);
  const port = options.port ?? (await freePort());
  let output = '';
  const child: ChildProcess = spawn(
    process.execPath,
    [MAIN, '--port', String(port), '--db', options.dbPath, ...(options.args ?? [])],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const early = await Promise.race([exited, new Promise<'running'>((r) => setTimeout(() => r('running'), 200))]);
    if (early !== 'running') throw new Error(`server exited with code ${early} before answering:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer within 60 s:\n${output}`);
    }
  }
  const first = Object.values(tokens)[0];
  if (first) defaultTokens.set(url, first);
  return {
    url,
    dbPath: options.dbPath,
    tokens,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
    kill: async () => {
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** Runs the built server once with arguments that make it exit (for example --emit-schema). */
export async function runServerOnce(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [MAIN, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => resolve({ code, output }));
  });
}

export type GraphQLResponse<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };

/**
 * Sends a GraphQL request as a caller: by default with the server's first token; `token: null` sends none, and
 * `cookie` sends a browser session instead.
 */
export async function graphql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  as: { token?: string | null; cookie?: string } = {},
): Promise<GraphQLResponse<T>> {
  const token = as.cookie ? null : as.token === undefined ? (defaultTokens.get(url) ?? null) : as.token;
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(as.cookie ? { cookie: as.cookie } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Signs in through a route of /auth (sign-in, demo) and returns the session cookie to send back. */
export async function signIn(url: string, route: 'sign-in' | 'demo', body: Record<string, string>): Promise<string> {
  const response = await fetch(`${url}/auth/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return sessionCookieOf(response);
}

export function sessionCookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('scorecard_session='));
  if (!cookie) throw new Error('no session cookie in the answer');
  return cookie.split(';')[0]!;
}
