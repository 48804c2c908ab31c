import { describe, expect, it } from 'vitest';
import type { ComplianceFunnelStep } from './compliance.queries';
import { funnelCategories, funnelChartHeight, toFunnelBarOption } from './to-funnel-bar-option';

const steps: ComplianceFunnelStep[] = [
  { step: 'LIST_RECEIVED', form: null, reached: 2012, conversion: null, medianDays: null, doneInWindow: 0 },
  { step: 'ENTERED', form: null, reached: 1975, conversion: 0.98, medianDays: 3, doneInWindow: 885 },
  { step: 'NOTICE_SENT', form: '04-KT', reached: 1894, conversion: 0.959, medianDays: 2, doneInWindow: 850 },
];

type BarSeries = { data: number[]; label: { formatter: (p: { value: number }) => string } };

describe('the funnel chart', () => {
  it('shows the steps in order, top first, with their forms', () => {
    expect(funnelCategories(steps)).toEqual(['Nhận danh sách', 'Cập nhật vào phần mềm', 'Gửi thông báo (04-KT)']);
    const option = toFunnelBarOption(steps);
    expect(option.yAxis).toMatchObject({
      type: 'category',
      inverse: true,
      data: funnelCategories(steps),
      axisLabel: { interval: 0 },
    });
  });

  it('draws a bar of each step’s count, labelled the vi-VN way', () => {
    const series = (toFunnelBarOption(steps).series as BarSeries[])[0]!;
    expect(series.data).toEqual([2012, 1975, 1894]);
    expect(series.label.formatter({ value: 2012 })).toBe('2.012');
  });

  it('gives each step its own row, and a phone’s axis names less room', () => {
    expect(funnelChartHeight(9)).toBeGreaterThan(funnelChartHeight(3));
    expect(funnelChartHeight(9, true)).toBeGreaterThan(funnelChartHeight(9));
    const width = (narrow: boolean) =>
      (toFunnelBarOption(steps, narrow).yAxis as { axisLabel: { width: number } }).axisLabel.width;
    expect(width(true)).toBeLessThan(width(false));
  });
});
