import type { AccountRecord, ApiTokenRecord } from '@scorecard/warehouse';
import { AccountObject, ApiTokenObject } from './dto/account.object';

export function toAccountObject(account: AccountRecord): AccountObject {
  return Object.assign(new AccountObject(), {
    login: account.login,
    displayName: account.displayName,
    role: account.role,
    provinceCode: account.provinceCode,
    kind: account.kind.toUpperCase(),
    passwordSet: account.passwordHash !== null,
    identityProviderLinked: account.oidcSubject !== null,
    disabled: account.disabled,
    lockedUntil: account.lockedUntil && account.lockedUntil > new Date() ? account.lockedUntil.toISOString() : null,
    createdAt: account.createdAt.toISOString(),
    createdBy: account.createdBy,
  });
}

export function toApiTokenObject(token: ApiTokenRecord, logins: ReadonlyMap<string, string>): ApiTokenObject {
  return Object.assign(new ApiTokenObject(), {
    id: token.id,
    label: token.label,
    role: token.role,
    provinceCode: token.provinceCode,
    accountLogin: token.accountId ? (logins.get(token.accountId) ?? null) : null,
    createdAt: token.createdAt.toISOString(),
    createdBy: token.createdBy,
    expiresAt: token.expiresAt.toISOString(),
    revokedAt: token.revokedAt?.toISOString() ?? null,
    active: token.revokedAt === null && token.expiresAt > new Date(),
  });
}
