import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

// The one place that reads the environment and the command line. Every setting is an environment variable
// and a flag; the flag wins. Invalid values stop the start with a message that says what to write instead.

export type AppConfig = {
  port: number;
  host: string;
  dbPath: string;
  sampleData: boolean;
  /** Employers of the synthetic ledger loaded with the sample data (0: none). */
  ledgerEmployers: number;
  repoRoot: string;
  dataDir: string;
  webDist: string;
  emitSchema: string | null;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const SETTINGS = {
  port: { env: 'PORT', flag: '--port', help: 'HTTP port (default 3000)' },
  host: {
    env: 'HOST',
    flag: '--host',
    help: 'interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)',
  },
  dbPath: { env: 'SCORECARD_DB', flag: '--db', help: 'DuckDB file (default data/scorecard.duckdb)' },
  sampleData: {
    env: 'SCORECARD_SAMPLE_DATA',
    flag: '--sample-data',
    help: 'on|off: load synthetic sample actuals into an empty database (default on)',
  },
  ledgerEmployers: {
    env: 'SCORECARD_LEDGER_EMPLOYERS',
    flag: '--ledger-employers',
    help: 'employers of the synthetic contribution ledger loaded with the sample data (default 20000; 450000 = national size; 0 = none)',
  },
} as const;

type Key = keyof typeof SETTINGS;

const schema = z.object({
  port: z.coerce
    .number({ error: 'must be a whole number between 1 and 65535' })
    .int('must be a whole number between 1 and 65535')
    .min(1, 'must be a whole number between 1 and 65535')
    .max(65535, 'must be a whole number between 1 and 65535'),
  host: z.string().trim().min(1, 'must name an interface, for example 127.0.0.1 or 0.0.0.0'),
  dbPath: z.string().trim().min(1, 'must be a file path, for example data/scorecard.duckdb'),
  sampleData: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }),
  ledgerEmployers: z.coerce
    .number({ error: 'must be a whole number from 0 to 2000000' })
    .int('must be a whole number from 0 to 2000000')
    .min(0, 'must be a whole number from 0 to 2000000')
    .max(2_000_000, 'must be a whole number from 0 to 2000000'),
});

export function configHelp(): string {
  return Object.values(SETTINGS)
    .map((s) => `  ${s.flag.padEnd(14)} ${s.env.padEnd(22)} ${s.help}`)
    .join('\n');
}

function readFlags(argv: readonly string[]): {
  values: Partial<Record<Key, string>>;
  emitSchema: string | null;
  problems: string[];
} {
  const values: Partial<Record<Key, string>> = {};
  const problems: string[] = [];
  let emitSchema: string | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    const [name, inline] = arg.includes('=') ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    if (name === '--emit-schema') {
      emitSchema = inline ?? 'apps/api/schema.gql';
      continue;
    }
    if (name === '--no-sample-data') {
      values.sampleData = 'off';
      continue;
    }
    const key = (Object.keys(SETTINGS) as Key[]).find((k) => SETTINGS[k].flag === name);
    if (!key) {
      problems.push(`unknown option "${arg}"; the options are:\n${configHelp()}`);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || value.startsWith('--')) problems.push(`${name} needs a value (${SETTINGS[key].help})`);
    else values[key] = value;
  }
  return { values, emitSchema, problems };
}

export function loadConfig(env: NodeJS.ProcessEnv, argv: readonly string[], repoRoot: string): AppConfig {
  const flags = readFlags(argv);
  const raw = {
    port: flags.values.port ?? env.PORT ?? '3000',
    host: flags.values.host ?? env.HOST ?? '127.0.0.1',
    dbPath: flags.values.dbPath ?? env.SCORECARD_DB ?? 'data/scorecard.duckdb',
    sampleData: (flags.values.sampleData ?? env.SCORECARD_SAMPLE_DATA ?? 'on').toLowerCase(),
    ledgerEmployers: flags.values.ledgerEmployers ?? env.SCORECARD_LEDGER_EMPLOYERS ?? '20000',
  };
  const parsed = schema.safeParse(raw);
  const problems = [...flags.problems];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as Key;
      const setting = SETTINGS[key];
      problems.push(`${setting.env} / ${setting.flag} = "${String(raw[key])}": ${issue.message}`);
    }
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const dbPath =
    parsed.data.dbPath === ':memory:' || isAbsolute(parsed.data.dbPath)
      ? parsed.data.dbPath
      : resolve(repoRoot, parsed.data.dbPath);
  return {
    port: parsed.data.port,
    host: parsed.data.host,
    dbPath,
    sampleData: parsed.data.sampleData === 'on',
    ledgerEmployers: parsed.data.ledgerEmployers,
    repoRoot,
    dataDir: resolve(repoRoot, 'data'),
    webDist: resolve(repoRoot, 'apps/web/dist'),
    emitSchema: flags.emitSchema === null ? null : resolve(repoRoot, flags.emitSchema),
  };
}
