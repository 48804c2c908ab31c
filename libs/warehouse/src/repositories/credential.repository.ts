import type { Role } from '@scorecard/domain';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import { fromUtcText, utcTimestamp } from '../connection/utc-time';
import { AuditRepository, type AuditEventInput } from './audit.repository';

// API tokens, browser sessions, one-time sign-in links and the server's own keys. Only hashes of tokens, session
// ids and links are stored: the values themselves are shown once (tokens, links) or live in the cookie (sessions).

export type ApiTokenRecord = {
  id: string;
  label: string;
  role: Role;
  provinceCode: string | null;
  accountId: string | null;
  createdAt: Date;
  createdBy: string;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
};

export type NewApiToken = Omit<ApiTokenRecord, 'createdAt' | 'revokedAt' | 'revokedBy'> & { tokenHash: string };

export type SessionRecord = {
  accountId: string;
  via: string;
  createdAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
};

export type SignInLinkRecord = {
  accountId: string;
  purpose: string;
  expiresAt: Date;
  usedAt: Date | null;
};

type TokenRow = {
  id: string;
  label: string;
  role: Role;
  province_code: string | null;
  account_id: string | null;
  created_at: string;
  created_by: string;
  expires_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
};

const TS = (column: string) => `strftime(${column}, '%Y-%m-%d %H:%M:%S.%g') AS ${column}`;
const TOKEN_COLUMNS = `id, label, role, province_code, account_id, ${TS('created_at')}, created_by, ${TS('expires_at')},
  ${TS('revoked_at')}, revoked_by`;

function toToken(row: TokenRow): ApiTokenRecord {
  return {
    id: row.id,
    label: row.label,
    role: row.role,
    provinceCode: row.province_code,
    accountId: row.account_id,
    createdAt: fromUtcText(row.created_at)!,
    createdBy: row.created_by,
    expiresAt: fromUtcText(row.expires_at)!,
    revokedAt: fromUtcText(row.revoked_at),
    revokedBy: row.revoked_by,
  };
}

export class CredentialRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  // ---- API tokens

  async createToken(token: NewApiToken, audit: AuditEventInput): Promise<void> {
    await this.db.transaction(async (connection) => {
      await connection.run(
        `INSERT INTO api_token VALUES ($id, $hash, $label, $role, $province, $account, $now::TIMESTAMP, $createdBy,
          $expires::TIMESTAMP, NULL, NULL)`,
        {
          id: token.id,
          hash: token.tokenHash,
          label: token.label,
          role: token.role,
          province: token.provinceCode,
          account: token.accountId,
          now: utcTimestamp(),
          createdBy: token.createdBy,
          expires: utcTimestamp(token.expiresAt),
        },
      );
      await AuditRepository.appendOn(connection, audit);
    });
  }

  async tokenByHash(hash: string): Promise<ApiTokenRecord | null> {
    const rows = await this.db.all<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM api_token WHERE token_hash = $hash`, {
      hash,
    });
    return rows[0] ? toToken(rows[0]) : null;
  }

  async tokenById(id: string): Promise<ApiTokenRecord | null> {
    const rows = await this.db.all<TokenRow>(`SELECT ${TOKEN_COLUMNS} FROM api_token WHERE id = $id`, { id });
    return rows[0] ? toToken(rows[0]) : null;
  }

  /** Tokens of one account (or every token when accountId is undefined), newest first. */
  async tokens(accountId?: string): Promise<ApiTokenRecord[]> {
    const rows = await this.db.all<TokenRow>(
      `SELECT ${TOKEN_COLUMNS} FROM api_token WHERE $all OR account_id = $account ORDER BY created_at DESC, id`,
      { all: accountId === undefined, account: accountId ?? '' },
    );
    return rows.map(toToken);
  }

  /** Revokes a token; false when it was already revoked (nothing written). */
  async revokeToken(id: string, revokedBy: string, audit: AuditEventInput): Promise<boolean> {
    return this.db.transaction(async (connection) => {
      const rows = (
        await connection.runAndReadAll(
          'UPDATE api_token SET revoked_at = $now::TIMESTAMP, revoked_by = $by WHERE id = $id AND revoked_at IS NULL RETURNING id',
          { id, by: revokedBy, now: utcTimestamp() },
        )
      ).getRowsJS();
      if (rows.length === 0) return false;
      await AuditRepository.appendOn(connection, audit);
      return true;
    });
  }

  // ---- Sessions

  async createSession(
    session: { idHash: string; accountId: string; via: string; origin: string; expiresAt: Date },
    audit: AuditEventInput,
  ): Promise<void> {
    await this.db.transaction(async (connection) => {
      await connection.run(
        'INSERT INTO auth_session VALUES ($hash, $account, $via, $origin, $now::TIMESTAMP, $expires::TIMESTAMP, NULL)',
        {
          hash: session.idHash,
          account: session.accountId,
          via: session.via,
          origin: session.origin,
          now: utcTimestamp(),
          expires: utcTimestamp(session.expiresAt),
        },
      );
      await AuditRepository.appendOn(connection, audit);
    });
  }

  async session(idHash: string): Promise<SessionRecord | null> {
    const rows = await this.db.all<{
      account_id: string;
      via: string;
      created_at: string;
      expires_at: string;
      ended_at: string | null;
    }>(
      `SELECT account_id, via, ${TS('created_at')}, ${TS('expires_at')}, ${TS('ended_at')} FROM auth_session WHERE id_hash = $hash`,
      { hash: idHash },
    );
    const row = rows[0];
    if (!row) return null;
    return {
      accountId: row.account_id,
      via: row.via,
      createdAt: fromUtcText(row.created_at)!,
      expiresAt: fromUtcText(row.expires_at)!,
      endedAt: fromUtcText(row.ended_at),
    };
  }

  async endSession(idHash: string, audit: AuditEventInput | null): Promise<void> {
    await this.db.transaction(async (connection) => {
      await connection.run(
        'UPDATE auth_session SET ended_at = $now::TIMESTAMP WHERE id_hash = $hash AND ended_at IS NULL',
        { hash: idHash, now: utcTimestamp() },
      );
      if (audit) await AuditRepository.appendOn(connection, audit);
    });
  }

  // ---- One-time sign-in links

  async createLink(
    link: { idHash: string; accountId: string; purpose: string; createdBy: string; expiresAt: Date },
    audit: AuditEventInput | null,
  ): Promise<void> {
    await this.db.transaction(async (connection) => {
      // A new link replaces the account's earlier unused ones.
      await connection.run(
        'UPDATE sign_in_link SET used_at = $now::TIMESTAMP WHERE account_id = $account AND used_at IS NULL',
        { account: link.accountId, now: utcTimestamp() },
      );
      await connection.run(
        'INSERT INTO sign_in_link VALUES ($hash, $account, $purpose, $now::TIMESTAMP, $by, $expires::TIMESTAMP, NULL)',
        {
          hash: link.idHash,
          account: link.accountId,
          purpose: link.purpose,
          now: utcTimestamp(),
          by: link.createdBy,
          expires: utcTimestamp(link.expiresAt),
        },
      );
      if (audit) await AuditRepository.appendOn(connection, audit);
    });
  }

  /** Marks a link used and returns it; null when unknown, used or expired (nothing written then). */
  async consumeLink(idHash: string, now: Date): Promise<SignInLinkRecord | null> {
    return this.db.transaction(async (connection) => {
      const rows = (
        await connection.runAndReadAll(
          `UPDATE sign_in_link SET used_at = $now::TIMESTAMP
           WHERE id_hash = $hash AND used_at IS NULL AND expires_at > $now::TIMESTAMP
           RETURNING account_id, purpose, strftime(expires_at, '%Y-%m-%d %H:%M:%S.%g')`,
          { hash: idHash, now: utcTimestamp(now) },
        )
      ).getRowsJS();
      const row = rows[0];
      if (!row) return null;
      return {
        accountId: String(row[0]),
        purpose: String(row[1]),
        expiresAt: fromUtcText(String(row[2]))!,
        usedAt: now,
      };
    });
  }

  // ---- Server keys

  /** The named key, made by `make` and stored the first time it is asked for. */
  async secret(name: string, make: () => string): Promise<string> {
    if (this.db.readOnly) {
      // A published copy holds the writer's secrets; one made here could not be kept.
      const rows = await this.db.all<{ value: string }>('SELECT value FROM server_secret WHERE name = $name', { name });
      return rows[0]?.value ?? make();
    }
    return this.db.transaction(async (connection) => {
      const rows = (
        await connection.runAndReadAll('SELECT value FROM server_secret WHERE name = $name', { name })
      ).getRowsJS();
      if (rows[0]) return String(rows[0][0]);
      const value = make();
      await connection.run('INSERT INTO server_secret VALUES ($name, $value, $now::TIMESTAMP)', {
        name,
        value,
        now: utcTimestamp(),
      });
      return value;
    });
  }
}
