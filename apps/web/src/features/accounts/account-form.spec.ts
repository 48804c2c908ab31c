import { describe, expect, it } from 'vitest';
import { checkAccountForm } from './account-form';

const filled = { login: 'nguyen.van.a', displayName: 'Nguyễn Văn A', role: 'ANALYST', provinceCode: '' };

describe('the account form', () => {
  it('accepts a headquarters account without a province and stores the login in lower case', () => {
    expect(checkAccountForm({ ...filled, login: ' Nguyen.Van.A@bhxh.gov.vn ' })).toEqual({
      ok: true,
      account: { login: 'nguyen.van.a@bhxh.gov.vn', displayName: 'Nguyễn Văn A', role: 'ANALYST', provinceCode: null },
    });
  });

  it('asks a director or officer for a province, and drops a province left over from another role', () => {
    const noProvince = checkAccountForm({ ...filled, role: 'DIRECTOR' });
    expect(noProvince).toEqual({ ok: false, issues: { provinceCode: expect.stringContaining('tỉnh/thành phố') } });
    expect(checkAccountForm({ ...filled, role: 'OFFICER', provinceCode: '12' })).toMatchObject({
      ok: true,
      account: { provinceCode: '12' },
    });
    expect(checkAccountForm({ ...filled, role: 'LEADERSHIP', provinceCode: '12' })).toMatchObject({
      ok: true,
      account: { provinceCode: null },
    });
  });

  it('names every empty or malformed box at once', () => {
    const result = checkAccountForm({ login: 'Nguyễn Văn A', displayName: '  ', role: '', provinceCode: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.issues).sort()).toEqual(['displayName', 'login', 'role']);
  });

  it('refuses a one-letter login and one that starts with a dot, as the server does', () => {
    expect(checkAccountForm({ ...filled, login: 'a' }).ok).toBe(false);
    expect(checkAccountForm({ ...filled, login: '.abc' }).ok).toBe(false);
  });

  it('does not check the login of an account being edited', () => {
    expect(checkAccountForm({ ...filled, login: '' }, { editing: true }).ok).toBe(true);
  });
});
