import type { Principal, Role } from '@scorecard/domain';
import {
  AccountRepository,
  CredentialRepository,
  addDays,
  type AccountRecord,
  type WarehouseDatabase,
} from '@scorecard/warehouse';
import { AccessError } from './access.errors';
import { checkRole, normaliseLogin } from './account-input';
import { auditEvent, type Actor } from './actor';
import { hashPassword, passwordProblem, verifyPassword } from './password-hasher';
import type { PrincipalCache } from './principal-cache';
import { checkProvince } from './province-check';
import { newAccountId, randomSecret, sha256 } from './secret-token';

// Accounts and their passwords. A new account gets no password: it gets a one-time sign-in link (valid a day)
// with which its owner sets one, so nobody but its owner ever knows it.

export const LINK_VALID_DAYS = 1;

export type NewAccountRequest = {
  login: string;
  displayName: string;
  role: string;
  provinceCode?: string | null;
};

export type AccountUpdate = {
  displayName?: string | null;
  role?: string | null;
  provinceCode?: string | null;
  disabled?: boolean | null;
};

/** A one-time link's secret; the API turns it into a URL. */
export type SignInLink = { secret: string; expiresAt: Date };

export class AccountService {
  private readonly accounts: AccountRepository;
  private readonly credentials: CredentialRepository;

  constructor(
    private readonly db: WarehouseDatabase,
    private readonly cache: PrincipalCache,
  ) {
    this.accounts = new AccountRepository(db);
    this.credentials = new CredentialRepository(db);
  }

  list(): Promise<AccountRecord[]> {
    return this.accounts.list();
  }

  byId(id: string): Promise<AccountRecord | null> {
    return this.accounts.byId(id);
  }

  async byLogin(login: string): Promise<AccountRecord> {
    const account = await this.accounts.byLogin(login);
    if (!account)
      throw new AccessError(
        'ACCOUNT_NOT_FOUND',
        `không có tài khoản "${login}" (there is no account "${login}"; see the account list)`,
        `Không có tài khoản "${login}"; xem danh sách tài khoản.`,
      );
    return account;
  }

  /** Creates an account and a one-time link to set its password. */
  async create(
    actor: Actor,
    request: NewAccountRequest,
    kind: 'person' | 'demo' = 'person',
  ): Promise<{ account: AccountRecord; link: SignInLink | null }> {
    const login = normaliseLogin(request.login);
    const displayName = request.displayName.trim();
    if (displayName === '' || displayName.length > 120)
      throw new AccessError(
        'INVALID_ACCOUNT_INPUT',
        'displayName: ghi họ tên, 1–120 ký tự (give the person’s name, 1–120 characters)',
        'Họ tên (displayName) cần từ 1 đến 120 ký tự.',
      );
    const { role, provinceCode } = checkRole(request.role, request.provinceCode);
    if (provinceCode !== null) await checkProvince(this.db, provinceCode);
    const id = newAccountId();
    const created = await this.accounts.create(
      {
        id,
        login,
        displayName,
        role,
        provinceCode,
        kind,
        passwordHash: null,
        mustChangePassword: true,
        createdBy: actor.principal.name,
      },
      auditEvent(actor, 'account.create', `account ${login}`, { role, province: provinceCode, kind }),
    );
    if (!created)
      throw new AccessError(
        'ACCOUNT_EXISTS',
        `tên đăng nhập "${login}" đã có người dùng: chọn tên khác (the login "${login}" is taken: choose another)`,
        `Tên đăng nhập "${login}" đã có người dùng: chọn tên khác.`,
      );
    const account = (await this.accounts.byId(id))!;
    const link = kind === 'person' ? await this.issueLink(actor, account, 'new-account') : null;
    return { account, link };
  }

  async update(actor: Actor, login: string, change: AccountUpdate): Promise<AccountRecord> {
    const account = await this.byLogin(login);
    const roleChanges = change.role !== undefined && change.role !== null;
    const provinceChanges = change.provinceCode !== undefined;
    let role: Role = account.role;
    let provinceCode = account.provinceCode;
    if (roleChanges || provinceChanges) {
      const checked = checkRole(
        change.role ?? account.role,
        provinceChanges ? change.provinceCode : account.provinceCode,
      );
      role = checked.role;
      provinceCode = checked.provinceCode;
      if (provinceCode !== null) await checkProvince(this.db, provinceCode);
    }
    if (account.id === actor.principal.accountId && (change.disabled === true || role !== account.role))
      throw new AccessError(
        'FORBIDDEN',
        'không thể tự khóa tài khoản hay đổi vai trò của chính mình: nhờ một cán bộ nghiệp vụ khác (you cannot disable your own account or change your own role)',
        'Không thể tự khóa tài khoản hay đổi vai trò của chính mình: nhờ một cán bộ nghiệp vụ khác.',
      );
    const displayName = change.displayName?.trim();
    if (displayName !== undefined && (displayName === '' || displayName.length > 120))
      throw new AccessError(
        'INVALID_ACCOUNT_INPUT',
        'displayName: ghi họ tên, 1–120 ký tự (give the person’s name, 1–120 characters)',
        'Họ tên (displayName) cần từ 1 đến 120 ký tự.',
      );
    const powerChanges = role !== account.role || provinceCode !== account.provinceCode || change.disabled === true;
    await this.accounts.update(
      account.id,
      {
        ...(displayName !== undefined ? { displayName } : {}),
        role,
        provinceCode,
        ...(change.disabled !== undefined && change.disabled !== null ? { disabled: change.disabled } : {}),
      },
      {
        endSessions: powerChanges,
        audit: auditEvent(actor, 'account.update', `account ${account.login}`, {
          before: {
            role: account.role,
            province: account.provinceCode,
            disabled: account.disabled,
            displayName: account.displayName,
          },
          after: {
            role,
            province: provinceCode,
            disabled: change.disabled ?? account.disabled,
            displayName: displayName ?? account.displayName,
          },
        }),
      },
    );
    this.cache.clear();
    return (await this.accounts.byId(account.id))!;
  }

  /** Removes the password, ends the account's sessions and returns a one-time link to set a new one. */
  async resetPassword(actor: Actor, login: string): Promise<{ account: AccountRecord; link: SignInLink }> {
    const account = await this.byLogin(login);
    if (account.kind === 'demo')
      throw new AccessError(
        'INVALID_ACCOUNT_INPUT',
        'tài khoản trình diễn không có mật khẩu để đặt lại (a demo account has no password to reset)',
        'Tài khoản trình diễn không có mật khẩu để đặt lại.',
      );
    await this.accounts.update(
      account.id,
      { passwordHash: null, mustChangePassword: true },
      { endSessions: true, audit: auditEvent(actor, 'account.reset-password', `account ${account.login}`) },
    );
    this.cache.clear();
    const link = await this.issueLink(actor, account, 'reset');
    return { account: (await this.accounts.byId(account.id))!, link };
  }

  /** A one-time sign-in link for the account (earlier unused links stop working). */
  async issueLink(actor: Actor, account: AccountRecord, purpose: string): Promise<SignInLink> {
    const secret = randomSecret();
    const expiresAt = addDays(new Date(), LINK_VALID_DAYS);
    await this.credentials.createLink(
      { idHash: sha256(secret), accountId: account.id, purpose, createdBy: actor.principal.name, expiresAt },
      auditEvent(actor, 'account.sign-in-link', `account ${account.login}`, {
        purpose,
        expiresAt: expiresAt.toISOString(),
      }),
    );
    return { secret, expiresAt };
  }

  /**
   * Sets a new password. With a password already set the current one must be given, except right after a one-time
   * link (mustChangePassword). Ends the account's other sessions.
   */
  async changePassword(
    actor: Actor,
    input: { current: string | null; next: string; keepSessionHash: string | null },
  ): Promise<void> {
    const principal: Principal = actor.principal;
    if (principal.accountId === null || principal.via !== 'session')
      throw new AccessError(
        'FORBIDDEN',
        'đăng nhập bằng tài khoản của mình trên trình duyệt để đổi mật khẩu (sign in with your account in a browser to change its password)',
        'Đăng nhập bằng tài khoản của mình trên trình duyệt để đổi mật khẩu.',
      );
    const account = (await this.accounts.byId(principal.accountId))!;
    if (account.kind === 'demo')
      throw new AccessError(
        'FORBIDDEN',
        'tài khoản trình diễn không có mật khẩu (a demo account has no password)',
        'Tài khoản trình diễn không có mật khẩu.',
      );
    if (account.passwordHash !== null && !account.mustChangePassword) {
      if (input.current === null || !(await verifyPassword(input.current, account.passwordHash)))
        throw new AccessError('INVALID_CREDENTIALS', 'The current password is wrong.', 'Mật khẩu hiện tại không đúng.');
    }
    const problem = passwordProblem(input.next, account.login);
    if (problem) throw new AccessError('WEAK_PASSWORD', problem.message, problem.messageVi);
    await this.accounts.update(
      account.id,
      { passwordHash: await hashPassword(input.next), mustChangePassword: false },
      {
        endSessions: true,
        keepSession: input.keepSessionHash ?? '',
        audit: auditEvent(actor, 'account.change-password', `account ${account.login}`),
      },
    );
    this.cache.clear();
  }

  /** Sets a password from the command line (the first administrator's, or a reset by an operator). */
  async setPassword(actor: Actor, login: string, password: string): Promise<void> {
    const account = await this.byLogin(login);
    const problem = passwordProblem(password, account.login);
    if (problem) throw new AccessError('WEAK_PASSWORD', problem.message, problem.messageVi);
    await this.accounts.update(
      account.id,
      { passwordHash: await hashPassword(password), mustChangePassword: false },
      { endSessions: true, audit: auditEvent(actor, 'account.set-password', `account ${account.login}`) },
    );
    this.cache.clear();
  }
}
