import { describe, expect, it } from 'vitest';
import { ACTIONS, allowedActions, decideAccess, mayGrantRole, provinceFilter } from './access-policy';
import { ROLES, homePathFor, roleProvinceProblem } from './roles';

const laiChauDirector = { role: 'director' as const, provinceCode: '12' };
const analyst = { role: 'analyst' as const, provinceCode: null };
const leadership = { role: 'leadership' as const, provinceCode: null };
const dataOfficer = { role: 'data-officer' as const, provinceCode: null };
const officer = { role: 'officer' as const, provinceCode: '12' };

describe('access policy', () => {
  it('lets a provincial director see every province’s ranking but only their own employers', () => {
    expect(decideAccess(laiChauDirector, 'attainment.read')).toEqual({ allowed: true, scope: 'ALL' });
    expect(decideAccess(laiChauDirector, 'employers.read', '12').allowed).toBe(true);
    const refused = decideAccess(laiChauDirector, 'employers.read', '01');
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.reason).toContain('not for 01');
    if (!refused.allowed)
      expect(refused.reasonVi).toBe(
        'chỉ được xem dữ liệu đơn vị sử dụng lao động của tỉnh mình (12), không phải tỉnh 01',
      );
  });

  it('limits lists of scoped data to the caller’s province and leaves headquarters unfiltered', () => {
    expect(provinceFilter(laiChauDirector, 'data-quality.read')).toBe('12');
    expect(provinceFilter(laiChauDirector, 'attainment.read')).toBeNull();
    expect(provinceFilter(analyst, 'data-quality.read')).toBeNull();
  });

  it('keeps every change away from analysts and leadership', () => {
    for (const action of [
      'plan.import',
      'plan.settings',
      'actuals.import',
      'report.submit',
      'report.approve',
      'account.manage',
    ] as const) {
      expect(decideAccess(analyst, action).allowed).toBe(false);
      expect(decideAccess(leadership, action).allowed).toBe(false);
    }
  });

  it('lets officers submit but not approve, and directors do both for their own province only', () => {
    expect(decideAccess(officer, 'report.submit', '12').allowed).toBe(true);
    expect(decideAccess(officer, 'report.approve', '12').allowed).toBe(false);
    expect(decideAccess(laiChauDirector, 'report.approve', '12').allowed).toBe(true);
    expect(decideAccess(laiChauDirector, 'report.submit', '01').allowed).toBe(false);
  });

  it('names an action for every role that may do it and none for the others', () => {
    expect(allowedActions(dataOfficer)).toEqual([...ACTIONS]);
    expect(allowedActions(analyst)).not.toContain('plan.import');
    expect(allowedActions(leadership)).toContain('audit.read');
    expect(allowedActions(officer)).not.toContain('audit.read');
  });

  it('lets a user give a token no more power than they hold, and a data officer any role', () => {
    expect(mayGrantRole(leadership, 'analyst', null)).toBe(true);
    expect(mayGrantRole(analyst, 'analyst', null)).toBe(true);
    expect(mayGrantRole(analyst, 'leadership', null)).toBe(false); // leadership also reads the audit log
    expect(mayGrantRole(analyst, 'data-officer', null)).toBe(false);
    expect(mayGrantRole(laiChauDirector, 'officer', '12')).toBe(true);
    expect(mayGrantRole(laiChauDirector, 'officer', '01')).toBe(false);
    expect(mayGrantRole(laiChauDirector, 'analyst', null)).toBe(false);
    expect(mayGrantRole(dataOfficer, 'director', '01')).toBe(true);
  });
});

describe('roles', () => {
  it('binds provincial roles to one province and headquarters roles to none', () => {
    expect(roleProvinceProblem('director', '12')).toBeNull();
    expect(roleProvinceProblem('director', null)).toContain('two-digit');
    expect(roleProvinceProblem('analyst', '01')).toContain('not bound');
    expect(ROLES.filter((role) => roleProvinceProblem(role, null) === null)).toEqual([
      'leadership',
      'data-officer',
      'analyst',
    ]);
  });

  it('opens a provincial user on their province and a data officer on the approvals', () => {
    expect(homePathFor(laiChauDirector)).toBe('/tinh/12');
    expect(homePathFor(dataOfficer)).toBe('/duyet-bao-cao');
    expect(homePathFor(leadership)).toBe('/');
  });
});
