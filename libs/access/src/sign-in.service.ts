import type { Principal } from '@scorecard/domain';
import {
  AccountRepository,
  AuditRepository,
  CredentialRepository,
  addMinutes,
  utcTimestamp,
  type AccountRecord,
  type AuditEventInput,
  type WarehouseDatabase,
} from '@scorecard/warehouse';
import { AccessError } from './access.errors';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password-hasher';
import type { PrincipalCache } from './principal-cache';
import { principalOfAccount } from './principal-of';
import { randomSecret, sha256 } from './secret-token';

// Signing in (password, one-time link, the agency's identity provider, or a demo account on a local demo) makes a
// server-side session; the browser holds its id in an encrypted cookie. Failures count towards a lock-out.

export const SESSION_HOURS = 12;
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export type SessionVia = 'password' | 'link' | 'oidc' | 'demo';
export type NewSession = {
  sessionId: string;
  account: AccountRecord;
  principal: Principal;
  mustChangePassword: boolean;
};

export class SignInService {
  private readonly accounts: AccountRepository;
  private readonly credentials: CredentialRepository;
  private readonly auditLog: AuditRepository;

  constructor(
    db: WarehouseDatabase,
    private readonly cache: PrincipalCache,
    /** Whether demo accounts may sign in now (sample data on and the server bound to loopback). */
    private readonly demoEnabled: boolean,
  ) {
    this.accounts = new AccountRepository(db);
    this.credentials = new CredentialRepository(db);
    this.auditLog = new AuditRepository(db);
  }

  async withPassword(login: string, password: string, origin: string): Promise<NewSession> {
    const account = await this.accounts.byLogin(login.slice(0, 200));
    const refused = (reason: string): AuditEventInput => ({
      actor: account?.login ?? `unknown:${login.trim().toLowerCase().slice(0, 64)}`,
      actorRole: account?.role ?? null,
      via: 'password',
      origin,
      action: 'auth.sign-in',
      target: account ? `account ${account.login}` : null,
      outcome: 'DENIED',
      detail: { reason },
    });
    const invalid = new AccessError(
      'INVALID_CREDENTIALS',
      'Wrong login or password.',
      'Sai tên đăng nhập hoặc mật khẩu.',
    );
    if (!account || account.passwordHash === null || account.kind !== 'person') {
      // The same work and the same answer whether or not the login exists.
      await verifyPassword(password, await DUMMY_HASH_PROMISE);
      await this.audit(refused(account ? 'NO_PASSWORD' : 'UNKNOWN_LOGIN'));
      throw invalid;
    }
    const now = new Date();
    if (account.lockedUntil !== null && account.lockedUntil > now) {
      await this.audit(refused('LOCKED'));
      throw lockedError(account.lockedUntil, now);
    }
    if (!(await verifyPassword(password, account.passwordHash))) {
      const until = addMinutes(now, LOCK_MINUTES);
      const { locked } = await this.accounts.recordFailedSignIn(account.id, {
        maxFailures: MAX_FAILED_SIGN_INS,
        lockUntil: utcTimestamp(until),
        audit: refused('WRONG_PASSWORD'),
      });
      if (locked) throw lockedError(until, now);
      throw invalid;
    }
    if (account.disabled) {
      await this.audit(refused('DISABLED'));
      throw new AccessError(
        'FORBIDDEN',
        'The account was disabled by an administrator. Ask the Collection Department to enable it again.',
        'Tài khoản đã bị khóa bởi quản trị viên. Liên hệ Ban Thu để mở lại.',
      );
    }
    await this.accounts.recordSignIn(account.id);
    return this.startSession(account, 'password', origin);
  }

  async withLink(secret: string, origin: string): Promise<NewSession> {
    const link = await this.credentials.consumeLink(sha256(secret), new Date());
    const account = link ? await this.accounts.byId(link.accountId) : null;
    if (!link || !account || account.disabled) {
      await this.audit({
        actor: 'unknown',
        actorRole: null,
        via: 'link',
        origin,
        action: 'auth.sign-in',
        target: account ? `account ${account.login}` : null,
        outcome: 'DENIED',
        detail: { reason: link ? 'DISABLED' : 'INVALID_LINK' },
      });
      throw new AccessError(
        'INVALID_LINK',
        'The sign-in link is invalid, used or expired. Ask a headquarters data officer for a new one.',
        'Liên kết đăng nhập không hợp lệ, đã dùng hoặc đã hết hạn. Xin cán bộ nghiệp vụ Trung ương cấp liên kết mới.',
      );
    }
    return this.startSession(account, 'link', origin);
  }

  async asDemo(login: string, origin: string): Promise<NewSession> {
    const account = await this.accounts.byLogin(login);
    if (!this.demoEnabled || !account || account.kind !== 'demo' || account.disabled)
      throw new AccessError(
        'FORBIDDEN',
        'Demo accounts work only on a trial server with the sample data.',
        'Tài khoản trình diễn chỉ dùng được trên máy chạy thử với dữ liệu mẫu.',
      );
    return this.startSession(account, 'demo', origin);
  }

  /**
   * Signs in the account the identity provider vouches for: the one already bound to this subject, else the one
   * whose login equals the claim the deployment names (bound to the subject from then on). Unknown people are
   * refused: an account is made by a data officer first.
   */
  async withIdentityProvider(subject: string, loginClaim: string | null, origin: string): Promise<NewSession> {
    let account = await this.accounts.byOidcSubject(subject);
    if (!account && loginClaim) {
      const candidate = await this.accounts.byLogin(loginClaim);
      if (candidate && candidate.kind === 'person' && candidate.oidcSubject === null) {
        await this.accounts.update(candidate.id, { oidcSubject: subject }, { endSessions: false, audit: null });
        account = await this.accounts.byId(candidate.id);
      }
    }
    if (!account || account.disabled) {
      await this.audit({
        actor: `oidc:${loginClaim ?? subject}`,
        actorRole: null,
        via: 'oidc',
        origin,
        action: 'auth.sign-in',
        target: account ? `account ${account.login}` : null,
        outcome: 'DENIED',
        detail: { reason: account ? 'DISABLED' : 'NO_ACCOUNT', subject },
      });
      throw new AccessError(
        'FORBIDDEN',
        `Tài khoản ${loginClaim ?? subject} chưa được cấp quyền trong BHXH Scorecard. Liên hệ cán bộ nghiệp vụ Trung ương.`,
        `Tài khoản ${loginClaim ?? subject} chưa được cấp quyền trong BHXH Scorecard. Liên hệ cán bộ nghiệp vụ Trung ương.`,
      );
    }
    return this.startSession(account, 'oidc', origin);
  }

  /** The caller a session id stands for, or null when it is unknown, ended, expired, or its account disabled. */
  async principalOfSession(sessionId: string): Promise<Principal | null> {
    const now = Date.now();
    const hash = sha256(sessionId);
    const key = `session:${hash}`;
    const cached = this.cache.get(key, now);
    if (cached !== undefined) return cached;
    const session = await this.credentials.session(hash);
    const account = session ? await this.accounts.byId(session.accountId) : null;
    const valid =
      session !== null &&
      account !== null &&
      session.endedAt === null &&
      session.expiresAt.getTime() > now &&
      !account.disabled &&
      (account.kind !== 'demo' || this.demoEnabled);
    const principal = valid ? principalOfAccount(account, 'session') : null;
    this.cache.set(key, principal, valid ? session.expiresAt.getTime() : now + 30_000);
    return principal;
  }

  async mustChangePassword(accountId: string): Promise<boolean> {
    const account = await this.accounts.byId(accountId);
    return (
      account !== null &&
      account.kind === 'person' &&
      (account.mustChangePassword || account.passwordHash === null) &&
      account.oidcSubject === null
    );
  }

  async end(sessionId: string, principal: Principal | null, origin: string): Promise<void> {
    await this.credentials.endSession(
      sha256(sessionId),
      principal
        ? {
            actor: principal.name,
            actorRole: principal.role,
            via: 'session',
            origin,
            action: 'auth.sign-out',
            target: `account ${principal.name}`,
            outcome: 'OK',
            detail: {},
          }
        : null,
    );
    this.cache.clear();
  }

  private async startSession(account: AccountRecord, via: SessionVia, origin: string): Promise<NewSession> {
    const sessionId = randomSecret();
    const expiresAt = addMinutes(new Date(), SESSION_HOURS * 60);
    await this.credentials.createSession(
      { idHash: sha256(sessionId), accountId: account.id, via, origin, expiresAt },
      {
        actor: account.login,
        actorRole: account.role,
        via,
        origin,
        action: 'auth.sign-in',
        target: `account ${account.login}`,
        outcome: 'OK',
        detail: {},
      },
    );
    return {
      sessionId,
      account,
      principal: principalOfAccount(account, 'session'),
      mustChangePassword: via === 'link' || (account.kind === 'person' && account.mustChangePassword && via !== 'oidc'),
    };
  }

  private async audit(event: AuditEventInput): Promise<void> {
    await this.auditLog.append(event);
  }
}

function lockedError(until: Date, now: Date): AccessError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new AccessError(
    'ACCOUNT_LOCKED',
    `The account is locked after ${MAX_FAILED_SIGN_INS} wrong sign-ins. Try again in ${minutes} minute(s) or ask for a new password.`,
    `Tài khoản tạm khóa sau ${MAX_FAILED_SIGN_INS} lần đăng nhập sai. Thử lại sau ${minutes} phút hoặc xin cấp lại mật khẩu.`,
  );
}
