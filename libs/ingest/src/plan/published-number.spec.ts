import { describe, expect, it } from 'vitest';
import { checkStoredNumber, parsePublishedNumber } from './published-number';

describe('parsePublishedNumber', () => {
  it('reads whole numbers with "," or "." thousands separators', () => {
    expect(parsePublishedNumber('2,350,507')).toEqual({ ok: true, value: 2350507 });
    expect(parsePublishedNumber('2.350.507')).toEqual({ ok: true, value: 2350507 });
    expect(parsePublishedNumber('1.500')).toEqual({ ok: true, value: 1500 });
    expect(parsePublishedNumber(' 7,515 ')).toEqual({ ok: true, value: 7515 });
    expect(parsePublishedNumber('0')).toEqual({ ok: true, value: 0 });
    expect(parsePublishedNumber('2 350 507')).toEqual({ ok: true, value: 2350507 });
    expect(parsePublishedNumber('2\u00a0350\u00a0507')).toEqual({ ok: true, value: 2350507 });
  });

  it('reads a separator before three digits as thousands, "." and "," alike: these tables hold whole numbers', () => {
    expect(parsePublishedNumber('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parsePublishedNumber('1,234')).toEqual({ ok: true, value: 1234 });
  });

  it('says that "1,5" or "1.234,5" looks like a decimal rather than guessing', () => {
    for (const text of ['1,5', '1.5', '12,34', '1.234,5', '1,234.5']) {
      expect(parsePublishedNumber(text), text).toMatchObject({
        ok: false,
        reason: 'NOT_A_NUMBER',
        message: expect.stringMatching(/decimal/),
      });
    }
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

describe('checkStoredNumber', () => {
  it('accepts whole, non-negative numbers a spreadsheet stores', () => {
    expect(checkStoredNumber(2350507)).toEqual({ ok: true, value: 2350507 });
    expect(checkStoredNumber(-0)).toEqual({ ok: true, value: 0 });
  });

  it('refuses fractions, negatives and non-finite numbers', () => {
    expect(checkStoredNumber(1.5)).toMatchObject({
      ok: false,
      reason: 'NOT_A_NUMBER',
      message: 'the cell holds 1.5, not a whole number',
    });
    expect(checkStoredNumber(-3)).toMatchObject({ ok: false, reason: 'NEGATIVE_NUMBER' });
    expect(checkStoredNumber(Number.NaN)).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(checkStoredNumber(2 ** 60)).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
  });
});
