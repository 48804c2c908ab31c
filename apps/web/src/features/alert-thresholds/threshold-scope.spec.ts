import { describe, expect, it } from 'vitest';
import { resolveThresholdScope, toThresholdSearch } from './threshold-scope';

const PLANS = [{ id: '2800-KH-BHXH-2021' }, { id: 'KH-2026-34' }];

describe('resolveThresholdScope', () => {
  it('shows the agency-wide thresholds when the address names no plan', () => {
    expect(resolveThresholdScope('', PLANS)).toEqual({ scope: null, invalid: false });
    expect(resolveThresholdScope('?plan=', PLANS)).toEqual({ scope: null, invalid: false });
  });

  it('shows the plan the address names', () => {
    expect(resolveThresholdScope('?plan=2800-KH-BHXH-2021', PLANS)).toEqual({
      scope: '2800-KH-BHXH-2021',
      invalid: false,
    });
  });

  it('falls back to agency-wide for a plan that is not listed, and says the link was wrong', () => {
    expect(resolveThresholdScope('?plan=nope', PLANS)).toEqual({ scope: null, invalid: true });
  });
});

describe('toThresholdSearch', () => {
  it('writes the plan, and nothing for agency-wide, keeping other parameters', () => {
    expect(toThresholdSearch('2800-KH-BHXH-2021', '')).toBe('?plan=2800-KH-BHXH-2021');
    expect(toThresholdSearch(null, '?plan=2800-KH-BHXH-2021')).toBe('');
    expect(toThresholdSearch(null, '?plan=a&x=1')).toBe('?x=1');
    expect(toThresholdSearch('b', '?x=1&plan=a')).toBe('?x=1&plan=b');
  });
});
