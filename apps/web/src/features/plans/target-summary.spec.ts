import { describe, expect, it } from 'vitest';
import type { PlanTargetTotal } from './plans.queries';
import { METRICS } from './plan.fixture';
import { toTargetSummary } from './target-summary';

const totals: PlanTargetTotal[] = [
  {
    metric: 'revenue',
    publishedNationalTotal: 160669625,
    provincesTotal: 160669623,
    months: [
      { month: '2021-10', publishedNational: 40000001, provinces: 40000000 },
      { month: '2021-09', publishedNational: 30000000, provinces: 30000000 },
    ],
  },
  {
    metric: 'dev_compulsory_si',
    publishedNationalTotal: 2350507,
    provincesTotal: 2350507,
    months: [{ month: '2021-09', publishedNational: null, provinces: 500000 }],
  },
];

describe('toTargetSummary', () => {
  const summary = toTargetSummary(totals, METRICS);

  it('lists metrics in catalogue order with their Vietnamese label and unit', () => {
    expect(summary.rows.map((r) => [r.label, r.unit])).toEqual([
      ['Phát triển người tham gia BHXH bắt buộc', 'người'],
      ['Chỉ tiêu thu (tổng số phải thu)', 'triệu đồng'],
    ]);
  });

  it('puts the months in order as columns, leaving a gap where a metric has no figure', () => {
    expect(summary.months).toEqual(['2021-09', '2021-10']);
    const compulsory = summary.rows[0];
    expect(compulsory?.months[0]).toEqual({ published: null, provinces: 500000, difference: null });
    expect(compulsory?.months[1]).toBeUndefined();
  });

  it('gives the difference as published minus the sum of the provinces', () => {
    const revenue = summary.rows[1];
    expect(revenue?.total).toEqual({ published: 160669625, provinces: 160669623, difference: 2 });
    expect(revenue?.months[1]?.difference).toBe(1);
  });

  it('marks a metric whose published national row differs from the sum of the provinces', () => {
    expect(summary.rows.map((r) => r.differs)).toEqual([false, true]);
  });
});
