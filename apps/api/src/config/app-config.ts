import { networkInterfaces } from 'node:os';
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
  /** The address people reach the dashboard at: one-time sign-in links and the identity provider's redirect use it. */
  publicUrl: string;
  /** Whether the session cookie is marked Secure (browsers then send it over HTTPS and to localhost only). */
  cookieSecure: boolean;
  /**
   * The reverse proxies whose X-Forwarded-For is believed (addresses or CIDR ranges), so the audit log and the
   * sign-in limits see the caller's address, not the proxy's; empty: none.
   */
  trustProxy: string[];
  /** Sign-in through the agency's OpenID Connect identity provider, when configured. */
  oidc: OidcConfig | null;
  /** Demo accounts for each role: only with the sample data on and the server bound to a loopback address. */
  demoAccounts: boolean;
  /** Requests a minute per caller (per account or token, else per address), sign-in limits included; null: off. */
  rateLimitPerMinute: number | null;
  /** The offline GraphQL editor at /graphql and schema introspection. */
  graphqlEditor: boolean;
  /** Host names (without port) requests may name in their Host header; the rest get 421 (DNS rebinding). */
  allowedHosts: string[];
  /** A request still unanswered after this many seconds gets 503. */
  requestTimeoutSeconds: number;
  /** Serve a published copy read-only (several processes on one file); nothing is loaded or written. */
  readOnly: boolean;
};

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The ID-token claim whose value is an account's login (e-mail by default). */
  loginClaim: string;
  label: string;
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
  publicUrl: {
    env: 'SCORECARD_PUBLIC_URL',
    flag: '--public-url',
    help: 'address of the dashboard as people reach it, e.g. https://scorecard.bhxh.gov.vn (default http://localhost:PORT)',
  },
  cookieSecure: {
    env: 'SCORECARD_COOKIE_SECURE',
    flag: '--cookie-secure',
    help: 'on|off: mark the session cookie Secure (default on; browsers accept it over HTTPS and on localhost)',
  },
  trustProxy: {
    env: 'SCORECARD_TRUST_PROXY',
    flag: '--trust-proxy',
    help: 'comma-separated addresses or CIDR ranges of the reverse proxies in front (default none), e.g. 10.0.0.5,127.0.0.1',
  },
  oidcIssuer: {
    env: 'SCORECARD_OIDC_ISSUER',
    flag: '--oidc-issuer',
    help: "the agency identity provider's issuer URL, to offer OpenID Connect sign-in (default: none)",
  },
  oidcClientId: { env: 'SCORECARD_OIDC_CLIENT_ID', flag: '--oidc-client-id', help: 'client id registered there' },
  oidcClientSecret: {
    env: 'SCORECARD_OIDC_CLIENT_SECRET',
    flag: '--oidc-client-secret',
    help: 'client secret registered there',
  },
  oidcLoginClaim: {
    env: 'SCORECARD_OIDC_LOGIN_CLAIM',
    flag: '--oidc-login-claim',
    help: 'ID-token claim matched to account logins (default email)',
  },
  rateLimit: {
    env: 'SCORECARD_RATE_LIMIT',
    flag: '--rate-limit',
    help: 'requests a minute per caller, or off (default 600; off for a load bench or behind a gateway that limits)',
  },
  graphqlEditor: {
    env: 'SCORECARD_GRAPHQL_EDITOR',
    flag: '--graphql-editor',
    help: 'on|off: the query editor at /graphql and schema introspection (default on when bound to this machine only, else off)',
  },
  allowedHosts: {
    env: 'SCORECARD_ALLOWED_HOSTS',
    flag: '--allowed-hosts',
    help: 'more host names the server answers to, comma-separated (always: localhost names, the host of SCORECARD_PUBLIC_URL)',
  },
  readOnly: {
    env: 'SCORECARD_READ_ONLY',
    flag: '--read-only',
    help: 'on|off: serve a published database file read-only, beside other such processes (default off)',
  },
  requestTimeout: {
    env: 'SCORECARD_REQUEST_TIMEOUT',
    flag: '--request-timeout',
    help: 'seconds before an unanswered request gets 503 (default 30)',
  },
  oidcLabel: {
    env: 'SCORECARD_OIDC_LABEL',
    flag: '--oidc-label',
    help: 'text of the sign-in button (default "Đăng nhập bằng tài khoản cơ quan")',
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
  publicUrl: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^/\s]+(\/[^\s]*)?$/, 'must be an http(s) address, for example https://scorecard.bhxh.gov.vn')
    .optional(),
  cookieSecure: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }),
  trustProxy: z
    .string()
    .trim()
    .regex(
      /^$|^[0-9a-fA-F.:]+(\/\d{1,3})?(\s*,\s*[0-9a-fA-F.:]+(\/\d{1,3})?)*$/,
      'must list IP addresses or CIDR ranges separated by commas, for example 10.0.0.5,127.0.0.1',
    ),
  oidcIssuer: z
    .string()
    .trim()
    .url('must be the issuer URL, for example https://sso.bhxh.gov.vn/realms/bhxh')
    .optional(),
  oidcClientId: z.string().trim().min(1, 'must name the client id').optional(),
  oidcClientSecret: z.string().min(1, 'must give the client secret').optional(),
  oidcLoginClaim: z.string().trim().min(1, 'must name a claim, for example email or preferred_username'),
  oidcLabel: z.string().trim().min(1, 'must be a text'),
  rateLimit: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(off|on|[1-9][0-9]{0,6})$/, 'must be "off" or a number of requests a minute, for example 600'),
  graphqlEditor: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).optional(),
  allowedHosts: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^$|^[a-z0-9.:[\]-]+(\s*,\s*[a-z0-9.:[\]-]+)*$/,
      'must list host names separated by commas, for example scorecard.bhxh.gov.vn,10.0.0.5',
    ),
  readOnly: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }),
  requestTimeout: z.coerce
    .number({ error: 'must be a number of seconds from 1 to 600' })
    .int('must be a number of seconds from 1 to 600')
    .min(1, 'must be a number of seconds from 1 to 600')
    .max(600, 'must be a number of seconds from 1 to 600'),
});

const DEFAULT_RATE_LIMIT = 600;
/** The names a browser on this machine uses for a server bound to it. */
const LOCAL_HOST_NAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** Whether the server is reachable only from this machine. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

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
    publicUrl: flags.values.publicUrl ?? env.SCORECARD_PUBLIC_URL,
    cookieSecure: (flags.values.cookieSecure ?? env.SCORECARD_COOKIE_SECURE ?? 'on').toLowerCase(),
    trustProxy: flags.values.trustProxy ?? env.SCORECARD_TRUST_PROXY ?? '',
    oidcIssuer: flags.values.oidcIssuer ?? env.SCORECARD_OIDC_ISSUER,
    oidcClientId: flags.values.oidcClientId ?? env.SCORECARD_OIDC_CLIENT_ID,
    oidcClientSecret: flags.values.oidcClientSecret ?? env.SCORECARD_OIDC_CLIENT_SECRET,
    oidcLoginClaim: flags.values.oidcLoginClaim ?? env.SCORECARD_OIDC_LOGIN_CLAIM ?? 'email',
    oidcLabel: flags.values.oidcLabel ?? env.SCORECARD_OIDC_LABEL ?? 'Đăng nhập bằng tài khoản cơ quan',
    rateLimit: flags.values.rateLimit ?? env.SCORECARD_RATE_LIMIT ?? 'on',
    graphqlEditor: (flags.values.graphqlEditor ?? env.SCORECARD_GRAPHQL_EDITOR)?.toLowerCase(),
    allowedHosts: flags.values.allowedHosts ?? env.SCORECARD_ALLOWED_HOSTS ?? '',
    requestTimeout: flags.values.requestTimeout ?? env.SCORECARD_REQUEST_TIMEOUT ?? '30',
    readOnly: (flags.values.readOnly ?? env.SCORECARD_READ_ONLY ?? 'off').toLowerCase(),
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
  if (parsed.success) {
    const oidc = [parsed.data.oidcIssuer, parsed.data.oidcClientId, parsed.data.oidcClientSecret];
    if (oidc.some((value) => value !== undefined) && oidc.some((value) => value === undefined))
      problems.push(
        'SCORECARD_OIDC_ISSUER, SCORECARD_OIDC_CLIENT_ID and SCORECARD_OIDC_CLIENT_SECRET go together: set all three, or none for password sign-in only',
      );
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const d = parsed.data;
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
    publicUrl: (d.publicUrl ?? `http://localhost:${d.port}`).replace(/\/+$/, ''),
    cookieSecure: d.cookieSecure === 'on',
    trustProxy: d.trustProxy === '' ? [] : d.trustProxy.split(',').map((entry) => entry.trim()),
    oidc:
      d.oidcIssuer && d.oidcClientId && d.oidcClientSecret
        ? {
            issuer: d.oidcIssuer,
            clientId: d.oidcClientId,
            clientSecret: d.oidcClientSecret,
            loginClaim: d.oidcLoginClaim,
            label: d.oidcLabel,
          }
        : null,
    // A local demo only: not behind a proxy (which could expose a loopback server) nor under a public address.
    demoAccounts:
      d.readOnly === 'off' &&
      d.sampleData === 'on' &&
      isLoopbackHost(d.host) &&
      d.trustProxy === '' &&
      (d.publicUrl === undefined || isLoopbackHost(new URL(d.publicUrl).hostname.replace(/^\[|\]$/g, ''))),
    rateLimitPerMinute: d.rateLimit === 'off' ? null : d.rateLimit === 'on' ? DEFAULT_RATE_LIMIT : Number(d.rateLimit),
    graphqlEditor: d.graphqlEditor === undefined ? isLoopbackHost(d.host) : d.graphqlEditor === 'on',
    allowedHosts: allowedHostsOf(d.host, d.publicUrl, d.allowedHosts),
    requestTimeoutSeconds: d.requestTimeout,
    readOnly: d.readOnly === 'on',
  };
}

/**
 * The Host names answered: this machine's names, the host the server is bound to, the public address's host, and
 * the extra names given. A server bound to every interface also answers to its interfaces' addresses (what a
 * health probe or a colleague on the network types); a page of another site that renamed itself to a local
 * address (DNS rebinding) names its own host and is refused.
 */
function allowedHostsOf(host: string, publicUrl: string | undefined, extra: string): string[] {
  const names = new Set(LOCAL_HOST_NAMES);
  if (!isLoopbackHost(host) && host !== '0.0.0.0' && host !== '::') names.add(host.toLowerCase());
  if (host === '0.0.0.0' || host === '::') {
    for (const entries of Object.values(networkInterfaces()))
      for (const entry of entries ?? []) names.add(entry.family === 'IPv6' ? `[${entry.address}]` : entry.address);
  }
  if (publicUrl !== undefined) names.add(new URL(publicUrl).hostname.toLowerCase());
  for (const name of extra.split(',')) if (name.trim() !== '') names.add(name.trim());
  return [...names];
}
