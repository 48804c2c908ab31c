import { describe, expect, it } from 'vitest';
import { asOfOptions, isMonthEnd, reportDatesBetween } from './ledger-months';

describe('report dates of the ledger', () => {
  it('knows the last day of a month, leap years included', () => {
    expect(isMonthEnd('2024-02-29')).toBe(true);
    expect(isMonthEnd('2024-02-28')).toBe(false);
    expect(isMonthEnd('2023-02-28')).toBe(true);
    expect(isMonthEnd('2023-12-15')).toBe(false);
  });

  it('lists the 15th and the last day of every month the ledger covers, the latest first, across a year end', () => {
    expect(reportDatesBetween('2022-11-01', '2024-02-29')).toEqual(
      expect.arrayContaining(['2024-02-29', '2024-02-15', '2023-12-31', '2022-11-15', '2022-11-30']),
    );
    expect(reportDatesBetween('2022-11-01', '2023-02-28')).toEqual([
      '2023-02-28',
      '2023-02-15',
      '2023-01-31',
      '2023-01-15',
      '2022-12-31',
      '2022-12-15',
      '2022-11-30',
      '2022-11-15',
    ]);
  });

  it('keeps only the dates inside the ledger when it starts or stops mid-month', () => {
    expect(reportDatesBetween('2023-01-16', '2023-03-14')).toEqual(['2023-02-28', '2023-02-15', '2023-01-31']);
    expect(reportDatesBetween('2023-01-15', '2023-01-15')).toEqual(['2023-01-15']);
  });

  it('gives nothing for dates that are not dates', () => {
    expect(reportDatesBetween('2023-13-01', '2023-12-31')).toEqual([]);
  });

  it('keeps the date shown among the choices even when it is not a report date of the ledger', () => {
    const data = { ledgerFrom: '2023-01-01', ledgerTo: '2023-02-28' };
    const all = ['2023-02-28', '2023-02-15', '2023-01-31', '2023-01-15'];
    expect(asOfOptions({ ...data, asOf: '2023-02-15' })).toEqual(all);
    expect(asOfOptions({ ...data, asOf: '2023-02-10' })).toEqual([
      '2023-02-28',
      '2023-02-15',
      '2023-02-10',
      '2023-01-31',
      '2023-01-15',
    ]);
  });
});
