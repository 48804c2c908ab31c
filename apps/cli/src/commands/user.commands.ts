import { LINK_VALID_DAYS, checkRole, normaliseLogin, type SignInLink } from '@scorecard/access';
import { ROLES } from '@scorecard/domain';
import { DEFAULT_PUBLIC_URL, publicBaseUrl } from '../config/cli-config';
import { accountListEntries, formatAccountList, utcMinute } from '../output/access-list.report';
import { checkEarly, parseSubcommand, withAccess } from './access-command.runner';
import type { Output } from './import-plan.command';

export const USER_USAGE = `Usage: scorecard user add <login> --role <role> [--province <code>] [--name "Display Name"] [--db <path>]
                            [--url <base>] [--json]
       scorecard user reset <login> [--db <path>] [--url <base>] [--json]
       scorecard user list [--db <path>] [--json]

Accounts of the web app, managed by the operating-system user who can open the database (recorded in the audit
log as cli:<user>@<host>). Nobody chooses a password for someone else: a new or reset account gets a one-time
sign-in link, valid ${LINK_VALID_DAYS} day, with which its owner sets one.

  add     creates the account and prints its sign-in link
    --role <role>       ${ROLES.join(', ')}
    --province <code>   the two-digit province of a director or officer (none for the other roles)
    --name <text>       the person's name as the app shows it (default: the login)
  reset   removes the password, ends the account's sessions and prints a new sign-in link
  list    login, name, role, province, kind (person/demo), password set, disabled, locked until

  --url <base>  the web app's address for the link (default: SCORECARD_PUBLIC_URL, else ${DEFAULT_PUBLIC_URL})
  --db <path>   DuckDB file (default: SCORECARD_DB, else data/scorecard.duckdb of this repository)
  --json        print the result as JSON

Exit code: 0 done, 1 refused, 2 wrong usage, 3 the database could not be used.`;

export async function userCommand(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'add':
      return addUser(rest, repoRoot, output);
    case 'reset':
      return resetUser(rest, repoRoot, output);
    case 'list':
      return listUsers(rest, repoRoot, output);
    case '--help':
    case '-h':
    case 'help':
      output.out(USER_USAGE);
      return 0;
    case undefined:
      output.err(`Name what to do: add, reset or list.\n\n${USER_USAGE}`);
      return 2;
    default:
      output.err(`Unknown user command "${sub}": use add, reset or list.\n\n${USER_USAGE}`);
      return 2;
  }
}

/** The link its owner opens: the secret travels in the query, once. */
function linkUrl(baseUrl: string, link: SignInLink): string {
  return `${baseUrl}/auth/link?t=${encodeURIComponent(link.secret)}`;
}

async function addUser(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  const parsed = parseSubcommand(
    argv,
    {
      command: 'user add',
      options: {
        role: { type: 'string' },
        province: { type: 'string' },
        name: { type: 'string' },
        db: { type: 'string' },
        url: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      args: 'one',
      argument: 'the login of the new account (quote a name with spaces in --name)',
      usage: USER_USAGE,
    },
    output,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const typed = parsed.argument;
  if (values.role === undefined) {
    output.err(`Give the account's role with --role (${ROLES.join(', ')}).\n\n${USER_USAGE}`);
    return 2;
  }
  const base = publicBaseUrl(values.url);
  if (!base.ok) {
    output.err(`scorecard user add: ${base.problem}`);
    return 2;
  }
  const role = values.role;
  const checked = checkEarly(
    'user add',
    () => ({ login: normaliseLogin(typed), ...checkRole(role, values.province) }),
    output,
  );
  if (!checked) return 1;

  return withAccess('user add', repoRoot, values.db, output, async ({ services, actor }) => {
    const { login, provinceCode } = checked.value;
    const { account, link } = await services.accounts.create(actor, {
      login,
      displayName: values.name ?? login,
      role: checked.value.role,
      provinceCode,
    });
    // A person account always gets a link; only demo accounts (never made here) have none.
    if (link === null) throw new Error(`account ${account.login} was created without a sign-in link`);
    const url = linkUrl(base.url, link);
    const expires = link.expiresAt.toISOString();
    if (values.json) {
      output.out(
        JSON.stringify(
          {
            login: account.login,
            displayName: account.displayName,
            role: account.role,
            province: account.provinceCode,
            link: url,
            linkExpiresAt: expires,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    output.out(
      [
        `Account ${account.login} (${account.displayName}) created: ${account.role}${account.provinceCode ? ` of province ${account.provinceCode}` : ''}, no password yet.`,
        `Send its owner this one-time sign-in link to set a password; it works once, until ${utcMinute(expires)} UTC:`,
        url,
      ].join('\n'),
    );
    return 0;
  });
}

async function resetUser(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  const parsed = parseSubcommand(
    argv,
    {
      command: 'user reset',
      options: { db: { type: 'string' }, url: { type: 'string' }, json: { type: 'boolean', default: false } },
      args: 'one',
      argument: 'the login of the account',
      usage: USER_USAGE,
    },
    output,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const login = parsed.argument;
  const base = publicBaseUrl(values.url);
  if (!base.ok) {
    output.err(`scorecard user reset: ${base.problem}`);
    return 2;
  }
  return withAccess('user reset', repoRoot, values.db, output, async ({ services, actor }) => {
    const { account, link } = await services.accounts.resetPassword(actor, login);
    const url = linkUrl(base.url, link);
    const expires = link.expiresAt.toISOString();
    if (values.json) {
      output.out(JSON.stringify({ login: account.login, link: url, linkExpiresAt: expires }, null, 2));
      return 0;
    }
    output.out(
      [
        `Account ${account.login}: password removed, its sessions ended and earlier links cancelled.`,
        `Send its owner this one-time sign-in link to set a new password; it works once, until ${utcMinute(expires)} UTC:`,
        url,
      ].join('\n'),
    );
    return 0;
  });
}

async function listUsers(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  const parsed = parseSubcommand(
    argv,
    {
      command: 'user list',
      options: { db: { type: 'string' }, json: { type: 'boolean', default: false } },
      args: 'none',
      usage: USER_USAGE,
    },
    output,
  );
  if (typeof parsed === 'number') return parsed;
  const json = parsed.values.json;
  return withAccess('user list', repoRoot, parsed.values.db, output, async ({ services }) => {
    const entries = accountListEntries(await services.accounts.list(), new Date());
    output.out(json ? JSON.stringify(entries, null, 2) : formatAccountList(entries));
    return 0;
  });
}
