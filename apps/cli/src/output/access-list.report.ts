import type { AccountRecord, ApiTokenRecord } from '@scorecard/warehouse';

// Lists of tokens and accounts for the terminal and as JSON. Neither ever carries a secret: a token's text is not
// stored, and the password hash of an account is reduced to whether there is one.

export type TokenListEntry = {
  id: string;
  label: string;
  role: string;
  province: string | null;
  /** Login of the account the token belongs to; null for a script token. */
  owner: string | null;
  createdAt: string;
  createdBy: string;
  expiresAt: string;
  expired: boolean;
  revokedAt: string | null;
  revokedBy: string | null;
};

export type AccountListEntry = {
  login: string;
  displayName: string;
  role: string;
  province: string | null;
  kind: string;
  passwordSet: boolean;
  disabled: boolean;
  lockedUntil: string | null;
};

export function tokenListEntries(
  tokens: readonly ApiTokenRecord[],
  accounts: readonly AccountRecord[],
  now: Date,
): TokenListEntry[] {
  const logins = new Map(accounts.map((account) => [account.id, account.login]));
  return tokens.map((token) => ({
    id: token.id,
    label: token.label,
    role: token.role,
    province: token.provinceCode,
    owner: token.accountId === null ? null : (logins.get(token.accountId) ?? token.accountId),
    createdAt: token.createdAt.toISOString(),
    createdBy: token.createdBy,
    expiresAt: token.expiresAt.toISOString(),
    expired: token.expiresAt.getTime() <= now.getTime(),
    revokedAt: token.revokedAt?.toISOString() ?? null,
    revokedBy: token.revokedBy,
  }));
}

export function accountListEntries(accounts: readonly AccountRecord[], now: Date): AccountListEntry[] {
  return accounts.map((account) => ({
    login: account.login,
    displayName: account.displayName,
    role: account.role,
    province: account.provinceCode,
    kind: account.kind,
    passwordSet: account.passwordHash !== null,
    disabled: account.disabled,
    // A lock that has run out no longer matters.
    lockedUntil:
      account.lockedUntil !== null && account.lockedUntil.getTime() > now.getTime()
        ? account.lockedUntil.toISOString()
        : null,
  }));
}

export function formatTokenList(entries: readonly TokenListEntry[]): string {
  if (entries.length === 0) return 'No API tokens.';
  const rows = entries.map((t) => [
    t.id,
    t.label,
    t.role,
    t.province ?? '-',
    t.owner ?? '(script)',
    utcMinute(t.createdAt),
    `${utcMinute(t.expiresAt)}${t.expired ? ' (expired)' : ''}`,
    t.revokedAt === null ? '-' : `${utcMinute(t.revokedAt)} by ${t.revokedBy ?? '?'}`,
  ]);
  return `${table(['ID', 'LABEL', 'ROLE', 'PROVINCE', 'OWNER', 'CREATED', 'EXPIRES', 'REVOKED'], rows)}\nTimes in UTC.`;
}

export function formatAccountList(entries: readonly AccountListEntry[]): string {
  if (entries.length === 0) return 'No accounts.';
  const rows = entries.map((a) => [
    a.login,
    a.displayName,
    a.role,
    a.province ?? '-',
    a.kind,
    a.kind === 'demo' ? '-' : a.passwordSet ? 'yes' : 'no',
    a.disabled ? 'yes' : 'no',
    a.lockedUntil === null ? '-' : utcMinute(a.lockedUntil),
  ]);
  return `${table(['LOGIN', 'NAME', 'ROLE', 'PROVINCE', 'KIND', 'PASSWORD', 'DISABLED', 'LOCKED UNTIL'], rows)}\nTimes in UTC.`;
}

/** "2025-03-01T08:30:12.345Z" → "2025-03-01 08:30". */
export function utcMinute(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)));
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
