import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditRepository, WarehouseDatabase } from '@scorecard/warehouse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessError } from './access.errors';
import { createAccessServices, type AccessServices } from './access-services';
import { SYSTEM_ACTOR, type Actor } from './actor';
import { ensureAdministrator, ensureDemoAccounts } from './first-start';
import { principalOfAccount } from './principal-of';

const refusal = (promise: Promise<unknown>): Promise<AccessError> =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as AccessError,
  );

const PROVINCES = `INSERT INTO province VALUES ('vn63-2004', '01', 'Hà Nội', 'Ha Noi', 'city', 'x', 'x'),
  ('vn63-2004', '12', 'Lai Châu', 'Lai Chau', 'province', 'x', 'x')`;

describe('accounts, sign-in and tokens on a real DuckDB file', () => {
  let dir: string;
  let db: WarehouseDatabase;
  let access: AccessServices;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scorecard-access-'));
    db = await WarehouseDatabase.open(join(dir, 'access.duckdb'));
    await db.all(PROVINCES);
    access = createAccessServices(db, { demoEnabled: false });
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const actorOf = async (login: string): Promise<Actor> => ({
    principal: principalOfAccount(await access.accounts.byLogin(login), 'session'),
    origin: '127.0.0.1',
  });

  it('creates a first administrator with a one-time link, usable once, then asks for a password', async () => {
    const first = await ensureAdministrator(db, access.accounts);
    expect(first?.login).toBe('admin');
    const session = await access.signIn.withLink(first!.link.secret, '127.0.0.1');
    expect(session.principal).toMatchObject({ name: 'admin', role: 'data-officer' });
    expect(session.mustChangePassword).toBe(true);
    await expect(access.signIn.withLink(first!.link.secret, '127.0.0.1')).rejects.toMatchObject({
      code: 'INVALID_LINK',
    });
    // Until the administrator sets a password, every start gives a fresh link; afterwards none.
    expect(await ensureAdministrator(db, access.accounts)).not.toBeNull();
    await access.accounts.setPassword(await actorOf('admin'), 'admin', 'mật khẩu rất dài 2021');
    expect(await ensureAdministrator(db, access.accounts)).toBeNull();
  });

  it('signs in with the password, refuses a wrong one with the same message as an unknown login, and locks after five', async () => {
    await access.accounts.create(SYSTEM_ACTOR, {
      login: 'gd.laichau',
      displayName: 'GĐ Lai Châu',
      role: 'director',
      provinceCode: '12',
    });
    await access.accounts.setPassword(SYSTEM_ACTOR, 'gd.laichau', 'Lai-Chau-2021-bao-cao');
    const ok = await access.signIn.withPassword('GD.LaiChau', 'Lai-Chau-2021-bao-cao', '10.0.0.1');
    expect(await access.signIn.principalOfSession(ok.sessionId)).toMatchObject({
      role: 'director',
      provinceCode: '12',
    });
    const unknown = await refusal(access.signIn.withPassword('nobody', 'x', '10.0.0.1'));
    const wrong = await refusal(access.signIn.withPassword('gd.laichau', 'wrong', '10.0.0.1'));
    expect(wrong.message).toBe(unknown.message);
    for (let i = 0; i < 3; i += 1)
      await access.signIn.withPassword('gd.laichau', 'wrong', '10.0.0.1').catch(() => null);
    const locked = await refusal(access.signIn.withPassword('gd.laichau', 'wrong', '10.0.0.1'));
    expect(locked.code).toBe('ACCOUNT_LOCKED');
    // Locked: even the right password is refused until the lock ends.
    await expect(access.signIn.withPassword('gd.laichau', 'Lai-Chau-2021-bao-cao', '10.0.0.1')).rejects.toMatchObject({
      code: 'ACCOUNT_LOCKED',
    });
    const failures = (
      await new AuditRepository(db).page({ limit: 50, before: null, action: 'auth.sign-in', actor: null })
    ).filter((e) => e.outcome === 'DENIED');
    expect(failures.length).toBeGreaterThanOrEqual(6);
  });

  it('ends a session on sign-out and the other sessions when the password changes', async () => {
    await access.accounts.create(SYSTEM_ACTOR, { login: 'lanhdao', displayName: 'Lãnh đạo', role: 'leadership' });
    await access.accounts.setPassword(SYSTEM_ACTOR, 'lanhdao', 'lanh-dao-2021-xyz');
    const a = await access.signIn.withPassword('lanhdao', 'lanh-dao-2021-xyz', 'x');
    const b = await access.signIn.withPassword('lanhdao', 'lanh-dao-2021-xyz', 'x');
    await access.signIn.end(a.sessionId, a.principal, 'x');
    expect(await access.signIn.principalOfSession(a.sessionId)).toBeNull();
    expect(await access.signIn.principalOfSession(b.sessionId)).not.toBeNull();
    await access.accounts.changePassword(
      { principal: b.principal, origin: 'x' },
      { current: 'lanh-dao-2021-xyz', next: 'mot-mat-khau-moi-2022', keepSessionHash: null },
    );
    expect(await access.signIn.principalOfSession(b.sessionId)).toBeNull();
  });

  it('stores only the hash of a token, and a token works until revoked or expired', async () => {
    const { token, record } = await access.tokens.create(SYSTEM_ACTOR, {
      label: 'script',
      role: 'analyst',
      expiresInDays: 30,
    });
    expect(await access.tokens.authenticate(token)).toMatchObject({
      role: 'analyst',
      via: 'token',
      tokenId: record.id,
    });
    const stored = await db.all<{ token_hash: string }>('SELECT token_hash FROM api_token');
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(await db.all('SELECT * FROM api_token'))).not.toContain(token.slice(18));
    await access.tokens.revoke(SYSTEM_ACTOR, record.id);
    expect(await access.tokens.authenticate(token)).toBeNull();
    const old = await access.tokens.create(SYSTEM_ACTOR, { label: 'old', role: 'analyst', expiresInDays: 1 });
    await db.all("UPDATE api_token SET expires_at = TIMESTAMP '2020-01-01' WHERE id = $id", { id: old.record.id });
    const fresh = createAccessServices(db, { demoEnabled: false }); // a new process: nothing cached
    expect(await fresh.tokens.authenticate(old.token)).toBeNull();
  });

  it('refuses a token role more powerful than its creator’s', async () => {
    await access.accounts.create(SYSTEM_ACTOR, { login: 'phan.tich', displayName: 'Phân tích', role: 'analyst' });
    const analyst = await actorOf('phan.tich');
    await expect(access.tokens.create(analyst, { label: 'x', role: 'data-officer' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const own = await access.tokens.create(analyst, { label: 'notebook' });
    expect(own.record).toMatchObject({ role: 'analyst', accountId: analyst.principal.accountId });
  });

  it('lets demo accounts in only while the demo is on', async () => {
    await ensureDemoAccounts(db, access.accounts);
    await expect(access.signIn.asDemo('demo.gd-lai-chau', 'x')).rejects.toBeInstanceOf(AccessError);
    const demo = createAccessServices(db, { demoEnabled: true });
    const session = await demo.signIn.asDemo('demo.gd-lai-chau', 'x');
    expect(session.principal).toMatchObject({ role: 'director', provinceCode: '12' });
    expect(await access.signIn.principalOfSession(session.sessionId)).toBeNull();
    await expect(access.signIn.withPassword('demo.gd-lai-chau', '', 'x')).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
  });
});
