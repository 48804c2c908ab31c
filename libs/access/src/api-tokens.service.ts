import { decideAccess, mayGrantRole, type Principal, type Role } from '@scorecard/domain';
import {
  AccountRepository,
  CredentialRepository,
  addDays,
  type ApiTokenRecord,
  type WarehouseDatabase,
} from '@scorecard/warehouse';
import { AccessError } from './access.errors';
import { checkRole } from './account-input';
import { auditEvent, type Actor } from './actor';
import { type PrincipalCache } from './principal-cache';
import { principalOfToken } from './principal-of';
import { newApiToken, sha256 } from './secret-token';
import { checkProvince } from './province-check';

// API tokens for analysts and scripts: shown once, stored as a SHA-256, with a role, an expiry and an owner (the
// account it was made for, or none for a script token made by a data officer or the command line).

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 730;
const NEGATIVE_CACHE_MS = 30_000;

export type NewTokenRequest = {
  label: string;
  /** Default: the creator's own role and province. */
  role?: Role | string | null;
  provinceCode?: string | null;
  expiresInDays?: number | null;
  /** Login of the account the token is for: default the creator's own account; a data officer may name another. */
  forLogin?: string | null;
};

export class ApiTokenService {
  private readonly credentials: CredentialRepository;
  private readonly accounts: AccountRepository;

  constructor(
    private readonly db: WarehouseDatabase,
    private readonly cache: PrincipalCache,
  ) {
    this.credentials = new CredentialRepository(db);
    this.accounts = new AccountRepository(db);
  }

  /** Creates a token and returns it with its record; the token text is never stored nor shown again. */
  async create(actor: Actor, request: NewTokenRequest): Promise<{ token: string; record: ApiTokenRecord }> {
    const creator = actor.principal;
    const manages = decideAccess(creator, 'account.manage').allowed;
    const label = request.label.trim();
    if (label === '' || label.length > 80)
      throw new AccessError(
        'INVALID_ACCOUNT_INPUT',
        'label: đặt tên khóa 1–80 ký tự, nói khóa dùng để làm gì (give the token a name of 1–80 characters)',
        'Tên khóa (label) cần từ 1 đến 80 ký tự và nói khóa dùng để làm gì.',
      );
    const days = request.expiresInDays ?? DEFAULT_TOKEN_DAYS;
    if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS)
      throw new AccessError(
        'INVALID_ACCOUNT_INPUT',
        `expiresInDays ${days}: ghi số ngày nguyên từ 1 đến ${MAX_TOKEN_DAYS} (give a whole number of days from 1 to ${MAX_TOKEN_DAYS})`,
        `Thời hạn khóa (expiresInDays) ${days} không hợp lệ: ghi số ngày nguyên từ 1 đến ${MAX_TOKEN_DAYS}.`,
      );

    let owner = creator.accountId === null ? null : await this.accounts.byId(creator.accountId);
    if (request.forLogin) {
      if (!manages && request.forLogin.trim().toLowerCase() !== owner?.login)
        throw new AccessError(
          'FORBIDDEN',
          'chỉ cán bộ nghiệp vụ Trung ương được tạo khóa cho tài khoản khác (only a headquarters data officer may make tokens for another account)',
          'Chỉ cán bộ nghiệp vụ Trung ương được tạo khóa API cho tài khoản khác.',
        );
      owner = await this.accounts.byLogin(request.forLogin);
      if (!owner)
        throw new AccessError(
          'ACCOUNT_NOT_FOUND',
          `không có tài khoản "${request.forLogin}" (there is no account "${request.forLogin}")`,
          `Không có tài khoản "${request.forLogin}".`,
        );
    }
    const base = owner ?? creator;
    const { role, provinceCode } =
      request.role === undefined || request.role === null
        ? { role: base.role, provinceCode: base.provinceCode }
        : checkRole(request.role, request.provinceCode);
    if (provinceCode !== null) await checkProvince(this.db, provinceCode);
    if (owner && !mayGrantRole(owner, role, provinceCode))
      throw new AccessError(
        'FORBIDDEN',
        `a token of account "${owner.login}" (${owner.role}) cannot carry the role ${role}${provinceCode ? ` of ${provinceCode}` : ''}`,
        `Khóa của tài khoản "${owner.login}" (${owner.role}) không được mang vai trò ${role}${provinceCode ? ` của tỉnh ${provinceCode}` : ''}.`,
      );
    if (!mayGrantRole(creator, role, provinceCode))
      throw new AccessError(
        'FORBIDDEN',
        `vai trò của bạn không được cấp khóa có vai trò ${role} (you, ${creator.role}, may not give a token the role ${role})`,
        `Vai trò của bạn (${creator.role}) không được cấp khóa có vai trò ${role}.`,
      );

    const { id, token } = newApiToken();
    const expiresAt = addDays(new Date(), days);
    const record = {
      id,
      label,
      role,
      provinceCode,
      accountId: owner?.id ?? null,
      createdBy: creator.name,
      expiresAt,
    };
    await this.credentials.createToken(
      { ...record, tokenHash: sha256(token) },
      auditEvent(actor, 'token.create', `token ${id}`, {
        label,
        role,
        province: provinceCode,
        account: owner?.login ?? null,
        expiresAt: expiresAt.toISOString(),
      }),
    );
    this.cache.clear();
    return { token, record: { ...record, createdAt: new Date(), revokedAt: null, revokedBy: null } };
  }

  async revoke(actor: Actor, id: string): Promise<ApiTokenRecord> {
    const token = await this.credentials.tokenById(id);
    const manages = decideAccess(actor.principal, 'account.manage').allowed;
    if (!token || (!manages && !ownedBy(token, actor.principal)))
      throw new AccessError(
        'TOKEN_NOT_FOUND',
        `không có khóa "${id}" của bạn (there is no token "${id}" of yours; see apiTokens for their ids)`,
        `Bạn không có khóa API "${id}"; xem mã các khóa của bạn trong danh sách khóa (apiTokens).`,
      );
    await this.credentials.revokeToken(id, actor.principal.name, auditEvent(actor, 'token.revoke', `token ${id}`, {}));
    this.cache.clear();
    return (await this.credentials.tokenById(id))!;
  }

  /** The caller's own tokens, or every token for a data officer who asks for all. */
  async list(principal: Principal, all: boolean): Promise<ApiTokenRecord[]> {
    if (all) {
      if (!decideAccess(principal, 'account.manage').allowed)
        throw new AccessError(
          'FORBIDDEN',
          'chỉ cán bộ nghiệp vụ Trung ương được xem mọi khóa (only a headquarters data officer may list every token)',
          'Chỉ cán bộ nghiệp vụ Trung ương được xem tất cả khóa API.',
        );
      return this.credentials.tokens();
    }
    return (await this.credentials.tokens()).filter((token) => ownedBy(token, principal));
  }

  /** The caller an `Authorization: Bearer` token stands for, or null when it is unknown, revoked or expired. */
  async authenticate(token: string): Promise<Principal | null> {
    const now = Date.now();
    const key = `token:${sha256(token)}`;
    const cached = this.cache.get(key, now);
    if (cached !== undefined) return cached;
    const record = /^bhxh_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/.test(token)
      ? await this.credentials.tokenByHash(sha256(token))
      : null;
    const account = record?.accountId ? await this.accounts.byId(record.accountId) : null;
    const principal = record ? principalOfToken(record, account, new Date(now)) : null;
    this.cache.set(key, principal, principal && record ? record.expiresAt.getTime() : now + NEGATIVE_CACHE_MS);
    return principal;
  }
}

/**
 * A caller's own tokens: those of their account, and for a script token without an account, itself and the
 * tokens it made.
 */
function ownedBy(token: ApiTokenRecord, principal: Principal): boolean {
  if (principal.accountId !== null) return token.accountId === principal.accountId;
  return token.id === principal.tokenId || (token.accountId === null && token.createdBy === principal.name);
}
