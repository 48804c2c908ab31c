import type { Role } from '@scorecard/domain';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import { runScript } from '../connection/sql-script';
import { fromUtcText, utcTimestamp } from '../connection/utc-time';
import { AuditRepository, type AuditEventInput } from './audit.repository';

// Accounts: one role each, provincial roles one province. Passwords arrive here already hashed (the KDF lives in
// the API); every change is written with its audit row in one transaction.

export type AccountKind = 'person' | 'demo';

export type AccountRecord = {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  provinceCode: string | null;
  kind: AccountKind;
  passwordHash: string | null;
  passwordChangedAt: Date | null;
  mustChangePassword: boolean;
  oidcSubject: string | null;
  disabled: boolean;
  failedSignIns: number;
  lockedUntil: Date | null;
  createdAt: Date;
  createdBy: string;
};

export type NewAccount = {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  provinceCode: string | null;
  kind: AccountKind;
  passwordHash: string | null;
  mustChangePassword: boolean;
  createdBy: string;
};

type AccountRow = {
  id: string;
  login: string;
  display_name: string;
  role: Role;
  province_code: string | null;
  kind: AccountKind;
  password_hash: string | null;
  password_changed_at: string | null;
  must_change_password: boolean;
  oidc_subject: string | null;
  disabled: boolean;
  failed_sign_ins: number;
  locked_until: string | null;
  created_at: string;
  created_by: string;
};

const COLUMNS = `id, login, display_name, role, province_code, kind, password_hash,
  strftime(password_changed_at, '%Y-%m-%d %H:%M:%S.%g') AS password_changed_at, must_change_password, oidc_subject,
  disabled, failed_sign_ins, strftime(locked_until, '%Y-%m-%d %H:%M:%S.%g') AS locked_until,
  strftime(created_at, '%Y-%m-%d %H:%M:%S.%g') AS created_at, created_by`;

function toRecord(row: AccountRow): AccountRecord {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    provinceCode: row.province_code,
    kind: row.kind,
    passwordHash: row.password_hash,
    passwordChangedAt: fromUtcText(row.password_changed_at),
    mustChangePassword: row.must_change_password,
    oidcSubject: row.oidc_subject,
    disabled: row.disabled,
    failedSignIns: Number(row.failed_sign_ins),
    lockedUntil: fromUtcText(row.locked_until),
    createdAt: fromUtcText(row.created_at)!,
    createdBy: row.created_by,
  };
}

export type AccountChange = Partial<{
  displayName: string;
  role: Role;
  provinceCode: string | null;
  disabled: boolean;
  passwordHash: string | null;
  mustChangePassword: boolean;
  oidcSubject: string | null;
}>;

export class AccountRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  async list(): Promise<AccountRecord[]> {
    return (await this.db.all<AccountRow>(`SELECT ${COLUMNS} FROM account ORDER BY login`)).map(toRecord);
  }

  async byLogin(login: string): Promise<AccountRecord | null> {
    const rows = await this.db.all<AccountRow>(`SELECT ${COLUMNS} FROM account WHERE login = $login`, {
      login: login.trim().toLowerCase(),
    });
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async byId(id: string): Promise<AccountRecord | null> {
    const rows = await this.db.all<AccountRow>(`SELECT ${COLUMNS} FROM account WHERE id = $id`, { id });
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async byOidcSubject(subject: string): Promise<AccountRecord | null> {
    const rows = await this.db.all<AccountRow>(`SELECT ${COLUMNS} FROM account WHERE oidc_subject = $subject`, {
      subject,
    });
    return rows[0] ? toRecord(rows[0]) : null;
  }

  async count(kind?: AccountKind): Promise<number> {
    const rows = await this.db.all<{ n: bigint }>(
      'SELECT count(*) AS n FROM account WHERE $kind::VARCHAR IS NULL OR kind = $kind',
      { kind: kind ?? null },
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Creates an account; false when the login is taken (nothing written). */
  async create(account: NewAccount, audit: AuditEventInput): Promise<boolean> {
    return this.db.transaction(async (connection) => {
      const taken = (
        await connection.runAndReadAll('SELECT 1 FROM account WHERE login = $login', { login: account.login })
      ).getRowsJS();
      if (taken.length > 0) return false;
      await connection.run(
        `INSERT INTO account VALUES ($id, $login, $displayName, $role, $provinceCode, $kind, $passwordHash,
          CASE WHEN $passwordHash::VARCHAR IS NULL THEN NULL ELSE $now::TIMESTAMP END, $mustChange, NULL, false, 0, NULL,
          $now::TIMESTAMP, $createdBy)`,
        {
          id: account.id,
          login: account.login,
          displayName: account.displayName,
          role: account.role,
          provinceCode: account.provinceCode,
          kind: account.kind,
          passwordHash: account.passwordHash,
          mustChange: account.mustChangePassword,
          now: utcTimestamp(),
          createdBy: account.createdBy,
        },
      );
      await AuditRepository.appendOn(connection, audit);
      return true;
    });
  }

  /** Changes an account; ends its sessions when asked (a password, role or province change). */
  async update(
    id: string,
    change: AccountChange,
    options: { endSessions: boolean; audit: AuditEventInput | null; keepSession?: string },
  ): Promise<void> {
    await this.db.transaction(async (connection) => {
      const sets: string[] = [];
      const params: Record<string, string | boolean | null> = { id, now: utcTimestamp() };
      const column = (name: string, param: string, value: string | boolean | null) => {
        sets.push(`${name} = $${param}`);
        params[param] = value;
      };
      if (change.displayName !== undefined) column('display_name', 'displayName', change.displayName);
      if (change.role !== undefined) column('role', 'role', change.role);
      if (change.provinceCode !== undefined) column('province_code', 'provinceCode', change.provinceCode);
      if (change.disabled !== undefined) column('disabled', 'disabled', change.disabled);
      if (change.mustChangePassword !== undefined)
        column('must_change_password', 'mustChange', change.mustChangePassword);
      if (change.oidcSubject !== undefined) column('oidc_subject', 'oidcSubject', change.oidcSubject);
      if (change.passwordHash !== undefined) {
        column('password_hash', 'passwordHash', change.passwordHash);
        sets.push('password_changed_at = $now::TIMESTAMP', 'failed_sign_ins = 0', 'locked_until = NULL');
      }
      if (sets.length > 0) {
        // runScript binds only the parameters the statement names ($now only when a SET uses it).
        await runScript(connection, `UPDATE account SET ${sets.join(', ')} WHERE id = $id`, params);
      }
      if (options.endSessions) {
        await connection.run(
          'UPDATE auth_session SET ended_at = $now::TIMESTAMP WHERE account_id = $id AND ended_at IS NULL AND id_hash <> $keep',
          { id, now: utcTimestamp(), keep: options.keepSession ?? '' },
        );
      }
      if (options.audit) await AuditRepository.appendOn(connection, options.audit);
    });
  }

  /** Counts a failed sign-in; locks the account for `lockMinutes` once `maxFailures` are reached. */
  async recordFailedSignIn(
    id: string,
    options: { maxFailures: number; lockUntil: string; audit: AuditEventInput },
  ): Promise<{ locked: boolean }> {
    return this.db.transaction(async (connection) => {
      const rows = (
        await connection.runAndReadAll(
          `UPDATE account SET failed_sign_ins = failed_sign_ins + 1,
             locked_until = CASE WHEN failed_sign_ins + 1 >= $max THEN $lockUntil::TIMESTAMP ELSE locked_until END
           WHERE id = $id RETURNING failed_sign_ins`,
          { id, max: options.maxFailures, lockUntil: options.lockUntil },
        )
      ).getRowsJS();
      const failures = Number(rows[0]?.[0] ?? 0);
      const locked = failures >= options.maxFailures;
      await AuditRepository.appendOn(connection, {
        ...options.audit,
        detail: { ...options.audit.detail, failures, locked },
      });
      return { locked };
    });
  }

  async recordSignIn(id: string): Promise<void> {
    await this.db.all(
      'UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE id = $id AND failed_sign_ins > 0',
      {
        id,
      },
    );
  }
}
