import { describe, expect, it } from 'vitest';
import {
  COVERAGE_GOALS,
  COVERAGE_REFERENCES,
  gapToGoal,
  goalInForce,
  meetsGoal,
  participantsToGoal,
} from './coverage-goals';

describe('the goals of Resolution 28-NQ/TW', () => {
  it('holds SI and HI goals for 2021, 2025 and 2030', () => {
    for (const kind of ['SI', 'HI'] as const)
      expect(COVERAGE_GOALS.filter((g) => g.kind === kind).map((g) => g.year)).toEqual([2021, 2025, 2030]);
    expect(COVERAGE_GOALS.find((g) => g.kind === 'SI' && g.year === 2025)!.ratio).toBe(0.45);
  });

  it('measures a year against the next goal due in it or after', () => {
    expect(goalInForce('SI', 2021)!.year).toBe(2021);
    expect(goalInForce('SI', 2023)!.year).toBe(2025);
    expect(goalInForce('HI', 2025)!.ratio).toBe(0.95);
    expect(goalInForce('SI', 2026)!.ratio).toBe(0.6);
    expect(goalInForce('HI', 2031)).toBeNull();
  });

  it('gives the gap in percentage points, positive when short of the goal', () => {
    const goal = goalInForce('SI', 2023);
    expect(gapToGoal(0.372, goal)).toBeCloseTo(0.078, 12);
    expect(gapToGoal(0.5, goal)).toBeCloseTo(-0.05, 12);
    expect(gapToGoal(null, goal)).toBeNull();
    expect(gapToGoal(0.3, null)).toBeNull();
  });

  it('reads "trên 95%" as more than 95 % and "ít nhất" as 95 % or more', () => {
    expect(meetsGoal(0.95, goalInForce('HI', 2025))).toBe(true);
    expect(meetsGoal(0.95, goalInForce('HI', 2030))).toBe(false);
    expect(meetsGoal(0.950001, goalInForce('HI', 2030))).toBe(true);
    expect(meetsGoal(null, goalInForce('HI', 2030))).toBeNull();
  });

  it('counts the participants still needed on the same denominator', () => {
    expect(participantsToGoal(80, 200, goalInForce('SI', 2025))).toBe(10);
    expect(participantsToGoal(95, 100, goalInForce('HI', 2025))).toBe(0);
    expect(participantsToGoal(95, 100, goalInForce('HI', 2030))).toBe(1);
    expect(participantsToGoal(95, 0, goalInForce('HI', 2030))).toBeNull();
  });
});

describe('the published national points of seed 003', () => {
  it('are 17.311 million = 37.2 % and 91.465 million = 92.4 % after nine months of 2023', () => {
    expect(COVERAGE_REFERENCES.map((r) => [r.kind, r.asOf, r.participants, r.ratio])).toEqual([
      ['SI', '2023-09-30', 17_311_000, 0.372],
      ['HI', '2023-09-30', 91_465_000, 0.924],
    ]);
  });
});
