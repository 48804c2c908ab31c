import { describe, expect, it } from 'vitest';
import { chooseCoverageYear, coverageYearOptions, parseCoverageYear, type StoredCoverageTable } from './coverage-year';

// The shipped tables: 2023 on the 63, 2025 on the 34 (data/coverage).
const SHIPPED: StoredCoverageTable[] = [
  { year: 2023, unitSet: 'VN63', synthetic: true },
  { year: 2025, unitSet: 'VN34', synthetic: true },
];

describe('coverageYearOptions', () => {
  it('offers on the 63 only the years stored on the 63', () => {
    expect(coverageYearOptions(SHIPPED, 'VN63')).toEqual([{ year: 2023, synthetic: true, summed: false }]);
  });

  it('offers on the 34 every year, latest first, a year of the 63 summed onto the 34', () => {
    expect(coverageYearOptions(SHIPPED, 'VN34')).toEqual([
      { year: 2025, synthetic: true, summed: false },
      { year: 2023, synthetic: true, summed: true },
    ]);
  });

  it('gives a year stored on both sets from the table of the set shown', () => {
    const both: StoredCoverageTable[] = [
      { year: 2025, unitSet: 'VN63', synthetic: true },
      { year: 2025, unitSet: 'VN34', synthetic: false },
    ];
    expect(coverageYearOptions(both, 'VN34')).toEqual([{ year: 2025, synthetic: false, summed: false }]);
    expect(coverageYearOptions([...both].reverse(), 'VN34')).toEqual([{ year: 2025, synthetic: false, summed: false }]);
    expect(coverageYearOptions(both, 'VN63')).toEqual([{ year: 2025, synthetic: true, summed: false }]);
  });

  it('offers nothing without a table the set can show', () => {
    expect(coverageYearOptions([], 'VN34')).toEqual([]);
    expect(coverageYearOptions([{ year: 2025, unitSet: 'VN34', synthetic: false }], 'VN63')).toEqual([]);
  });
});

describe('chooseCoverageYear', () => {
  const on34 = coverageYearOptions(SHIPPED, 'VN34');
  const on63 = coverageYearOptions(SHIPPED, 'VN63');

  it('takes the latest year the set can show when none is asked for', () => {
    expect(chooseCoverageYear(on34, null)).toEqual({ option: on34[0], moved: false });
    expect(chooseCoverageYear(on63, null)?.option.year).toBe(2023);
  });

  it('takes the year asked for when the set can show it', () => {
    expect(chooseCoverageYear(on34, 2023)).toEqual({ option: on34[1], moved: false });
  });

  it('moves a year the set cannot show to the latest it can, and says so', () => {
    expect(chooseCoverageYear(on63, 2025)).toEqual({ option: on63[0], moved: true });
    expect(chooseCoverageYear(on34, 1999)).toEqual({ option: on34[0], moved: true });
  });

  it('chooses nothing when the set can show no year', () => {
    expect(chooseCoverageYear([], 2023)).toBeNull();
  });
});

describe('parseCoverageYear', () => {
  it('reads a four-digit year and refuses anything else', () => {
    expect(parseCoverageYear(null)).toEqual({ year: null, invalid: false });
    expect(parseCoverageYear('2023')).toEqual({ year: 2023, invalid: false });
    expect(parseCoverageYear('23')).toEqual({ year: null, invalid: true });
    expect(parseCoverageYear('2023.5')).toEqual({ year: null, invalid: true });
    expect(parseCoverageYear('')).toEqual({ year: null, invalid: true });
  });
});
