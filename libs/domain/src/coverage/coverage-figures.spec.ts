import { describe, expect, it } from 'vitest';
import { aggregateToSuccessors, type UnitCrosswalk } from '../provinces/unit-crosswalk';
import {
  coverageFigures,
  coverageRanks,
  coverageRatio,
  nationalCoverage,
  sumCoverageBases,
  type CoverageBase,
} from './coverage-figures';

const base = (provinceCode: string, lf: number | null, si: number | null, pop: number | null, hi: number | null) =>
  ({ provinceCode, labourForce: lf, siParticipants: si, population: pop, hiParticipants: hi }) satisfies CoverageBase;

describe('coverage ratios', () => {
  it('divides participants by the denominator', () => {
    expect(coverageRatio(372, 1000)).toBe(0.372);
    const figures = coverageFigures(base('01', 4_000_000, 1_500_000, 8_000_000, 7_600_000));
    expect(figures.siCoverage).toBe(0.375);
    expect(figures.hiCoverage).toBe(0.95);
  });

  it('is null, never 0, when a number is missing or the denominator is zero', () => {
    expect(coverageRatio(10, 0)).toBeNull();
    expect(coverageRatio(null, 100)).toBeNull();
    expect(coverageRatio(10, null)).toBeNull();
    expect(coverageRatio(0, 100)).toBe(0);
    const figures = coverageFigures(base('01', null, 1_500_000, 0, 7_600_000));
    expect(figures).toMatchObject({ siCoverage: null, hiCoverage: null });
  });
});

describe('several units as one', () => {
  const rows = [
    base('74', 100, 10, 200, 180), // SI 10 %
    base('77', 1000, 600, 2000, 1900), // SI 60 %
    base('79', 900, 300, 1800, 1700),
  ];

  it('gives the nation the ratio of the sums, not the mean of the ratios', () => {
    const national = nationalCoverage(rows);
    expect(national).toMatchObject({ labourForce: 2000, siParticipants: 910, population: 4000, hiParticipants: 3780 });
    expect(national.siCoverage).toBe(910 / 2000);
    const mean = (0.1 + 0.6 + 300 / 900) / 3;
    expect(Math.abs(national.siCoverage! - mean)).toBeGreaterThan(0.01);
  });

  it('has no sum for a number one of the units lacks', () => {
    const national = nationalCoverage([...rows, base('01', null, 5, 10, 9)]);
    expect(national.labourForce).toBeNull();
    expect(national.siCoverage).toBeNull();
    expect(national.population).toBe(4010);
    expect(national.hiCoverage).toBe(3789 / 4010);
  });

  it('carries the 63 onto the 34 by summing predecessors, a figure only where every predecessor has it', () => {
    const crosswalk: UnitCrosswalk = {
      from: 'vn63-2004',
      to: 'vn34-2025',
      successor: new Map([
        ['02', '08'],
        ['08', '08'],
        ['74', '79'],
        ['77', '79'],
        ['79', '79'],
      ]),
    };
    const merged = aggregateToSuccessors(
      [...rows, base('02', 500, 50, null, 900), base('08', 400, 80, 1000, 950)],
      crosswalk,
      sumCoverageBases,
    );
    expect(merged).toEqual([base('08', 900, 130, null, 1850), base('79', 2000, 910, 4000, 3780)]);
    expect(coverageFigures(merged[0]!).hiCoverage).toBeNull();
  });
});

describe('coverage ranks', () => {
  it('ranks ties equally and skips the next rank, highest first, and leaves a unit without a ratio unranked', () => {
    const ranks = coverageRanks([
      { siCoverage: 0.3, hiCoverage: 0.9 },
      { siCoverage: 0.5, hiCoverage: null },
      { siCoverage: 0.3, hiCoverage: 0.95 },
      { siCoverage: 0.2, hiCoverage: 0.9 },
    ]);
    expect(ranks.map((r) => r.siRank)).toEqual([2, 1, 2, 4]);
    expect(ranks.map((r) => r.hiRank)).toEqual([2, null, 1, 2]);
  });
});
