import { mayGrantRole, type Principal } from '@scorecard/domain';
import type { AccountRecord, ApiTokenRecord } from '@scorecard/warehouse';

export function principalOfAccount(account: AccountRecord, via: Principal['via']): Principal {
  return {
    via,
    accountId: account.id,
    name: account.login,
    displayName: account.displayName,
    role: account.role,
    provinceCode: account.provinceCode,
    tokenId: null,
  };
}

/**
 * The caller a token stands for, or null when it no longer holds: revoked, expired, its account disabled, or its
 * account's role changed so that it may no longer grant the token's role.
 */
export function principalOfToken(token: ApiTokenRecord, account: AccountRecord | null, now: Date): Principal | null {
  if (token.revokedAt !== null || token.expiresAt <= now) return null;
  if (token.accountId !== null) {
    if (account === null || account.disabled) return null;
    if (!mayGrantRole(account, token.role, token.provinceCode)) return null;
  }
  return {
    via: 'token',
    accountId: token.accountId,
    name: account ? account.login : `token:${token.id}`,
    displayName: account ? `${account.displayName} (khóa API ${token.label})` : `Khóa API ${token.label}`,
    role: token.role,
    provinceCode: token.provinceCode,
    tokenId: token.id,
  };
}
