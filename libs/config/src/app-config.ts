import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { ConfigError } from './config.errors';
import { publicUrlOf, readSettings, resolveDatabasePath, type Environment, type FlagValues } from './read-settings';
import { SETTINGS, defaultTextOf, type SettingKey } from './settings';

// The server's configuration: every setting is an environment variable and a flag; the flag wins. Invalid values
// stop the start with a message that says what to write instead.

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
  alerts: AlertDeliveryConfig;
};

/** Alerts (docs/alerts.md): whether rules are evaluated, and the e-mail and webhook channels when configured. */
export type AlertDeliveryConfig = {
  enabled: boolean;
  /** nodemailer's transport address; null: no e-mail is composed or sent. */
  smtpUrl: string | null;
  mailFrom: string;
  webhook: { url: string; secret: string } | null;
};

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The ID-token claim whose value is an account's login (e-mail by default). */
  loginClaim: string;
  label: string;
};

const SERVER_SETTINGS = Object.keys(SETTINGS) as SettingKey[];

const DEFAULT_RATE_LIMIT = 600;
/** The names a browser on this machine uses for a server bound to it. */
const LOCAL_HOST_NAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** Whether the server is reachable only from this machine. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host);
}

/** The server's options, one a line: flag, variable, meaning and default. */
export function configHelp(): string {
  return SERVER_SETTINGS.map((key) => {
    const s = SETTINGS[key];
    return `  ${s.flag.padEnd(14)} ${s.env.padEnd(22)} ${s.help} (default ${defaultTextOf(key)})`;
  }).join('\n');
}

function readFlags(argv: readonly string[]): {
  values: FlagValues;
  emitSchema: string | null;
  problems: string[];
} {
  const values: FlagValues = {};
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
    const key = SERVER_SETTINGS.find((k) => SETTINGS[k].flag === name);
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

/**
 * The server's configuration from the environment and its command line (the flag wins); a relative database path is
 * taken from repoRoot (resolveDatabasePath). Throws a ConfigError listing every invalid setting.
 */
export function loadConfig(env: Environment, argv: readonly string[], repoRoot: string): AppConfig {
  const flags = readFlags(argv);
  const read = readSettings(SERVER_SETTINGS, env, flags.values);
  const problems = [...flags.problems, ...(read.ok ? [] : read.problems)];
  if (read.ok) {
    const oidc = [read.values.oidcIssuer, read.values.oidcClientId, read.values.oidcClientSecret];
    if (oidc.some((value) => value !== undefined) && oidc.some((value) => value === undefined))
      problems.push(
        'SCORECARD_OIDC_ISSUER, SCORECARD_OIDC_CLIENT_ID and SCORECARD_OIDC_CLIENT_SECRET go together: set all three, or none for password sign-in only',
      );
    if ((read.values.webhookUrl === undefined) !== (read.values.webhookSecret === undefined))
      problems.push(
        'SCORECARD_WEBHOOK_URL and SCORECARD_WEBHOOK_SECRET go together: set both (posts are signed with the secret), or neither',
      );
  }
  if (problems.length > 0 || !read.ok) throw new ConfigError(problems);
  const d = read.values;
  return {
    port: d.port,
    host: d.host,
    dbPath: resolveDatabasePath(d.dbPath, repoRoot),
    sampleData: d.sampleData === 'on',
    ledgerEmployers: d.ledgerEmployers,
    repoRoot,
    dataDir: resolve(repoRoot, 'data'),
    webDist: resolve(repoRoot, 'apps/web/dist'),
    emitSchema: flags.emitSchema === null ? null : resolve(repoRoot, flags.emitSchema),
    publicUrl: publicUrlOf(d.publicUrl, d.port),
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
    alerts: {
      enabled: d.alerts === 'on',
      smtpUrl: d.smtpUrl ?? null,
      mailFrom: d.mailFrom,
      webhook: d.webhookUrl && d.webhookSecret ? { url: d.webhookUrl, secret: d.webhookSecret } : null,
    },
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
