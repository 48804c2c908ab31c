import { Option, type Command } from 'commander';
import { LINK_VALID_DAYS, checkRole, normaliseLogin, type SignInLink } from '@scorecard/access';
import { commandLinePublicUrl, describeSetting } from '@scorecard/config';
import { ROLES } from '@scorecard/domain';
import { accountListEntries, formatAccountList, utcMinute } from '../output/access-list.report';
import { checkEarly, withAccess } from './access-command.runner';
import { databaseOption, prose, type CommandContext } from './command-context';

type AddOptions = { role: string; province?: string; name?: string; db?: string; url?: string; json?: boolean };
type ResetOptions = { db?: string; url?: string; json?: boolean };

/** --url: the web app's address in the sign-in links, the setting the server calls --public-url. */
function urlOption(): Option {
  return new Option('--url <base>', describeSetting('publicUrl'));
}

export function registerUserCommands(program: Command, context: CommandContext): void {
  const user = program
    .command('user')
    .summary('accounts of the web app and their one-time sign-in links: add, reset, list')
    .description(
      prose(`
Accounts of the web app, managed by the operating-system user who can open the database (recorded in the audit
log as cli:<user>@<host>). Nobody chooses a password for someone else: a new or reset account gets a one-time
sign-in link, valid ${LINK_VALID_DAYS} day, with which its owner sets one.`),
    )
    .addHelpText('afterAll', '\nExit code: 0 done, 1 refused, 2 wrong usage, 3 the database could not be used.');

  user
    .command('add')
    .description('create the account and print its sign-in link')
    .argument('<login>', 'the login of the new account (quote a name with spaces in --name)')
    .requiredOption('--role <role>', ROLES.join(', '))
    .option('--province <code>', 'the two-digit province of a director or officer (none for the other roles)')
    .option('--name <text>', "the person's name as the app shows it (default: the login)")
    .addOption(databaseOption())
    .addOption(urlOption())
    .option('--json', 'print the result as JSON')
    .action(async (login: string, options: AddOptions) => context.exit(await addUser(login, options, context)));

  user
    .command('reset')
    .description("remove the password, end the account's sessions and print a new sign-in link")
    .argument('<login>', 'the login of the account')
    .addOption(databaseOption())
    .addOption(urlOption())
    .option('--json', 'print the result as JSON')
    .action(async (login: string, options: ResetOptions) => context.exit(await resetUser(login, options, context)));

  user
    .command('list')
    .description('login, name, role, province, kind (person/demo), password set, disabled, locked until')
    .addOption(databaseOption())
    .option('--json', 'print the list as JSON')
    .action(async (options: { db?: string; json?: boolean }) => context.exit(await listUsers(options, context)));
}

/** The link its owner opens: the secret travels in the query, once. */
function linkUrl(baseUrl: string, link: SignInLink): string {
  return `${baseUrl}/auth/link?t=${encodeURIComponent(link.secret)}`;
}

async function addUser(typed: string, options: AddOptions, context: CommandContext): Promise<number> {
  const { output } = context;
  // Read before the database is opened: a wrong address never creates a file.
  const baseUrl = commandLinePublicUrl(options.url);
  const role = options.role;
  const checked = checkEarly(
    'user add',
    () => ({ login: normaliseLogin(typed), ...checkRole(role, options.province) }),
    output,
  );
  if (!checked) return 1;

  return withAccess('user add', context, options.db, async ({ services, actor }) => {
    const { login, provinceCode } = checked.value;
    const { account, link } = await services.accounts.create(actor, {
      login,
      displayName: options.name ?? login,
      role: checked.value.role,
      provinceCode,
    });
    // A person account always gets a link; only demo accounts (never made here) have none.
    if (link === null) throw new Error(`account ${account.login} was created without a sign-in link`);
    const url = linkUrl(baseUrl, link);
    const expires = link.expiresAt.toISOString();
    if (options.json) {
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

async function resetUser(login: string, options: ResetOptions, context: CommandContext): Promise<number> {
  const { output } = context;
  const baseUrl = commandLinePublicUrl(options.url);
  return withAccess('user reset', context, options.db, async ({ services, actor }) => {
    const { account, link } = await services.accounts.resetPassword(actor, login);
    const url = linkUrl(baseUrl, link);
    const expires = link.expiresAt.toISOString();
    if (options.json) {
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

async function listUsers(options: { db?: string; json?: boolean }, context: CommandContext): Promise<number> {
  const { output } = context;
  const json = options.json;
  return withAccess('user list', context, options.db, async ({ services }) => {
    const entries = accountListEntries(await services.accounts.list(), new Date());
    output.out(json ? JSON.stringify(entries, null, 2) : formatAccountList(entries));
    return 0;
  });
}
