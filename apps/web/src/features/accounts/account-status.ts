// What the accounts table says about each account: one status, in words, with a badge class that is never the
// only signal (the words are always shown).
import { textAccess } from '../../i18n/vi-access';
import type { Account } from './accounts.queries';
import { formatInstant } from './timestamps';

export type AccountStatus = 'disabled' | 'locked' | 'no-password' | 'active';

type StatusFields = Pick<Account, 'disabled' | 'lockedUntil' | 'passwordSet' | 'identityProviderLinked' | 'kind'>;

/** Disabled wins over locked, locked over a missing password; demo accounts and identity-provider users need none. */
export function accountStatus(account: StatusFields): AccountStatus {
  if (account.disabled) return 'disabled';
  if (account.lockedUntil) return 'locked';
  if (!account.passwordSet && !account.identityProviderLinked && !isDemo(account)) return 'no-password';
  return 'active';
}

export function isDemo(account: Pick<Account, 'kind'>): boolean {
  return account.kind === 'DEMO';
}

export type StatusView = { status: AccountStatus; text: string; badge: string };

const BADGES: Record<AccountStatus, string> = {
  disabled: 'badge badge--muted',
  locked: 'badge badge--error',
  'no-password': 'badge badge--warning',
  active: 'badge badge--ok',
};

export function describeAccountStatus(account: StatusFields): StatusView {
  const t = textAccess.accounts.status;
  const status = accountStatus(account);
  const text = (() => {
    switch (status) {
      case 'disabled':
        return t.disabled;
      case 'locked':
        return t.locked(formatInstant(account.lockedUntil));
      case 'no-password':
        return t.noPassword;
      case 'active':
        return t.active;
    }
  })();
  return { status, text, badge: BADGES[status] };
}
