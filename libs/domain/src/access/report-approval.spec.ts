import { describe, expect, it } from 'vitest';
import { approvalRefusal, approvalRefusalOf, approvalRequirement, approvalState } from './report-approval';

describe('report approval', () => {
  it('counts headquarters imports at once, whatever they trip', () => {
    expect(approvalRequirement('data-officer', ['JUMP_ABOVE_QUOTA'])).toBe('NONE');
  });

  it('sends an officer’s clean report to the director and a director’s clean report straight in', () => {
    expect(approvalRequirement('officer', [])).toBe('DIRECTOR');
    expect(approvalRequirement('director', [])).toBe('NONE');
  });

  it('sends any report that trips a data-quality rule to headquarters', () => {
    expect(approvalRequirement('officer', ['JUMP_ABOVE_QUOTA'])).toBe('HEADQUARTERS');
    expect(approvalRequirement('director', ['DECREASING_CUMULATIVE'])).toBe('HEADQUARTERS');
    expect(approvalRequirement('director', ['OFF_SCHEDULE_DATE'])).toBe('HEADQUARTERS');
  });

  it('is pending until decided, and a decision is final', () => {
    expect(approvalState('DIRECTOR', null)).toBe('PENDING');
    expect(approvalState('NONE', null)).toBe('APPROVED');
    expect(approvalState('HEADQUARTERS', 'REJECTED')).toBe('REJECTED');
    const decided = { provinceCode: '12', requirement: 'DIRECTOR' as const, decision: 'APPROVED' as const };
    expect(approvalRefusal({ role: 'director', provinceCode: '12' }, decided)).toContain('already approved');
    expect(approvalRefusalOf({ role: 'director', provinceCode: '12' }, decided)?.reasonVi).toBe(
      'báo cáo này đã được duyệt; số liệu sửa được gửi thành báo cáo mới',
    );
  });

  it('lets only headquarters decide a flagged report, and only the own director a clean one', () => {
    const flagged = { provinceCode: '12', requirement: 'HEADQUARTERS' as const, decision: null };
    const clean = { provinceCode: '12', requirement: 'DIRECTOR' as const, decision: null };
    expect(approvalRefusal({ role: 'director', provinceCode: '12' }, flagged)).toContain('headquarters');
    expect(approvalRefusal({ role: 'data-officer', provinceCode: null }, flagged)).toBeNull();
    expect(approvalRefusal({ role: 'director', provinceCode: '12' }, clean)).toBeNull();
    expect(approvalRefusal({ role: 'director', provinceCode: '01' }, clean)).toContain('only for that province');
    expect(approvalRefusal({ role: 'officer', provinceCode: '12' }, clean)).toContain('may not');
  });
});
