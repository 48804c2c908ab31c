import { isAbsolute, resolve } from 'node:path';

/**
 * The one place the command line reads the environment: the database is --db, else SCORECARD_DB, else the
 * server's default file under the repository. Relative paths are taken from the current directory.
 */
export function databasePath(repoRoot: string, flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const path = flag ?? env.SCORECARD_DB;
  if (path === undefined) return resolve(repoRoot, 'data/scorecard.duckdb');
  return path === ':memory:' || isAbsolute(path) ? path : resolve(process.cwd(), path);
}

export const DEFAULT_PUBLIC_URL = 'http://localhost:3000';

export type PublicUrl = { ok: true; url: string } | { ok: false; problem: string };

/**
 * Where people open the web app, for the one-time sign-in links the command line prints: --url, else
 * SCORECARD_PUBLIC_URL, else the local server. Refused unless it is an http(s) address.
 */
export function publicBaseUrl(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): PublicUrl {
  const source = flag !== undefined ? '--url' : env.SCORECARD_PUBLIC_URL !== undefined ? 'SCORECARD_PUBLIC_URL' : null;
  const text = flag ?? env.SCORECARD_PUBLIC_URL ?? DEFAULT_PUBLIC_URL;
  const url = URL.canParse(text) ? new URL(text) : null;
  if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.search === '' && url.hash === '')
    return { ok: true, url: url.href.replace(/\/+$/, '') };
  return {
    ok: false,
    problem: `${source ?? 'the default address'} "${text}" is not the web app's address: give one like https://scorecard.example.vn`,
  };
}
