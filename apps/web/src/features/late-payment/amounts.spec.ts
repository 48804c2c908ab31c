import { describe, expect, it } from 'vitest';
import {
  amountUnitFor,
  amountUnitOf,
  formatAmount,
  formatAmountWithUnit,
  formatPercentagePoints,
  formatRatio,
  formatVnd,
} from './amounts';

describe('formatAmount', () => {
  it('shows VND in tỷ đồng with vi-VN grouping and decimal comma', () => {
    expect(formatAmount(1_234_500_000_000, 'billion')).toBe('1.235');
    expect(formatAmount(56_780_000_000, 'billion')).toBe('56,8');
    expect(formatAmount(450_000_000, 'billion')).toBe('0,45');
  });

  it('shows VND in triệu đồng', () => {
    expect(formatAmount(12_345_600_000, 'million')).toBe('12.346');
    expect(formatAmount(3_500_000, 'million')).toBe('3,5');
  });

  it('keeps a small debt visible rather than rounding it to nothing', () => {
    expect(formatAmount(30_000, 'million')).toBe('0,03');
    expect(formatAmount(4_000_000, 'billion')).toBe('<0,01');
    expect(formatAmount(5_000_000, 'billion')).toBe('0,01');
    expect(formatAmount(0, 'million')).toBe('0');
  });

  it('shows a dash for a missing amount, never a zero', () => {
    expect(formatAmount(null, 'million')).toBe('—');
    expect(formatAmountWithUnit(undefined)).toBe('—');
  });
});

describe('amount units', () => {
  it('puts a column in tỷ đồng once its largest amount reaches 10 tỷ, else in triệu đồng', () => {
    expect(amountUnitFor([2_000_000_000, 10_000_000_000])).toBe('billion');
    expect(amountUnitFor([2_000_000_000, 9_999_000_000, null])).toBe('million');
    expect(amountUnitFor([])).toBe('million');
  });

  it('shows a single amount in tỷ đồng from 1 tỷ', () => {
    expect(amountUnitOf(999_999_999)).toBe('million');
    expect(amountUnitOf(1_000_000_000)).toBe('billion');
    expect(formatAmountWithUnit(9_600_000_000)).toBe('9,6 tỷ đồng');
    expect(formatAmountWithUnit(750_000_000)).toBe('750 triệu đồng');
    expect(formatAmountWithUnit(9_600_000_000, 'million')).toBe('9.600 triệu đồng');
  });

  it('gives the exact amount in đồng for titles', () => {
    expect(formatVnd(1_234_567_890)).toBe('1.234.567.890 đồng');
  });
});

describe('ratios', () => {
  it('shows the late-payment ratio with two decimals', () => {
    expect(formatRatio(0.0291)).toBe('2,91%');
    expect(formatRatio(0.12345)).toBe('12,35%');
    expect(formatRatio(null)).toBe('—');
  });

  it('shows the difference of two ratios in signed percentage points', () => {
    expect(formatPercentagePoints(0.0337 - 0.0291)).toBe('+0,46 điểm %');
    expect(formatPercentagePoints(-0.0005)).toBe('−0,05 điểm %');
    expect(formatPercentagePoints(0.00001)).toBe('0,00 điểm %');
  });
});
