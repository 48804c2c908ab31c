import { describe, expect, it } from 'vitest';
import { asOfOptions, isMonthEnd, monthEndOf, monthEndsBetween } from './ledger-months';

describe('month ends of the ledger', () => {
  it('finds the last day of a month, leap years included', () => {
    expect(monthEndOf('2024-02-10')).toBe('2024-02-29');
    expect(monthEndOf('2023-02-01')).toBe('2023-02-28');
    expect(monthEndOf('2023-12-05')).toBe('2023-12-31');
  });

  it('accepts only a real month end', () => {
    expect(isMonthEnd('2023-09-30')).toBe(true);
    expect(isMonthEnd('2023-09-29')).toBe(false);
    expect(isMonthEnd('2023-02-29')).toBe(false);
    expect(isMonthEnd('2023-9-30')).toBe(false);
  });

  it('lists every month end the ledger covers, the latest first, across a year end', () => {
    expect(monthEndsBetween('2022-11-01', '2023-02-28')).toEqual([
      '2023-02-28',
      '2023-01-31',
      '2022-12-31',
      '2022-11-30',
    ]);
  });

  it('includes the first month when the ledger starts mid-month, and stops at the last day covered', () => {
    expect(monthEndsBetween('2023-01-15', '2023-03-30')).toEqual(['2023-02-28', '2023-01-31']);
  });

  it('keeps the date shown among the choices even when it is not a month end of the ledger', () => {
    const data = { ledgerFrom: '2023-01-01', ledgerTo: '2023-03-31' };
    expect(asOfOptions({ ...data, asOf: '2023-02-28' })).toEqual(['2023-03-31', '2023-02-28', '2023-01-31']);
    expect(asOfOptions({ ...data, asOf: '2023-02-15' })).toEqual([
      '2023-03-31',
      '2023-02-28',
      '2023-02-15',
      '2023-01-31',
    ]);
  });
});
