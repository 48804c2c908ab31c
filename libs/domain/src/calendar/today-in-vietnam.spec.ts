import { describe, expect, it } from 'vitest';
import { todayInVietnam } from './today-in-vietnam';

describe('todayInVietnam', () => {
  it('turns the day at 17:00 UTC, midnight in Vietnam', () => {
    expect(todayInVietnam(new Date('2026-12-03T16:59:59Z'))).toBe('2026-12-03');
    expect(todayInVietnam(new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
    expect(todayInVietnam(Date.parse('2026-12-31T18:00:00Z'))).toBe('2027-01-01');
  });
});
