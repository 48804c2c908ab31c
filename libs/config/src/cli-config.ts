import {
  processEnvironment,
  publicUrlOf,
  requireSettings,
  resolveDatabasePath,
  type Environment,
} from './read-settings';

// The settings the command line shares with the server, read by the same rules: the flag, else the variable,
// else the server's default. Each is read when a command needs it, so a setting one command does not use never
// stops another. Invalid values throw a ConfigError.

/** The database file: --db, else SCORECARD_DB, else data/scorecard.duckdb; relative paths from the repository root. */
export function commandLineDatabasePath(
  flag: string | undefined,
  repoRoot: string,
  env: Environment = processEnvironment(),
): string {
  return resolveDatabasePath(requireSettings(['dbPath'], env, { dbPath: flag }).dbPath, repoRoot);
}

/**
 * Where people open the web app, for the one-time sign-in links the command line prints: --url, else
 * SCORECARD_PUBLIC_URL, else this machine on the server's PORT, as the server itself would print them.
 */
export function commandLinePublicUrl(flag: string | undefined, env: Environment = processEnvironment()): string {
  const { publicUrl } = requireSettings(['publicUrl'], env, { publicUrl: flag }, { publicUrl: '--url' });
  // PORT is read only when it decides the address.
  const port = publicUrl === undefined ? requireSettings(['port'], env).port : 0;
  return publicUrlOf(publicUrl, port);
}
