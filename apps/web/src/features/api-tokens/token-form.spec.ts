import { describe, expect, it } from 'vitest';
import { EMPTY_TOKEN_FORM, checkTokenForm } from './token-form';

describe('the new-token form', () => {
  it('makes a 90-day token of one’s own role by default', () => {
    expect(checkTokenForm({ ...EMPTY_TOKEN_FORM, label: ' Power BI tháng 10 ' })).toEqual({
      ok: true,
      variables: { label: 'Power BI tháng 10', expiresInDays: 90, role: null, provinceCode: null, forLogin: null },
    });
  });

  it('wants a name and a whole number of days from 1 to 730', () => {
    for (const days of ['0', '731', '2.5', '', 'abc']) {
      const result = checkTokenForm({ ...EMPTY_TOKEN_FORM, label: 'x', days });
      expect(result.ok ? 'accepted' : Object.keys(result.issues)).toEqual(['days']);
    }
    const unnamed = checkTokenForm({ ...EMPTY_TOKEN_FORM, label: '   ' });
    expect(unnamed.ok ? 'accepted' : Object.keys(unnamed.issues)).toEqual(['label']);
    expect(checkTokenForm({ ...EMPTY_TOKEN_FORM, label: 'x', days: '730' }).ok).toBe(true);
  });

  it('asks a provincial role for its province and drops a province with another role', () => {
    const officer = { ...EMPTY_TOKEN_FORM, label: 'x', role: 'OFFICER' };
    expect(checkTokenForm(officer).ok).toBe(false);
    expect(checkTokenForm({ ...officer, provinceCode: '12', forLogin: 'demo.cb-lai-chau' })).toMatchObject({
      ok: true,
      variables: { role: 'OFFICER', provinceCode: '12', forLogin: 'demo.cb-lai-chau' },
    });
    expect(checkTokenForm({ ...officer, role: 'ANALYST', provinceCode: '12' })).toMatchObject({
      ok: true,
      variables: { role: 'ANALYST', provinceCode: null },
    });
  });
});
