import { describe, expect, it } from 'vitest';
import { resolveApprovalParams, stateArgument, toApprovalSearch } from './approval-params';

const codes = ['01', '12'];

describe('approval params', () => {
  it('shows pending reports of every province by default', () => {
    expect(resolveApprovalParams('', codes)).toEqual({ params: { state: 'PENDING', province: null }, invalid: [] });
  });

  it('reads the state and the province from the address', () => {
    expect(resolveApprovalParams('?state=rejected&province=12', codes).params).toEqual({
      state: 'REJECTED',
      province: '12',
    });
  });

  it('names a state or province it cannot read and falls back to the default', () => {
    expect(resolveApprovalParams('?state=maybe&province=99', codes)).toEqual({
      params: { state: 'PENDING', province: null },
      invalid: ['state', 'province'],
    });
  });

  it('writes the default state as nothing and keeps other parameters', () => {
    expect(toApprovalSearch({ state: 'PENDING', province: null }, '?state=all&x=1')).toBe('?x=1');
    expect(toApprovalSearch({ state: 'ALL', province: '01' }, '')).toBe('?state=all&province=01');
  });

  it('asks the server for every state with "Tất cả"', () => {
    expect(stateArgument('ALL')).toBeNull();
    expect(stateArgument('APPROVED')).toBe('APPROVED');
  });
});
