import { describe, expect, it } from 'vitest';
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { LatePaymentPoint } from './late-payment.queries';
import { TREND_COLOURS, placeReferences, toLatePaymentTrendOption } from './to-late-payment-trend-option';

const BILLION = 1_000_000_000;
// A sawtooth: the ratio is high in January, when little is receivable yet, and falls through the year.
const point = (month: string, asOf: string, ratio: number | null): LatePaymentPoint => ({
  month,
  asOf,
  receivable: 100 * BILLION,
  overdue: ratio === null ? 0 : ratio * 100 * BILLION,
  ratio,
});
const points = [
  point('2022-11', '2022-11-30', 0.031),
  point('2022-12', '2022-12-31', 0.029),
  point('2023-01', '2023-01-31', 0.08),
  point('2023-02', '2023-02-28', null),
  point('2023-03', '2023-03-31', 0.05),
];
const endOf2022 = { label: 'Cuối năm 2022', labelEn: 'Cuối năm 2022', asOf: '2022-12-31', ratio: 0.0291 };
const nineMonths2023 = { label: '9 tháng năm 2023', labelEn: '9 tháng năm 2023', asOf: '2023-09-30', ratio: 0.0337 };

function build(selectedAsOf: string | null = '2023-03-31') {
  const option = toLatePaymentTrendOption({ points, references: [endOf2022, nineMonths2023], selectedAsOf });
  const [line, references] = option.series as [LineSeriesOption, ScatterSeriesOption | undefined];
  return { option, line, references };
}

describe('toLatePaymentTrendOption', () => {
  it('draws the national ratio at every month end, months written as in Vietnamese documents', () => {
    const { option, line } = build();
    expect((option.xAxis as { data: string[] }).data).toEqual(['11/2022', '12/2022', '1/2023', '2/2023', '3/2023']);
    expect(line.type).toBe('line');
    expect(line.data).toEqual([0.031, 0.029, 0.08, '-', 0.05]);
    expect(line.connectNulls).toBe(false);
  });

  it('marks a reference point the ledger covers on its month, labelled with its vi-VN ratio', () => {
    const { references } = build();
    expect(references?.type).toBe('scatter');
    expect(references?.itemStyle?.color).toBe(TREND_COLOURS.reference);
    expect(references?.data).toEqual([{ name: 'Cuối năm 2022', value: ['12/2022', 0.0291] }]);
    const label = references?.label as { formatter: (p: { dataIndex: number }) => string };
    expect(label.formatter({ dataIndex: 0 })).toBe('Cuối năm 2022: 2,91%');
  });

  it('shows a reference point outside the ledger as a level line, so it is never lost', () => {
    const lines = (build().line.markLine?.data ?? []) as Array<{ yAxis?: number; label: { formatter: string } }>;
    const level = lines.find((line) => line.yAxis !== undefined);
    expect(level?.yAxis).toBe(0.0337);
    expect(level?.label.formatter).toBe('9 tháng năm 2023: 3,37% (30/09/2023)');
  });

  it('marks the month shown on the page with a line and a point named in the legend', () => {
    const { option, line } = build('2023-01-31');
    const lines = (line.markLine?.data ?? []) as Array<{ xAxis?: string; name: string }>;
    expect(lines.find((l) => l.xAxis !== undefined)).toMatchObject({ xAxis: '1/2023', name: 'Tháng đang xem' });
    const selected = (option.series as ScatterSeriesOption[]).find((s) => s.name === 'Tháng đang xem');
    expect(selected?.data).toEqual([['1/2023', 0.08]]);
    expect((option.legend as { data: string[] }).data).toContain('Tháng đang xem');
  });

  it('marks no month when the month shown has no ratio or is outside the trend', () => {
    for (const asOf of ['2023-02-28', '2024-06-30']) {
      const { option } = build(asOf);
      expect((option.series as ScatterSeriesOption[]).some((s) => s.name === 'Tháng đang xem')).toBe(false);
    }
  });

  it('keeps the axis above the highest ratio and the reference points', () => {
    const yAxis = build().option.yAxis as { max: number; min: number };
    expect(yAxis.min).toBe(0);
    expect(yAxis.max).toBeGreaterThan(0.08);
  });

  it('explains a month in the tooltip with vi-VN figures and the reference point of that month', () => {
    const tooltip = build().option.tooltip as { formatter: (params: unknown) => string };
    const html = tooltip.formatter([{ seriesIndex: 0, dataIndex: 1 }]);
    expect(html).toContain('Tháng 12/2022 · 31/12/2022');
    expect(html).toContain('2,90%');
    expect(html).toContain('2,9 tỷ đồng');
    expect(html).toContain('100 tỷ đồng');
    expect(html).toContain('Mốc tham chiếu: Cuối năm 2022');
  });
});

describe('placeReferences', () => {
  it('puts each reference point on the month of its date when the ledger has it', () => {
    expect(placeReferences(points, [endOf2022, nineMonths2023])).toEqual({
      onAxis: [{ reference: endOf2022, index: 1 }],
      offAxis: [nineMonths2023],
    });
  });
});
