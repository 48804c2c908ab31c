import { describe, expect, it } from 'vitest';
import { checkStoredNumber, parseNumberText } from './number-text';

// 'whole' is how a published plan table is read, 'decimal' how a province's reported value is.

describe("parseNumberText(text, 'whole'): published plan tables", () => {
  const parse = (text: string) => parseNumberText(text, 'whole');

  it('reads whole numbers with "," or "." thousands separators', () => {
    expect(parse('2,350,507')).toEqual({ ok: true, value: 2350507 });
    expect(parse('2.350.507')).toEqual({ ok: true, value: 2350507 });
    expect(parse('1.500')).toEqual({ ok: true, value: 1500 });
    expect(parse(' 7,515 ')).toEqual({ ok: true, value: 7515 });
    expect(parse('0')).toEqual({ ok: true, value: 0 });
    expect(parse('2 350 507')).toEqual({ ok: true, value: 2350507 });
    expect(parse('2\u00a0350\u00a0507')).toEqual({ ok: true, value: 2350507 });
  });

  it('reads a separator before three digits as thousands, "." and "," alike: these tables hold whole numbers', () => {
    expect(parse('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parse('1,234')).toEqual({ ok: true, value: 1234 });
  });

  it('says that "1,5" or "1.234,5" looks like a decimal rather than guessing', () => {
    for (const text of ['1,5', '1.5', '12,34', '1.234,5', '1,234.5']) {
      expect(parse(text), text).toMatchObject({
        ok: false,
        reason: 'NOT_A_NUMBER',
        message: expect.stringMatching(/decimal/),
      });
    }
  });

  it('refuses decimals, mixed or misplaced separators and words', () => {
    for (const text of ['1,5', '1,234.567', '12,34', ',123', '6a', 'n/a', '-', '']) {
      expect(parse(text), text).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
    }
  });

  it('recognises negative numbers, including accounting parentheses', () => {
    for (const text of ['-96', '− 96', '(1,200)']) {
      expect(parse(text), text).toMatchObject({ ok: false, reason: 'NEGATIVE_NUMBER' });
    }
  });
});

describe("parseNumberText(text, 'decimal'): reported values", () => {
  const parse = (text: string) => parseNumberText(text, 'decimal');

  it.each([
    ['12345', 12345],
    ['12,345', 12345],
    ['12.345', 12345],
    ['1 234 567', 1234567],
    ['1,234,567', 1234567],
    ['1.234.567', 1234567],
    ['0', 0],
    [' 42 ', 42],
  ])('reads the whole number %j as %d (a separator before three digits groups thousands)', (text, value) => {
    expect(parse(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['1234.5', 1234.5],
    ['1234,5', 1234.5],
    ['0.25', 0.25],
    ['0,25', 0.25],
    ['1234.567', 1234.567],
    ['1,234,567.89', 1234567.89],
    ['1.234.567,89', 1234567.89],
    ['1 234 567,5', 1234567.5],
    ['1.234,567', 1234.567],
  ])('reads the decimal %j as %d where no other reading is possible', (text, value) => {
    expect(parse(text)).toEqual({ ok: true, value });
  });

  it.each(['', 'abc', '1,2,3', '1.234.5', '12,34.5', '1e5', '.5', '5 triệu', '1,234,5', 'NaN', 'Infinity'])(
    'refuses %j as not a number',
    (text) => {
      expect(parse(text)).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
    },
  );

  it.each(['-5', '−5', '(1,234)', '- 12.5'])('refuses %j as negative', (text) => {
    expect(parse(text)).toMatchObject({ ok: false, reason: 'NEGATIVE_NUMBER' });
  });

  it('refuses a number beyond what is exact in a double', () => {
    expect(parse('99999999999999999999')).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
  });
});

describe('the two readings', () => {
  it('agree on every whole number and refusal, and differ only where a decimal part could be read', () => {
    for (const text of ['2,350,507', '1.234', '1 234', '0', '99999999999999999999', '', '-5', '(1,200)']) {
      expect(parseNumberText(text, 'decimal'), text).toEqual(parseNumberText(text, 'whole'));
    }
    expect(parseNumberText('abc', 'decimal')).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(parseNumberText('abc', 'whole')).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(parseNumberText('1,5', 'whole')).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(parseNumberText('1,5', 'decimal')).toEqual({ ok: true, value: 1.5 });
  });
});

describe('checkStoredNumber', () => {
  it('accepts whole, non-negative numbers a spreadsheet stores', () => {
    expect(checkStoredNumber(2350507, 'whole')).toEqual({ ok: true, value: 2350507 });
    expect(checkStoredNumber(-0, 'whole')).toEqual({ ok: true, value: 0 });
  });

  it('refuses fractions in a whole reading, negatives and non-finite numbers in either', () => {
    expect(checkStoredNumber(1.5, 'whole')).toMatchObject({
      ok: false,
      reason: 'NOT_A_NUMBER',
      message: 'the cell holds 1.5, not a whole number',
    });
    expect(checkStoredNumber(1.5, 'decimal')).toEqual({ ok: true, value: 1.5 });
    for (const reading of ['whole', 'decimal'] as const) {
      expect(checkStoredNumber(-3, reading)).toMatchObject({ ok: false, reason: 'NEGATIVE_NUMBER' });
      expect(checkStoredNumber(Number.NaN, reading)).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
      expect(checkStoredNumber(2 ** 60, reading)).toMatchObject({ ok: false, reason: 'NOT_A_NUMBER' });
    }
  });
});
