import { describe, expect, it } from 'vitest';
import { parsePublishedNumber } from './published-number';

describe('parsePublishedNumber', () => {
  it('reads whole numbers with "," or "." thousands separators', () => {
    expect(parsePublishedNumber('2,350,507')).toEqual({ ok: true, value: 2350507 });
    expect(parsePublishedNumber('2.350.507')).toEqual({ ok: true, value: 2350507 });
    expect(parsePublishedNumber('1.500')).toEqual({ ok: true, value: 1500 });
    expect(parsePublishedNumber(' 7,515 ')).toEqual({ ok: true, value: 7515 });
    expect(parsePublishedNumber('0')).toEqual({ ok: true, value: 0 });
  });

  it('refuses decimals, mixed or misplaced separators and words', () => {
    for (const text of ['1,5', '1,234.567', '12,34', ',123', '6a', 'n/a', '-', '']) {
      expect(parsePublishedNumber(text), text).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
    }
  });

  it('recognises negative numbers, including accounting parentheses', () => {
    for (const text of ['-96', '− 96', '(1,200)']) {
      expect(parsePublishedNumber(text), text).toMatchObject({ ok: false, reason: 'NEGATIVE_NUMBER' });
    }
  });
});
