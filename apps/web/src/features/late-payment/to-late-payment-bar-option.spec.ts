import { describe, expect, it } from 'vitest';
import type { BarSeriesOption } from 'echarts/charts';
import { bucketFigures, provinceLatePayment } from './late-payment.fixture';
import {
  NATIONAL_LINE_COLOUR,
  bucketShare,
  latePaymentChartHeight,
  percentAxisLabel,
  rankedProvinces,
  ratioAxis,
  toLatePaymentBarOption,
  unrankedProvinces,
} from './to-late-payment-bar-option';
import { BAND_COLOURS } from '../../ui/status-band';

const BILLION = 1_000_000_000;
const provinces = [
  // Deliberately out of rank order: the chart must not depend on the order it receives.
  provinceLatePayment({
    code: '01',
    name: 'Hà Nội',
    rank: 2,
    receivable: 100 * BILLION,
    amounts: [1, 1, 2].map((a) => a * BILLION),
  }),
  provinceLatePayment({ code: '02', name: 'Hà Giang', rank: null, receivable: 0, amounts: [0, 0, 0] }),
  provinceLatePayment({
    code: '79',
    name: 'TP Hồ Chí Minh',
    rank: 1,
    receivable: 200 * BILLION,
    amounts: [2, 1, 1].map((a) => a * BILLION),
    previousRank: 3,
  }),
  provinceLatePayment({
    code: '96',
    name: 'Cà Mau',
    rank: 3,
    receivable: 10 * BILLION,
    amounts: [0.1, 0.2, 0.6].map((a) => a * BILLION),
  }),
];

function build(nationalRatio: number | null = 0.03, view: 'bands' | 'buckets' = 'buckets') {
  const option = toLatePaymentBarOption({
    provinces,
    buckets: bucketFigures([0, 0, 0]),
    nationalRatio,
    previousAsOf: '2023-08-31',
    view,
  });
  const series = option.series as BarSeriesOption[];
  const [names, ratios] = option.yAxis as Array<{ data: string[]; inverse: boolean }>;
  if (!names || !ratios) throw new Error('expected two category axes');
  return { option, series, names, ratios };
}

describe('toLatePaymentBarOption', () => {
  it('lists the ranked provinces from the lowest ratio (rank 1) at the top', () => {
    const { names } = build();
    expect(names.inverse).toBe(true);
    expect(names.data).toEqual(['1. TP Hồ Chí Minh', '2. Hà Nội', '3. Cà Mau']);
  });

  it('shows each ranked ratio in vi-VN format beside its bar', () => {
    expect(build().ratios.data).toEqual(['2,00%', '4,00%', '9,00%']);
  });

  it('leaves a province without a ratio out of the chart', () => {
    expect(build().names.data.join(' ')).not.toContain('Hà Giang');
    expect(unrankedProvinces(provinces).map((row) => row.province.code)).toEqual(['02']);
    expect(rankedProvinces(provinces)).toHaveLength(3);
  });

  it('colours each bar by its band against the reference by default (2 % Đạt, 4 % Cần chú ý, 9 % Chậm at 3.37 %)', () => {
    const option = toLatePaymentBarOption({
      provinces,
      buckets: bucketFigures([0, 0, 0]),
      nationalRatio: 0.03,
      previousAsOf: '2023-08-31',
    });
    const series = option.series as BarSeriesOption[];
    expect(series.map((s) => s.name)).toEqual(['✓ Đạt', '! Cần chú ý', '✕ Chậm']);
    expect(series.map((s) => s.itemStyle?.color)).toEqual([
      BAND_COLOURS.ON_TRACK,
      BAND_COLOURS.AT_RISK,
      BAND_COLOURS.BEHIND,
    ]);
    // Hà Nội's 4 % is above 1.1 × 3.37 % = 3.71 %: Chậm, like Cà Mau's 9 %.
    expect(series[0]!.data).toEqual([0.02, '-', '-']);
    expect(series[1]!.data).toEqual(['-', '-', '-']);
    expect(series[2]!.data).toEqual(['-', 0.04, 0.09]);
  });

  it('draws the published references as lines beside the national one, the axis reaching past them', () => {
    const option = toLatePaymentBarOption({
      provinces: provinces.slice(2, 3),
      buckets: bucketFigures([0, 0, 0]),
      nationalRatio: 0.02,
      previousAsOf: '2023-08-31',
      references: [
        { label: 'Cuối năm 2022', labelEn: 'Cuối năm 2022', asOf: '2022-12-31', ratio: 0.0291 },
        { label: '9 tháng năm 2023', labelEn: '9 tháng năm 2023', asOf: '2023-09-30', ratio: 0.0337 },
      ],
    });
    const [first] = option.series as BarSeriesOption[];
    const lines = (first!.markLine?.data ?? []) as Array<{ xAxis: number; name: string }>;
    expect(lines.map((line) => [line.name, line.xAxis])).toEqual([
      ['Toàn quốc 2,00%', 0.02],
      ['Cuối năm 2022: 2,91%', 0.0291],
      ['9 tháng năm 2023: 3,37%', 0.0337],
    ]);
    const [axis] = option.xAxis as Array<{ max: number }>;
    expect(axis!.max).toBeGreaterThan(0.0337);
  });

  it('stacks one bar per bucket, youngest first, each the bucket amount over the receivable', () => {
    const { series } = build();
    expect(series.map((s) => s.name)).toEqual(['Dưới 1 tháng', 'Từ 1 đến dưới 3 tháng', 'Từ 3 tháng trở lên']);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
    expect(series[0]!.data).toEqual([0.01, 0.01, 0.01]);
    expect(series[2]!.data).toEqual([0.005, 0.02, 0.06]);
  });

  it('makes the stack of every province add up to its ratio', () => {
    const { series } = build();
    rankedProvinces(provinces).forEach((row, i) => {
      const total = series.reduce((sum, s) => sum + Number((s.data as number[])[i]), 0);
      expect(total).toBeCloseTo(row.ratio!, 10);
    });
  });

  it('draws a reference line at the national ratio', () => {
    const [first] = build(0.0312).series;
    const lines = (first!.markLine?.data ?? []) as Array<{
      xAxis: number;
      label: { formatter: string; color: string };
    }>;
    expect(lines.map((line) => line.xAxis)).toEqual([0.0312]);
    expect(lines[0]!.label.formatter).toBe('Toàn quốc 3,12%');
    expect(lines[0]!.label.color).toBe(NATIONAL_LINE_COLOUR);
  });

  it('draws no national line when there is no national ratio', () => {
    expect(build(null).series[0]!.markLine).toBeUndefined();
  });

  it('shows vi-VN amounts, bucket parts and the rank change in the tooltip', () => {
    const tooltip = build().option.tooltip as { formatter: (params: unknown) => string };
    const html = tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('TP Hồ Chí Minh · Hạng 1/4');
    expect(html).toContain('▲2');
    expect(html).toContain('So với ngày 31/08/2023: hạng 3');
    expect(html).toContain('2,0 tỷ đồng (1,00%)');
    expect(html).toContain('200 tỷ đồng');
  });

  it('gives the rank among the units ranked together, 34 on the 34', () => {
    const option = toLatePaymentBarOption({
      provinces,
      buckets: bucketFigures([0, 0, 0]),
      nationalRatio: 0.03,
      previousAsOf: null,
      unitCount: 34,
    });
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 0 }])).toContain('TP Hồ Chí Minh · Hạng 1/34');
  });

  it('makes the viewer’s own province stand out: bold name, every part of its bar outlined', () => {
    const option = toLatePaymentBarOption({
      provinces,
      buckets: bucketFigures([0, 0, 0]),
      nationalRatio: 0.03,
      previousAsOf: '2023-08-31',
      ownProvince: '96',
      view: 'buckets',
    });
    const [names] = option.yAxis as Array<{ data: unknown[] }>;
    expect(names!.data[2]).toMatchObject({ value: '3. Cà Mau', textStyle: { fontWeight: 700 } });
    expect(names!.data.slice(0, 2)).toEqual(['1. TP Hồ Chí Minh', '2. Hà Nội']);
    for (const s of option.series as BarSeriesOption[]) {
      expect(s.data?.[2]).toMatchObject({ itemStyle: { borderWidth: 2 } });
      expect(typeof s.data?.[0]).toBe('number');
    }
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 2 }])).toContain('Tỉnh của bạn');
  });

  it('gives every ranked province at least 20 px of height', () => {
    expect(latePaymentChartHeight(63)).toBeGreaterThanOrEqual(63 * 20);
  });
});

describe('bucketShare', () => {
  it('has no share when the province has no receivable', () => {
    expect(bucketShare(provinces[1]!, 'UNDER_1_MONTH')).toBeNull();
  });
});

describe('ratio axis', () => {
  it('ends one step above the largest ratio, in whole percents up to 10%', () => {
    expect(ratioAxis([0.0899, 0.03, null])).toEqual({ max: 0.09, interval: 0.01 });
    expect(ratioAxis([0.09])).toEqual({ max: 0.1, interval: 0.01 });
    expect(ratioAxis([0.23])).toEqual({ max: 0.25, interval: 0.05 });
    expect(ratioAxis([])).toEqual({ max: 0.01, interval: 0.01 });
  });

  it('labels the axis in vi-VN percents', () => {
    expect(percentAxisLabel(0.03)).toBe('3%');
    expect(percentAxisLabel(0.025)).toBe('2,5%');
  });
});
