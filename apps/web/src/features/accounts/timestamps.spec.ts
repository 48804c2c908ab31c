import { describe, expect, it } from 'vitest';
import { formatInstant } from './timestamps';

describe('formatInstant', () => {
  it('shows a UTC instant in Vietnam time, seven hours ahead', () => {
    expect(formatInstant('2021-12-31T17:30:00.000Z')).toBe('01/01/2022 00:30');
    expect(formatInstant('2026-03-02T01:05:09Z')).toBe('02/03/2026 08:05');
  });

  it('reads a timestamp without a zone as written (reports are stamped in Vietnam time)', () => {
    expect(formatInstant('2021-12-31T09:15:00')).toBe('31/12/2021 09:15');
  });

  it('shows a dash for nothing and an unreadable value as it came', () => {
    expect(formatInstant(null)).toBe('—');
    expect(formatInstant('not a dateZ')).toBe('not a dateZ');
  });
});
