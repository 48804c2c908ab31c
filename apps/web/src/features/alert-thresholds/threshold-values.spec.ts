import { describe, expect, it } from 'vitest';
import { fieldsOfScope, inheritedFrom, scopeName, thresholdText } from './threshold-values';

describe('thresholdText', () => {
  it('writes each threshold in vi-VN figures', () => {
    expect(thresholdText('rankDrop', 3)).toBe('3');
    expect(thresholdText('paceMultiple', 1.5)).toBe('×1,5');
    expect(thresholdText('paceMultiple', 2)).toBe('×2');
    expect(thresholdText('latePaymentRatio', 0.0337)).toBe('3,37%');
    expect(thresholdText('latePaymentRatio', 0.035)).toBe('3,5%');
    expect(thresholdText('approvalWaitDays', 3)).toBe('3');
  });
});

describe('the scope', () => {
  it('sets all four thresholds agency-wide and all but the late-payment one for a plan', () => {
    expect(fieldsOfScope(null)).toEqual(['rankDrop', 'paceMultiple', 'latePaymentRatio', 'approvalWaitDays']);
    expect(fieldsOfScope('2800-KH-BHXH-2021')).toEqual(['rankDrop', 'paceMultiple', 'approvalWaitDays']);
  });

  it('says where an inherited value comes from, and names the scope', () => {
    expect(inheritedFrom('2800-KH-BHXH-2021')).toBe('kế thừa từ toàn ngành/mặc định');
    expect(inheritedFrom(null)).toBe('kế thừa từ mặc định');
    const plans = [
      { id: 'p2021', issuingDocument: '2800/KH-BHXH', title: 'Kế hoạch năm 2021', synthetic: false },
      { id: 'p2026', issuingDocument: 'KH-2026', title: 'Kế hoạch năm 2026', synthetic: true },
    ];
    expect(scopeName(null, plans)).toBe('Toàn ngành');
    expect(scopeName('p2021', plans)).toBe('2800/KH-BHXH — Kế hoạch năm 2021');
    expect(scopeName('p2026', plans)).toBe('KH-2026 — Kế hoạch năm 2026 (dữ liệu mẫu)');
    expect(scopeName('gone', plans)).toBe('gone');
  });
});
