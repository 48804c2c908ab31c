import { describe, expect, it } from 'vitest';
import { parseDateText, parseTimestampText, wallClockOfEpochMs } from './actual-value.parser';

describe('parseDateText', () => {
  it.each([
    ['2021-10-15', '2021-10-15'],
    ['2021-1-5', '2021-01-05'],
    ['15/10/2021', '2021-10-15'],
    ['5/1/2021', '2021-01-05'],
    ['15.10.2021', '2021-10-15'],
    ['15-10-2021', '2021-10-15'],
    ['2021-10-15 00:00:00', '2021-10-15'],
  ])('reads %j as %s (the day first when written with slashes)', (text, date) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: date });
  });

  it.each(['2021-02-29', '30/02/2021', '10/15/2021', '15/10/21', '2021-10-15 08:00', 'Oct 15, 2021', '44484'])(
    'refuses %j',
    (text) => {
      expect(parseDateText(text).ok).toBe(false);
    },
  );
});

describe('parseTimestampText', () => {
  it.each([
    ['2021-10-15T16:30:00', '2021-10-15T16:30:00'],
    ['2021-10-15 16:30', '2021-10-15T16:30:00'],
    ['2021-10-15T16:30:59.999', '2021-10-15T16:30:59'],
    ['15/10/2021 16:30', '2021-10-15T16:30:00'],
    ['15/10/2021 8:05:09', '2021-10-15T08:05:09'],
    ['2021-10-15T09:30:00Z', '2021-10-15T16:30:00'],
    ['2021-10-15T16:30:00+07:00', '2021-10-15T16:30:00'],
    ['2021-10-15T20:30:00-05:00', '2021-10-16T08:30:00'],
  ])('reads %j as Vietnam time %s', (text, wallClock) => {
    expect(parseTimestampText(text)).toEqual({ ok: true, value: wallClock });
  });

  it.each(['2021-10-15', '15/10/2021', 'yesterday', '2021-10-15T24:00:00', '2021-10-15T10:60', '31/09/2021 10:00'])(
    'refuses %j',
    (text) => {
      expect(parseTimestampText(text).ok).toBe(false);
    },
  );
});

describe('wallClockOfEpochMs', () => {
  it('shows a stored wall-clock time as it is and an instant in Vietnam time, dropping fractions of a second', () => {
    const instant = Date.UTC(2021, 9, 15, 9, 30, 0, 750);
    expect(wallClockOfEpochMs(instant, false)).toBe('2021-10-15T09:30:00');
    expect(wallClockOfEpochMs(instant, true)).toBe('2021-10-15T16:30:00');
  });

  it('gives null for sentinel and corrupt values', () => {
    expect(wallClockOfEpochMs(Number.NaN, false)).toBeNull();
    expect(wallClockOfEpochMs(8.7e15, false)).toBeNull();
    expect(wallClockOfEpochMs(Date.UTC(12000, 0, 1), false)).toBeNull();
  });
});
