import { describe, expect, it } from 'vitest';
import { parseFormNumber, percentToRatio, ratioToPercent, toFormNumber } from './form-number';

describe('parseFormNumber', () => {
  it('reads a vi-VN decimal comma, a point, and a trailing percent sign', () => {
    expect(parseFormNumber('92,5')).toBe(92.5);
    expect(parseFormNumber('1,5')).toBe(1.5);
    expect(parseFormNumber('3,37')).toBe(3.37);
    expect(parseFormNumber(' 92.5 ')).toBe(92.5);
    expect(parseFormNumber('120 %')).toBe(120);
    expect(parseFormNumber('3,37%')).toBe(3.37);
    expect(parseFormNumber('-1')).toBe(-1);
  });

  it('is not a number for empty text, grouped thousands or words', () => {
    expect(parseFormNumber('')).toBeNaN();
    expect(parseFormNumber('1.000,5')).toBeNaN();
    expect(parseFormNumber('1,5,2')).toBeNaN();
    expect(parseFormNumber('chín mươi')).toBeNaN();
  });
});

describe('percents and ratios', () => {
  it('converts without binary noise, both ways', () => {
    expect(percentToRatio(2.91)).toBe(0.0291);
    expect(percentToRatio(3.37)).toBe(0.0337);
    expect(percentToRatio(92.5)).toBe(0.925);
    expect(ratioToPercent(0.0337)).toBe(3.37);
    expect(ratioToPercent(0.925)).toBe(92.5);
  });

  it('writes a number for a form box with a decimal comma and no grouping', () => {
    expect(toFormNumber(1.5)).toBe('1,5');
    expect(toFormNumber(3.37)).toBe('3,37');
    expect(toFormNumber(12000)).toBe('12000');
  });
});
