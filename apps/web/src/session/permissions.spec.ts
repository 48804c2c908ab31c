import { allowedActions } from '@scorecard/domain';
import { describe, expect, it } from 'vitest';
import type { Viewer } from './viewer.queries';
import { actionScope, can, mayActOn, ownProvinceCode, scopedProvince } from './permissions';

const laiChau = { code: '12', nameVi: 'Lai Châu' };

function viewer(role: Viewer['role'], province: Viewer['province'] = null): Viewer {
  const domainRole = role.toLowerCase().replace('_', '-') as Parameters<typeof allowedActions>[0]['role'];
  return {
    login: 'x',
    displayName: 'X',
    role,
    roleLabel: role,
    province,
    via: 'SESSION',
    // What the server sends: the table of libs/domain applied to the role.
    permissions: allowedActions({ role: domainRole, provinceCode: province?.code ?? null }),
    home: '/',
    mustChangePassword: false,
  };
}

describe('what the viewer may do', () => {
  it('lets an officer submit reports only for their own province, and not approve them', () => {
    const officer = viewer('OFFICER', laiChau);
    expect(can(officer, 'report.submit')).toBe(true);
    expect(actionScope(officer, 'report.submit')).toEqual({ allowed: true, province: '12' });
    expect(mayActOn(officer, 'report.submit', '12')).toBe(true);
    expect(mayActOn(officer, 'report.submit', '01')).toBe(false);
    expect(can(officer, 'report.approve')).toBe(false);
  });

  it('shows every province’s rank to a director but employer data only for their own', () => {
    const director = viewer('DIRECTOR', laiChau);
    expect(scopedProvince(director, 'attainment.read')).toBeNull();
    expect(scopedProvince(director, 'employers.read')).toBe('12');
    expect(mayActOn(director, 'report-history.read', '01')).toBe(false);
    expect(mayActOn(director, 'data-quality.read', '12')).toBe(true);
  });

  it('gives headquarters every province and an analyst nothing to change', () => {
    const officer = viewer('DATA_OFFICER');
    expect(actionScope(officer, 'report.submit')).toEqual({ allowed: true, province: null });
    expect(mayActOn(officer, 'employers.read', '96')).toBe(true);
    const analyst = viewer('ANALYST');
    expect(actionScope(analyst, 'report.submit')).toEqual({ allowed: false });
    expect(mayActOn(analyst, 'employers.read', '01')).toBe(true);
    expect(can(analyst, 'account.manage')).toBe(false);
  });

  it('highlights the province of a provincial user only', () => {
    expect(ownProvinceCode(viewer('DIRECTOR', laiChau))).toBe('12');
    expect(ownProvinceCode(viewer('LEADERSHIP'))).toBeNull();
    expect(ownProvinceCode(null)).toBeNull();
  });
});
