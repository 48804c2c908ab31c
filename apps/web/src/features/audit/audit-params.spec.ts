import { describe, expect, it } from 'vitest';
import { resolveAuditFilter, toAuditSearch } from './audit-params';

describe('audit filter', () => {
  it('shows every action of every actor by default', () => {
    expect(resolveAuditFilter('')).toEqual({ action: null, actor: null });
  });

  it('reads the action and actor from the address, blank meaning none', () => {
    expect(resolveAuditFilter('?action=report.approve&actor=%20')).toEqual({ action: 'report.approve', actor: null });
  });

  it('writes only what is set, keeping other parameters', () => {
    expect(toAuditSearch({ action: null, actor: 'demo.nghiep-vu' }, '?action=x&y=1')).toBe('?y=1&actor=demo.nghiep-vu');
    expect(toAuditSearch({ action: null, actor: null }, '?action=x')).toBe('');
  });
});
