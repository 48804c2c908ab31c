import { describe, expect, it } from 'vitest';
import {
  formatGapPoints,
  formatGoalDifference,
  goalStanding,
  nationalFigures,
  rankedEnds,
  unitFigures,
} from './coverage-view';

describe('formatGoalDifference', () => {
  it('writes coverage against the goal in percentage points, vi-VN, with its sign', () => {
    // 37,2 % against about 45 %: 7,8 points short.
    expect(formatGoalDifference(0.45 - 0.372)).toBe('−7,8');
    // 96,2 % against at least 95 %: 1,2 points beyond.
    expect(formatGoalDifference(0.95 - 0.962)).toBe('+1,2');
    expect(formatGoalDifference(-0.1234)).toBe('+12,3');
  });

  it('writes a difference that rounds to nothing without a sign', () => {
    expect(formatGoalDifference(0)).toBe('0,0');
    expect(formatGoalDifference(0.0004)).toBe('0,0');
    expect(formatGoalDifference(-0.0004)).toBe('0,0');
  });

  it('writes a dash, never a zero, without a gap', () => {
    expect(formatGoalDifference(null)).toBe('—');
    expect(formatGoalDifference(undefined)).toBe('—');
  });
});

describe('formatGapPoints', () => {
  it('gives the size of the gap without its sign', () => {
    expect(formatGapPoints(0.078)).toBe('7,8');
    expect(formatGapPoints(-0.012)).toBe('1,2');
  });
});

describe('goalStanding', () => {
  it('follows the API: met, not met, or nothing to say without a ratio or a goal', () => {
    expect(goalStanding(true)).toBe('MET');
    expect(goalStanding(false)).toBe('NOT_MET');
    expect(goalStanding(null)).toBe('NONE');
    expect(goalStanding(undefined)).toBe('NONE');
  });
});

describe('rankedEnds', () => {
  const units = (count: number, unranked = 0) =>
    Array.from({ length: count + unranked }, (_, i) => ({ code: String(i + 1), rank: i < count ? i + 1 : null }));
  const ranked = (row: { rank: number | null }) => row.rank !== null;

  it('keeps the five best and the five last of the 63, and counts the units between', () => {
    const ends = rankedEnds(units(63), ranked)!;
    expect(ends.top.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(ends.bottom.map((row) => row.rank)).toEqual([59, 60, 61, 62, 63]);
    expect(ends.hidden).toBe(53);
  });

  it('takes the last ranked units as the bottom, the unranked ones counted as hidden', () => {
    const ends = rankedEnds(units(30, 4), ranked)!;
    expect(ends.bottom.map((row) => row.rank)).toEqual([26, 27, 28, 29, 30]);
    expect(ends.hidden).toBe(24);
  });

  it('shows a short list whole', () => {
    expect(rankedEnds(units(12), ranked)).toBeNull();
    expect(rankedEnds(units(13), ranked)).not.toBeNull();
  });

  it('never shows a unit at both ends when few are ranked', () => {
    const ends = rankedEnds(units(7, 10), ranked)!;
    expect(ends.top.map((row) => row.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(ends.bottom.map((row) => row.rank)).toEqual([6, 7]);
    expect(ends.hidden).toBe(10);
  });
});

describe('nationalFigures and unitFigures', () => {
  // Seed 003: 17.311.000 of 46.535.000 (37,2 %), 91.465.000 of 98.988.000 (92,4 %); the 2025 goals 45 % and 95 %.
  const national = {
    siParticipants: 17_311_000,
    labourForce: 46_535_000,
    siCoverage: 0.372,
    siGapToGoal: 0.078,
    siMeetsGoal: false,
    hiParticipants: 91_465_000,
    population: 98_988_000,
    hiCoverage: 0.924,
    hiGapToGoal: 0.026,
    hiMeetsGoal: false,
  };

  it('takes each coverage with its own numerator and denominator', () => {
    expect(nationalFigures('SI', national)).toEqual({
      coverage: 0.372,
      participants: 17_311_000,
      base: 46_535_000,
      gap: 0.078,
      meets: false,
    });
    expect(nationalFigures('HI', national)).toMatchObject({ participants: 91_465_000, base: 98_988_000 });
  });

  it('takes a unit’s rank of the coverage asked for, and keeps a missing ratio missing', () => {
    const unit = {
      province: { code: '01', nameVi: 'Hà Nội' },
      siCoverage: 0.52,
      siRank: 1,
      siGapToGoal: -0.07,
      siMeetsGoal: true,
      hiCoverage: null,
      hiRank: null,
      hiGapToGoal: null,
      hiMeetsGoal: null,
    };
    expect(unitFigures('SI', unit)).toEqual({ coverage: 0.52, rank: 1, gap: -0.07, meets: true });
    expect(unitFigures('HI', unit)).toEqual({ coverage: null, rank: null, gap: null, meets: null });
  });
});
