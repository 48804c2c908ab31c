import type { Command } from 'commander';
import { DEFAULT_TOKEN_DAYS, checkRole } from '@scorecard/access';
import { ROLES } from '@scorecard/domain';
import { formatTokenList, tokenListEntries, utcMinute } from '../output/access-list.report';
import { checkEarly, wholeDays, withAccess } from './access-command.runner';
import { databaseOption, prose, usageError, type CommandContext } from './command-context';

type CreateOptions = {
  role: string;
  province?: string;
  expiresDays?: string;
  label: string;
  user?: string;
  db?: string;
  json?: boolean;
};

export function registerTokenCommands(program: Command, context: CommandContext): void {
  const token = program
    .command('token')
    .summary('API tokens for scripts and analysts: create, revoke, list')
    .description(
      prose(`
API tokens for scripts and analysts, made by the operating-system user who can open the database (recorded in
the audit log as cli:<user>@<host>). A token is shown once, when it is made: only its SHA-256 is stored. A new
database file is created with the reference lists only, so the server still loads the plans on its first start.`),
    )
    .addHelpText('afterAll', '\nExit code: 0 done, 1 refused, 2 wrong usage, 3 the database could not be used.');

  token
    .command('create')
    .description('make a token and print it, and nothing else, on standard output (notes go to standard error)')
    .requiredOption('--role <role>', ROLES.join(', '))
    .option('--province <code>', 'the two-digit province of a director or officer (none for the other roles)')
    .option('--expires-days <n>', `days the token works (default: ${DEFAULT_TOKEN_DAYS})`)
    .option('--label <text>', 'what the token is for', 'cli')
    .option('--user <login>', 'the account the token belongs to (default: a script token without an account)')
    .addOption(databaseOption())
    .option('--json', 'print {"token", "id", "role", "province", "expiresAt"} instead')
    .action(async (options: CreateOptions, command: Command) =>
      context.exit(await createToken(options, command, context)),
    );

  token
    .command('revoke')
    .description('stop the token with this id from working')
    .argument('<id>', 'the id of the token (see "scorecard token list")')
    .addOption(databaseOption())
    .action(async (id: string, options: { db?: string }) => context.exit(await revokeToken(id, options, context)));

  token
    .command('list')
    .description('every token: id, label, role, province, owner, created, expires, revoked; never the token itself')
    .addOption(databaseOption())
    .option('--json', 'print the list as JSON')
    .action(async (options: { db?: string; json?: boolean }) => context.exit(await listTokens(options, context)));
}

async function createToken(options: CreateOptions, command: Command, context: CommandContext): Promise<number> {
  const days = wholeDays(options.expiresDays, DEFAULT_TOKEN_DAYS);
  if (days === null)
    usageError(command, `--expires-days "${options.expiresDays}": give a whole number of days, e.g. 90.`);
  const { output } = context;
  const role = options.role;
  const checked = checkEarly('token create', () => checkRole(role, options.province), output);
  if (!checked) return 1;

  return withAccess('token create', context, options.db, async ({ services, actor }) => {
    const { token, record } = await services.tokens.create(actor, {
      label: options.label,
      role: checked.value.role,
      provinceCode: checked.value.provinceCode,
      expiresInDays: days,
      forLogin: options.user ?? null,
    });
    // Standard output carries the token alone: scripts read it as `TOKEN=$(scorecard token create …)`.
    output.out(
      options.json
        ? JSON.stringify({
            token,
            id: record.id,
            role: record.role,
            province: record.provinceCode,
            expiresAt: record.expiresAt.toISOString(),
          })
        : token,
    );
    const owner = options.user === undefined ? 'a script token without an account' : `for account ${options.user}`;
    output.err(
      `Token ${record.id} made: ${record.role}${record.provinceCode ? ` of province ${record.provinceCode}` : ''}, ${owner}, ` +
        `expires ${utcMinute(record.expiresAt.toISOString())} UTC. It is shown only now; revoke it with "scorecard token revoke ${record.id}".`,
    );
    return 0;
  });
}

async function revokeToken(id: string, options: { db?: string }, context: CommandContext): Promise<number> {
  const { output } = context;
  return withAccess('token revoke', context, options.db, async ({ services, actor }) => {
    const before = (await services.tokens.list(actor.principal, true)).find((token) => token.id === id);
    if (!before) {
      output.err(`scorecard token revoke: there is no token "${id}": see "scorecard token list" for the ids.`);
      return 1;
    }
    if (before.revokedAt !== null) {
      output.out(
        `Token ${id} was already revoked (${utcMinute(before.revokedAt.toISOString())} UTC by ${before.revokedBy ?? '?'}); nothing changed.`,
      );
      return 0;
    }
    await services.tokens.revoke(actor, id);
    output.out(`Token ${id} (${before.label}) revoked: it no longer works.`);
    return 0;
  });
}

async function listTokens(options: { db?: string; json?: boolean }, context: CommandContext): Promise<number> {
  const { output } = context;
  const json = options.json;
  return withAccess('token list', context, options.db, async ({ services, actor }) => {
    const entries = tokenListEntries(
      await services.tokens.list(actor.principal, true),
      await services.accounts.list(),
      new Date(),
    );
    output.out(json ? JSON.stringify(entries, null, 2) : formatTokenList(entries));
    return 0;
  });
}
