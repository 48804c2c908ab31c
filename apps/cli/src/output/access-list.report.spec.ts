import { describe, expect, it } from 'vitest';
import type { AccountRecord, ApiTokenRecord } from '@scorecard/warehouse';
import { accountListEntries, formatAccountList, formatTokenList, tokenListEntries } from './access-list.report';

const now = new Date('2026-03-01T00:00:00Z');

const account = (overrides: Partial<AccountRecord>): AccountRecord => ({
  id: 'acc_1',
  login: 'nguyen.van.a',
  displayName: 'Nguyễn Văn A',
  role: 'director',
  provinceCode: '12',
  kind: 'person',
  passwordHash: 'scrypt$secret-hash',
  passwordChangedAt: null,
  mustChangePassword: false,
  oidcSubject: null,
  disabled: false,
  failedSignIns: 0,
  lockedUntil: null,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  createdBy: 'cli:root@host',
  ...overrides,
});

const token = (overrides: Partial<ApiTokenRecord>): ApiTokenRecord => ({
  id: 'a1b2c3d4e5f6',
  label: 'cli',
  role: 'analyst',
  provinceCode: null,
  accountId: null,
  createdAt: new Date('2026-01-01T08:30:00Z'),
  createdBy: 'cli:root@host',
  expiresAt: new Date('2026-04-01T08:30:00Z'),
  revokedAt: null,
  revokedBy: null,
  ...overrides,
});

describe('access lists', () => {
  it('names a token’s owner by login, marks script tokens, and flags expired and revoked ones', () => {
    const entries = tokenListEntries(
      [
        token({ accountId: 'acc_1' }),
        token({ id: '000000000002', expiresAt: new Date('2026-02-01T00:00:00Z') }),
        token({ id: '000000000003', revokedAt: new Date('2026-02-15T10:00:00Z'), revokedBy: 'cli:root@host' }),
      ],
      [account({})],
      now,
    );
    expect(entries.map((e) => [e.owner, e.expired, e.revokedAt])).toEqual([
      ['nguyen.van.a', false, null],
      [null, true, null],
      [null, false, '2026-02-15T10:00:00.000Z'],
    ]);
    const text = formatTokenList(entries);
    expect(text).toMatch(/^a1b2c3d4e5f6 +cli +analyst +- +nguyen\.van\.a +2026-01-01 08:30 +2026-04-01 08:30 +-$/m);
    expect(text).toContain('2026-02-01 00:00 (expired)');
    expect(text).toContain('2026-02-15 10:00 by cli:root@host');
  });

  it('says whether a password is set without ever showing its hash, and drops locks that have run out', () => {
    const entries = accountListEntries(
      [
        account({ lockedUntil: new Date('2026-03-01T00:15:00Z') }),
        account({ login: 'tran.b', passwordHash: null, lockedUntil: new Date('2026-02-28T00:00:00Z') }),
      ],
      now,
    );
    expect(entries.map((e) => [e.login, e.passwordSet, e.lockedUntil])).toEqual([
      ['nguyen.van.a', true, '2026-03-01T00:15:00.000Z'],
      ['tran.b', false, null],
    ]);
    const text = formatAccountList(entries);
    expect(text).not.toContain('secret-hash');
    expect(JSON.stringify(entries)).not.toContain('secret-hash');
    expect(text).toMatch(/^tran\.b +Nguyễn Văn A +director +12 +person +no +no +-$/m);
  });

  it('says so when there is nothing to list', () => {
    expect(formatTokenList([])).toBe('No API tokens.');
    expect(formatAccountList([])).toBe('No accounts.');
  });
});
