import { DEFAULT_TOKEN_DAYS, checkRole } from '@scorecard/access';
import { ROLES } from '@scorecard/domain';
import { formatTokenList, tokenListEntries, utcMinute } from '../output/access-list.report';
import { checkEarly, parseSubcommand, wholeDays, withAccess } from './access-command.runner';
import type { Output } from './import-plan.command';

export const TOKEN_USAGE = `Usage: scorecard token create --role <role> [--province <code>] [--expires-days N] [--label <text>]
                              [--user <login>] [--db <path>] [--json]
       scorecard token revoke <id> [--db <path>]
       scorecard token list [--db <path>] [--json]

API tokens for scripts and analysts, made by the operating-system user who can open the database (recorded in
the audit log as cli:<user>@<host>). A token is shown once, when it is made: only its SHA-256 is stored.

  create  prints the token, and nothing else, on standard output (notes go to standard error)
    --role <role>       ${ROLES.join(', ')}
    --province <code>   the two-digit province of a director or officer (none for the other roles)
    --expires-days N    default ${DEFAULT_TOKEN_DAYS}
    --label <text>      what the token is for (default "cli")
    --user <login>      the account the token belongs to (default: a script token without an account)
    --json              print {"token", "id", "role", "province", "expiresAt"} instead
  revoke  stops the token with this id from working (ids are in the list)
  list    every token: id, label, role, province, owner, created, expires, revoked; never the token itself

  --db <path>   DuckDB file (default: SCORECARD_DB, else data/scorecard.duckdb of this repository); a new file is
                created with the reference lists only, so the server still loads the plans on its first start

Exit code: 0 done, 1 refused, 2 wrong usage, 3 the database could not be used.`;

export async function tokenCommand(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'create':
      return createToken(rest, repoRoot, output);
    case 'revoke':
      return revokeToken(rest, repoRoot, output);
    case 'list':
      return listTokens(rest, repoRoot, output);
    case '--help':
    case '-h':
    case 'help':
      output.out(TOKEN_USAGE);
      return 0;
    case undefined:
      output.err(`Name what to do: create, revoke or list.\n\n${TOKEN_USAGE}`);
      return 2;
    default:
      output.err(`Unknown token command "${sub}": use create, revoke or list.\n\n${TOKEN_USAGE}`);
      return 2;
  }
}

async function createToken(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  const parsed = parseSubcommand(
    argv,
    {
      command: 'token create',
      options: {
        role: { type: 'string' },
        province: { type: 'string' },
        'expires-days': { type: 'string' },
        label: { type: 'string', default: 'cli' },
        user: { type: 'string' },
        db: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      args: 'none',
      usage: TOKEN_USAGE,
    },
    output,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (values.role === undefined) {
    output.err(`Give the token's role with --role (${ROLES.join(', ')}).\n\n${TOKEN_USAGE}`);
    return 2;
  }
  const days = wholeDays(values['expires-days'], DEFAULT_TOKEN_DAYS);
  if (days === null) {
    output.err(
      `scorecard token create: --expires-days "${values['expires-days']}": give a whole number of days, e.g. 90.`,
    );
    return 2;
  }
  const role = values.role;
  const checked = checkEarly('token create', () => checkRole(role, values.province), output);
  if (!checked) return 1;

  return withAccess('token create', repoRoot, values.db, output, async ({ services, actor }) => {
    const { token, record } = await services.tokens.create(actor, {
      label: values.label,
      role: checked.value.role,
      provinceCode: checked.value.provinceCode,
      expiresInDays: days,
      forLogin: values.user ?? null,
    });
    // Standard output carries the token alone: scripts read it as `TOKEN=$(scorecard token create …)`.
    output.out(
      values.json
        ? JSON.stringify({
            token,
            id: record.id,
            role: record.role,
            province: record.provinceCode,
            expiresAt: record.expiresAt.toISOString(),
          })
        : token,
    );
    const owner = values.user === undefined ? 'a script token without an account' : `for account ${values.user}`;
    output.err(
      `Token ${record.id} made: ${record.role}${record.provinceCode ? ` of province ${record.provinceCode}` : ''}, ${owner}, ` +
        `expires ${utcMinute(record.expiresAt.toISOString())} UTC. It is shown only now; revoke it with "scorecard token revoke ${record.id}".`,
    );
    return 0;
  });
}

async function revokeToken(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  const parsed = parseSubcommand(
    argv,
    {
      command: 'token revoke',
      options: { db: { type: 'string' } },
      args: 'one',
      argument: 'the id of the token (see "scorecard token list")',
      usage: TOKEN_USAGE,
    },
    output,
  );
  if (typeof parsed === 'number') return parsed;
  const id = parsed.argument;
  return withAccess('token revoke', repoRoot, parsed.values.db, output, async ({ services, actor }) => {
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

async function listTokens(argv: readonly string[], repoRoot: string, output: Output): Promise<number> {
  const parsed = parseSubcommand(
    argv,
    {
      command: 'token list',
      options: { db: { type: 'string' }, json: { type: 'boolean', default: false } },
      args: 'none',
      usage: TOKEN_USAGE,
    },
    output,
  );
  if (typeof parsed === 'number') return parsed;
  const json = parsed.values.json;
  return withAccess('token list', repoRoot, parsed.values.db, output, async ({ services, actor }) => {
    const entries = tokenListEntries(
      await services.tokens.list(actor.principal, true),
      await services.accounts.list(),
      new Date(),
    );
    output.out(json ? JSON.stringify(entries, null, 2) : formatTokenList(entries));
    return 0;
  });
}
