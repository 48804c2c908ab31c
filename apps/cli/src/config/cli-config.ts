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
