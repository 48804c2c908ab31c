import { describe, expect, it } from 'vitest';
import { accountStatus, describeAccountStatus } from './account-status';

const person = {
  kind: 'PERSON',
  disabled: false,
  lockedUntil: null,
  passwordSet: true,
  identityProviderLinked: false,
};

describe('account status', () => {
  it('calls an account with a password and no lock active', () => {
    expect(describeAccountStatus(person)).toMatchObject({ status: 'active', text: 'Đang hoạt động' });
  });

  it('says a new account has not set its password yet, unless it signs in through the identity provider', () => {
    expect(describeAccountStatus({ ...person, passwordSet: false }).text).toBe('Chưa đặt mật khẩu');
    expect(accountStatus({ ...person, passwordSet: false, identityProviderLinked: true })).toBe('active');
  });

  it('never asks a demo account for a password', () => {
    expect(accountStatus({ ...person, kind: 'DEMO', passwordSet: false })).toBe('active');
  });

  it('says until when a locked account is locked, in Vietnam time', () => {
    expect(describeAccountStatus({ ...person, lockedUntil: '2026-05-04T03:20:00.000Z' }).text).toBe(
      'Bị khóa đến 04/05/2026 10:20',
    );
  });

  it('puts disabled before locked: a disabled account stays out whatever its lock', () => {
    const view = describeAccountStatus({ ...person, disabled: true, lockedUntil: '2026-05-04T03:20:00.000Z' });
    expect(view).toMatchObject({ status: 'disabled', text: 'Đã vô hiệu hóa', badge: 'badge badge--muted' });
  });
});
