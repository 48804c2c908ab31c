import { describe, expect, it } from 'vitest';
import type { BarSeriesOption } from 'echarts/charts';
import { attainmentRow, noTargetRow, notReportedRow } from './attainment-row.fixture';
import { OWN_PROVINCE_STYLE } from '../../charts/ranked-bar-frame';
import { BAND_COLOURS } from '../../ui/status-band';
import { rankingChartHeight, toRankingBarOption } from './to-ranking-bar-option';

// On the period basis at half the period: figure = attainment of the period, reference = time elapsed 0.5, so
// 0.62 and 0.58 are Đạt (r ≥ 1), 0.45 is Cần chú ý (r = 0.9) and Hà Nội's 0.40 is Chậm (r = 0.8).
const period = { basis: 'PERIOD' as const, timeElapsed: 0.5 };
const rows = [
  // Deliberately out of rank order: the chart must not depend on the order it receives.
  attainmentRow({ code: '01', name: 'Hà Nội', rank: 4, attainmentOfPeriod: 0.4, ...period }),
  notReportedRow('02', 'Hà Giang'),
  attainmentRow({
    code: '79',
    name: 'TP Hồ Chí Minh',
    rank: 1,
    attainmentOfPeriod: 0.62,
    targetToDate: 550,
    previousRank: 3,
    rankChange: 2,
    ...period,
  }),
  noTargetRow('04', 'Cao Bằng'),
  attainmentRow({ code: '48', name: 'Đà Nẵng', rank: 2, attainmentOfPeriod: 0.58, ...period }),
  attainmentRow({ code: '92', name: 'Cần Thơ', rank: 3, attainmentOfPeriod: 0.45, ...period }),
];

function build() {
  const option = toRankingBarOption({ rows, unitVi: 'người' });
  const series = option.series as [BarSeriesOption, BarSeriesOption, BarSeriesOption];
  const [yAxis, valueColumn] = option.yAxis as Array<{ data: string[]; inverse: boolean }>;
  if (!yAxis || !valueColumn) throw new Error('expected two category axes');
  return { option, series, yAxis, valueColumn };
}

describe('toRankingBarOption', () => {
  it('lists provinces in rank order from the top, with ties keeping the same rank', () => {
    const { yAxis } = build();
    expect(yAxis.inverse).toBe(true);
    expect(yAxis.data).toEqual(['1. TP Hồ Chí Minh', '2. Đà Nẵng', '3. Cần Thơ', '4. Hà Nội']);
  });

  it('lists the figure of each ranked province in vi-VN format beside its bar', () => {
    expect(build().valueColumn.data).toEqual(['62,0%', '58,0%', '45,0%', '40,0%']);
  });

  it('says beside the value when a province is ranked on an older report', () => {
    const stale = [
      attainmentRow({
        code: '01',
        name: 'Hà Nội',
        rank: 1,
        attainmentToDate: 1.1,
        stale: true,
        reportDate: '2021-10-15',
      }),
    ];
    const [, values] = toRankingBarOption({ rows: stale, unitVi: 'người' }).yAxis as Array<{ data: string[] }>;
    expect(values!.data).toEqual(['110,0% · số liệu ngày 15/10']);
  });

  it('leaves provinces that did not report or have no target out of the chart', () => {
    const { yAxis, series } = build();
    expect(yAxis.data.join(' ')).not.toMatch(/Hà Giang|Cao Bằng/);
    for (const s of series) expect(s.data).toHaveLength(4);
  });

  it('draws each bar as the figure of the basis, in the colour and pattern of its band', () => {
    const [onTrack, atRisk, behind] = build().series;
    expect([onTrack.name, atRisk.name, behind.name]).toEqual(['✓ Đạt', '! Cần chú ý', '✕ Chậm']);
    expect(onTrack.itemStyle?.color).toBe(BAND_COLOURS.ON_TRACK);
    expect(atRisk.itemStyle?.color).toBe(BAND_COLOURS.AT_RISK);
    expect(behind.itemStyle?.color).toBe(BAND_COLOURS.BEHIND);
    expect(atRisk.itemStyle).toHaveProperty('decal');
    expect(onTrack.data).toEqual([0.62, 0.58, '-', '-']);
    expect(atRisk.data).toEqual(['-', '-', 0.45, '-']);
    expect(behind.data).toEqual(['-', '-', '-', 0.4]);
    expect(new Set([onTrack.stack, atRisk.stack, behind.stack]).size).toBe(1);
  });

  it('draws one reference line, at the reference of the basis: time elapsed, or 100 % of the target to date', () => {
    const [first] = build().series;
    const lines = (first.markLine?.data ?? []) as Array<{ name: string; xAxis: number }>;
    expect(lines.map((l) => [l.name, l.xAxis])).toEqual([['Tiến độ thời gian 50,0%', 0.5]]);
    const toDate = toRankingBarOption({
      rows: [attainmentRow({ code: '01', name: 'Hà Nội', rank: 1, attainmentToDate: 1.2 })],
      unitVi: 'người',
    });
    const [bar] = toDate.series as [BarSeriesOption];
    expect((bar.markLine?.data as Array<{ name: string; xAxis: number }>).map((l) => [l.name, l.xAxis])).toEqual([
      ['Chỉ tiêu đến ngày 100%', 1],
    ]);
    expect(bar.data).toEqual([1.2]);
  });

  it('keeps the 100% line inside the axis even when every province is far behind', () => {
    const option = toRankingBarOption({
      rows: [attainmentRow({ code: '01', name: 'Hà Nội', attainmentOfPeriod: 0.1, basis: 'PERIOD', timeElapsed: 0.2 })],
      unitVi: 'người',
    });
    const [top] = option.xAxis as Array<{ max: number }>;
    expect(top?.max).toBeGreaterThan(1);
  });

  it('shows vi-VN numbers in the tooltip', () => {
    const { option } = build();
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    const html = tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('TP Hồ Chí Minh');
    expect(html).toContain('62,0%');
    expect(html).toContain('550 người');
  });

  it('tells in the tooltip how the rank moved since the previous report date', () => {
    const { option } = build();
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    const html = tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('Thay đổi hạng');
    expect(html).toContain('▲2');
    expect(html).toContain('So với kỳ báo cáo 15/10/2021: hạng 3');
  });

  it('makes the viewer’s own province stand out: bold name on a yellow band, outlined bar, named in the tooltip', () => {
    const option = toRankingBarOption({ rows, unitVi: 'người', ownProvince: '01' });
    const [names, values] = option.yAxis as Array<{ data: unknown[] }>;
    expect(names!.data[3]).toEqual({
      value: '4. Hà Nội',
      textStyle: expect.objectContaining({ fontWeight: 700, backgroundColor: OWN_PROVINCE_STYLE.labelBackground }),
    });
    expect(values!.data[3]).toMatchObject({ value: '40,0%', textStyle: { fontWeight: 700 } });
    // The others keep plain labels.
    expect(names!.data.filter((item) => typeof item === 'string')).toEqual([
      '1. TP Hồ Chí Minh',
      '2. Đà Nẵng',
      '3. Cần Thơ',
    ]);
    const [, atRisk, behind] = option.series as [BarSeriesOption, BarSeriesOption, BarSeriesOption];
    expect(behind.data?.[3]).toEqual({
      value: 0.4,
      itemStyle: { borderColor: OWN_PROVINCE_STYLE.outline, borderWidth: OWN_PROVINCE_STYLE.outlineWidth },
    });
    expect(atRisk.data?.[2]).toBe(0.45);
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 3 }])).toContain('Tỉnh của bạn');
    expect(tooltip.formatter([{ dataIndex: 2 }])).not.toContain('Tỉnh của bạn');
  });

  it('marks nothing for a viewer without a province', () => {
    const [names] = toRankingBarOption({ rows, unitVi: 'người', ownProvince: null }).yAxis as Array<{
      data: unknown[];
    }>;
    expect(names!.data.every((item) => typeof item === 'string')).toBe(true);
  });

  it('shows a figure waiting for approval in the tooltip, apart from the counted one', () => {
    const pendingRows = [
      attainmentRow({
        code: '12',
        name: 'Lai Châu',
        rank: 1,
        actual: 400,
        pending: { value: 520, reportDate: '2021-10-31', submittedAt: '2021-10-31T16:00:00', submissionId: 's-1' },
      }),
    ];
    const option = toRankingBarOption({ rows: pendingRows, unitVi: 'người' });
    const html = (option.tooltip as { formatter: (params: unknown) => string }).formatter([{ dataIndex: 0 }]);
    expect(html).toContain('Chờ duyệt (chưa tính)');
    expect(html).toContain('520 người (31/10/2021)');
  });

  it('gives every ranked province at least 20 px of height', () => {
    expect(rankingChartHeight(63)).toBeGreaterThanOrEqual(63 * 20);
  });
});
