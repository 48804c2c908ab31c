import { z } from 'zod';

// Every setting of the server and the command line, defined once: its environment variable, its flag, what it
// means, its default and what a valid value is. read-settings.ts takes each from its flag, else its variable, else
// its default; the help texts of both programs are made from these entries.

type SettingSpec = {
  env: string;
  flag: string;
  help: string;
  /** The value when neither the flag nor the variable is given; absent: the setting is optional. */
  default?: string;
  /** How the default reads in help texts when it is not the value itself. */
  defaultText?: string;
  schema: z.ZodType;
};

const ON_OFF = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['on', 'off'], { error: 'must be "on" or "off"' }));

function wholeNumber(min: number, max: number, message: string) {
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
}

const HTTP_ADDRESS_MESSAGE = 'must be an http(s) address, for example https://scorecard.bhxh.gov.vn';

/** An http(s) address with a host and no query or fragment: sign-in links and redirects are built on it. */
function isHttpAddress(text: string): boolean {
  if (!/^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(text) || !URL.canParse(text)) return false;
  const url = new URL(text);
  return url.search === '' && url.hash === '';
}

export const SETTINGS = {
  port: {
    env: 'PORT',
    flag: '--port',
    help: 'HTTP port',
    default: '3000',
    schema: wholeNumber(1, 65535, 'must be a whole number between 1 and 65535'),
  },
  host: {
    env: 'HOST',
    flag: '--host',
    help: 'interface to listen on (0.0.0.0 for every interface)',
    default: '127.0.0.1',
    schema: z.string().trim().min(1, 'must name an interface, for example 127.0.0.1 or 0.0.0.0'),
  },
  dbPath: {
    env: 'SCORECARD_DB',
    flag: '--db',
    help: 'DuckDB file, created if absent; a relative path is taken from the repository root',
    default: 'data/scorecard.duckdb',
    schema: z.string().trim().min(1, 'must be a file path, for example data/scorecard.duckdb'),
  },
  sampleData: {
    env: 'SCORECARD_SAMPLE_DATA',
    flag: '--sample-data',
    help: 'on|off: load synthetic sample actuals into an empty database',
    default: 'on',
    schema: ON_OFF,
  },
  ledgerEmployers: {
    env: 'SCORECARD_LEDGER_EMPLOYERS',
    flag: '--ledger-employers',
    help: 'employers of the synthetic contribution ledger loaded with the sample data (450000 = national size; 0 = none)',
    default: '20000',
    schema: wholeNumber(0, 2_000_000, 'must be a whole number from 0 to 2000000'),
  },
  publicUrl: {
    env: 'SCORECARD_PUBLIC_URL',
    flag: '--public-url',
    help: 'address of the dashboard as people reach it, e.g. https://scorecard.bhxh.gov.vn; sign-in links use it',
    defaultText: 'http://localhost:PORT',
    schema: z.string().trim().refine(isHttpAddress, HTTP_ADDRESS_MESSAGE).optional(),
  },
  cookieSecure: {
    env: 'SCORECARD_COOKIE_SECURE',
    flag: '--cookie-secure',
    help: 'on|off: mark the session cookie Secure (browsers accept it over HTTPS and on localhost)',
    default: 'on',
    schema: ON_OFF,
  },
  trustProxy: {
    env: 'SCORECARD_TRUST_PROXY',
    flag: '--trust-proxy',
    help: 'comma-separated addresses or CIDR ranges of the reverse proxies in front, e.g. 10.0.0.5,127.0.0.1',
    default: '',
    defaultText: 'none',
    schema: z
      .string()
      .trim()
      .regex(
        /^$|^[0-9a-fA-F.:]+(\/\d{1,3})?(\s*,\s*[0-9a-fA-F.:]+(\/\d{1,3})?)*$/,
        'must list IP addresses or CIDR ranges separated by commas, for example 10.0.0.5,127.0.0.1',
      ),
  },
  oidcIssuer: {
    env: 'SCORECARD_OIDC_ISSUER',
    flag: '--oidc-issuer',
    help: "the agency identity provider's issuer URL, to offer OpenID Connect sign-in",
    defaultText: 'none',
    schema: z.string().trim().url('must be the issuer URL, for example https://sso.bhxh.gov.vn/realms/bhxh').optional(),
  },
  oidcClientId: {
    env: 'SCORECARD_OIDC_CLIENT_ID',
    flag: '--oidc-client-id',
    help: 'client id registered there',
    defaultText: 'none',
    schema: z.string().trim().min(1, 'must name the client id').optional(),
  },
  oidcClientSecret: {
    env: 'SCORECARD_OIDC_CLIENT_SECRET',
    flag: '--oidc-client-secret',
    help: 'client secret registered there',
    defaultText: 'none',
    schema: z.string().min(1, 'must give the client secret').optional(),
  },
  oidcLoginClaim: {
    env: 'SCORECARD_OIDC_LOGIN_CLAIM',
    flag: '--oidc-login-claim',
    help: 'ID-token claim matched to account logins',
    default: 'email',
    schema: z.string().trim().min(1, 'must name a claim, for example email or preferred_username'),
  },
  rateLimit: {
    env: 'SCORECARD_RATE_LIMIT',
    flag: '--rate-limit',
    help: 'requests a minute per caller, or off (for a load bench or behind a gateway that limits)',
    default: 'on',
    defaultText: '600',
    schema: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^(off|on|[1-9][0-9]{0,6})$/, 'must be "off" or a number of requests a minute, for example 600'),
  },
  graphqlEditor: {
    env: 'SCORECARD_GRAPHQL_EDITOR',
    flag: '--graphql-editor',
    help: 'on|off: the query editor at /graphql and schema introspection',
    defaultText: 'on when bound to this machine only, else off',
    schema: ON_OFF.optional(),
  },
  allowedHosts: {
    env: 'SCORECARD_ALLOWED_HOSTS',
    flag: '--allowed-hosts',
    help: 'more host names the server answers to, comma-separated (always: localhost names, the host of SCORECARD_PUBLIC_URL)',
    default: '',
    defaultText: 'none',
    schema: z
      .string()
      .trim()
      .toLowerCase()
      .regex(
        /^$|^[a-z0-9.:[\]-]+(\s*,\s*[a-z0-9.:[\]-]+)*$/,
        'must list host names separated by commas, for example scorecard.bhxh.gov.vn,10.0.0.5',
      ),
  },
  readOnly: {
    env: 'SCORECARD_READ_ONLY',
    flag: '--read-only',
    help: 'on|off: serve a published database file read-only, beside other such processes',
    default: 'off',
    schema: ON_OFF,
  },
  requestTimeout: {
    env: 'SCORECARD_REQUEST_TIMEOUT',
    flag: '--request-timeout',
    help: 'seconds before an unanswered request gets 503',
    default: '30',
    schema: wholeNumber(1, 600, 'must be a number of seconds from 1 to 600'),
  },
  oidcLabel: {
    env: 'SCORECARD_OIDC_LABEL',
    flag: '--oidc-label',
    help: 'text of the sign-in button',
    default: 'Đăng nhập bằng tài khoản cơ quan',
    defaultText: '"Đăng nhập bằng tài khoản cơ quan"',
    schema: z.string().trim().min(1, 'must be a text'),
  },
  alerts: {
    env: 'SCORECARD_ALERTS',
    flag: '--alerts',
    help: 'on|off: evaluate the alert rules and deliver alerts (docs/alerts.md)',
    default: 'on',
    schema: ON_OFF,
  },
  smtpUrl: {
    env: 'SCORECARD_SMTP_URL',
    flag: '--smtp-url',
    help: 'SMTP server for alert e-mails, e.g. smtps://user:password@mail.bhxh.gov.vn:465; unset: no e-mail',
    defaultText: 'none (no e-mail)',
    schema: z
      .string()
      .trim()
      .refine(
        (text) => /^smtps?:\/\/[^/\s]+\/?$/.test(text) && URL.canParse(text),
        'must be an smtp:// or smtps:// address, for example smtp://mail.bhxh.gov.vn:587',
      )
      .optional(),
  },
  mailFrom: {
    env: 'SCORECARD_MAIL_FROM',
    flag: '--mail-from',
    help: 'sender of alert e-mails',
    default: 'BHXH Scorecard <scorecard@localhost>',
    defaultText: '"BHXH Scorecard <scorecard@localhost>"',
    schema: z
      .string()
      .trim()
      .regex(
        /^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
        'must be an e-mail address, optionally "Name <address>"',
      ),
  },
  webhookUrl: {
    env: 'SCORECARD_WEBHOOK_URL',
    flag: '--webhook-url',
    help: "the agency chat system's webhook that new alerts are posted to, signed (docs/alerts.md); unset: none",
    defaultText: 'none',
    schema: z.string().trim().refine(isHttpAddress, HTTP_ADDRESS_MESSAGE).optional(),
  },
  webhookSecret: {
    env: 'SCORECARD_WEBHOOK_SECRET',
    flag: '--webhook-secret',
    help: 'the shared secret the webhook posts are signed with (HMAC-SHA256), at least 16 characters',
    defaultText: 'none',
    schema: z.string().min(16, 'must be at least 16 characters').optional(),
  },
} as const satisfies Record<string, SettingSpec>;

export type SettingKey = keyof typeof SETTINGS;

/** A setting's value once checked (numbers as numbers, on/off in lower case; undefined when optional and absent). */
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]['schema']>;

/** How a setting's default reads: its value, or the words that say what it depends on. */
export function defaultTextOf(key: SettingKey): string {
  const setting: SettingSpec = SETTINGS[key];
  return setting.defaultText ?? setting.default ?? 'none';
}

/** A flag's help on the command line: what it means, then the variable it falls back on and the default. */
export function describeSetting(key: SettingKey): string {
  return `${SETTINGS[key].help} (default: ${SETTINGS[key].env}, else ${defaultTextOf(key)})`;
}
