import { describe, expect, it } from 'vitest';
import { nowInVietnam, todayInVietnam } from './today-in-vietnam';

describe('todayInVietnam', () => {
  it('turns the day at 17:00 UTC, midnight in Vietnam', () => {
    expect(todayInVietnam(new Date('2026-12-03T16:59:59Z'))).toBe('2026-12-03');
    expect(todayInVietnam(new Date('2026-12-03T17:00:00Z'))).toBe('2026-12-04');
    expect(todayInVietnam(Date.parse('2026-12-31T18:00:00Z'))).toBe('2027-01-01');
  });

  it('stamps local time in Vietnam to the second, as alerts and submissions are dated', () => {
    expect(nowInVietnam(new Date('2026-12-03T16:59:59.900Z'))).toBe('2026-12-03T23:59:59');
    expect(nowInVietnam(Date.parse('2026-12-03T17:00:00Z'))).toBe('2026-12-04T00:00:00');
  });
});
