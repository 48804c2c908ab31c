import { isAbsolute, resolve } from 'node:path';
import { ConfigError } from './config.errors';
import { SETTINGS, type SettingKey, type SettingValue } from './settings';

export type Environment = Readonly<Record<string, string | undefined>>;

/** Values typed after the settings' flags, by setting; absent: the flag was not given. */
export type FlagValues = Partial<Record<SettingKey, string | undefined>>;

/** A program's own name for a setting's flag where it differs from the server's (the command line's --url). */
export type FlagNames = Partial<Record<SettingKey, string>>;

export type SettingValues<K extends SettingKey> = { [P in K]: SettingValue<P> };

export type SettingsRead<K extends SettingKey> =
  { ok: true; values: SettingValues<K> } | { ok: false; problems: string[] };

/**
 * The process's environment variables. The only read of process.env in the applications and libraries: everything
 * else receives the settings read from it.
 */
export function processEnvironment(): Environment {
  return process.env;
}

/**
 * Reads the settings named, each from its flag, else its environment variable, else its default, and checks each.
 * A problem names the variable and the flag, the value given and what to write instead.
 */
export function readSettings<K extends SettingKey>(
  keys: readonly K[],
  env: Environment,
  flags: FlagValues = {},
  flagNames: FlagNames = {},
): SettingsRead<K> {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const problems: string[] = [];
  for (const key of keys) {
    const setting = SETTINGS[key];
    const raw = flags[key] ?? env[setting.env] ?? ('default' in setting ? setting.default : undefined);
    const parsed = setting.schema.safeParse(raw);
    if (parsed.success) values[key] = parsed.data;
    else {
      const message = parsed.error.issues[0]?.message ?? 'is not valid';
      problems.push(`${setting.env} / ${flagNames[key] ?? setting.flag} = "${String(raw)}": ${message}`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  // Every key was parsed by its own schema just above.
  return { ok: true, values: values as SettingValues<K> };
}

/** As readSettings, for a program that stops at the first invalid setting: the values, or a ConfigError. */
export function requireSettings<K extends SettingKey>(
  keys: readonly K[],
  env: Environment,
  flags: FlagValues = {},
  flagNames: FlagNames = {},
): SettingValues<K> {
  const read = readSettings(keys, env, flags, flagNames);
  if (!read.ok) throw new ConfigError(read.problems);
  return read.values;
}

/**
 * The database file a setting names. A relative path is taken from the repository root, for the server and the
 * command line alike and whatever directory either runs in, so the same SCORECARD_DB or --db is the same file.
 */
export function resolveDatabasePath(path: string, repoRoot: string): string {
  return path === ':memory:' || isAbsolute(path) ? path : resolve(repoRoot, path);
}

/** The address people reach the dashboard at: the one given, else this machine on the server's port. */
export function publicUrlOf(publicUrl: string | undefined, port: number): string {
  return (publicUrl ?? `http://localhost:${port}`).replace(/\/+$/, '');
}
