import { describe, expect, it } from 'vitest';
import type { PlanSettingsVersion } from './plan-settings.queries';
import {
  bandSentence,
  latePaymentSentence,
  percentText,
  thresholdsLine,
  weightShares,
  weightsLine,
} from './settings-summary';

const METRICS = [
  { key: 'dev_compulsory_si', shortLabelVi: 'BHXH bắt buộc', shortLabelEn: 'Compulsory SI' },
  { key: 'revenue', shortLabelVi: 'Thu', shortLabelEn: 'Revenue' },
];

const SETTINGS: PlanSettingsVersion = {
  planId: 'p',
  version: 1,
  onTrack: 1,
  atRisk: 0.9,
  latePaymentAtRisk: 1.1,
  compositeCap: 1.2,
  latePaymentReference: 0.0291,
  weights: [
    { metric: 'late_payment', weight: 0 },
    { metric: 'revenue', weight: 3 },
    { metric: 'dev_compulsory_si', weight: 1 },
  ],
  setAt: '2026-01-02T03:04:05Z',
  setBy: 'data-officer',
  note: 'Ưu tiên thu',
};

describe('the summary sentences', () => {
  it('says the bands in percents of the reference', () => {
    expect(bandSentence(SETTINGS)).toBe('Đạt khi đạt ≥ 100 % mốc; Cần chú ý từ 90 %; Chậm dưới 90 %');
    expect(bandSentence({ ...SETTINGS, atRisk: 0.925 })).toContain('Cần chú ý từ 92,5 %');
  });

  it('says late payment in multiples of the reference, lower being better', () => {
    expect(latePaymentSentence(SETTINGS)).toBe('Đạt khi ≤ mốc; Cần chú ý đến 1,1 × mốc; Chậm trên 1,1 × mốc');
  });

  it('writes the cap and the reference as vi-VN percents', () => {
    expect(percentText(1.2)).toBe('120 %');
    expect(percentText(0.0291)).toBe('2,91 %');
  });

  it('puts a version’s thresholds on one line for the history', () => {
    expect(thresholdsLine(SETTINGS)).toBe(
      'Đạt ≥ 100 %; Cần chú ý ≥ 90 %; Chậm đóng: Cần chú ý đến 1,1 × mốc; Trần 120 %; Tham chiếu chậm đóng 2,91 %',
    );
  });
});

describe('weightShares', () => {
  it('gives each weight its share of the total, in the catalogue’s order, late payment last', () => {
    expect(weightShares(SETTINGS.weights, METRICS)).toEqual([
      { metric: 'dev_compulsory_si', label: 'BHXH bắt buộc', weight: 1, share: 0.25 },
      { metric: 'revenue', label: 'Thu', weight: 3, share: 0.75 },
      { metric: 'late_payment', label: 'Tỷ lệ chậm đóng', weight: 0, share: 0 },
    ]);
  });

  it('has no share when nothing weighs anything, and names an unknown metric by its key', () => {
    expect(weightShares([{ metric: 'x', weight: 0 }], METRICS)).toEqual([
      { metric: 'x', label: 'x', weight: 0, share: null },
    ]);
  });

  it('lists the weighted metrics on one line, leaving out those at 0', () => {
    expect(weightsLine(SETTINGS.weights, METRICS)).toBe('BHXH bắt buộc 1 · Thu 3');
  });
});
