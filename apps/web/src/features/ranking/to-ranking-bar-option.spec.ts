import { describe, expect, it } from 'vitest';
import type { BarSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { attainmentRow, noTargetRow, notReportedRow } from './attainment-row.fixture';
import { OWN_PROVINCE_STYLE } from '../../charts/ranked-bar-frame';
import { RANKING_COLOURS, rankingChartHeight, toRankingBarOption } from './to-ranking-bar-option';

const rows = [
  // Deliberately out of rank order: the chart must not depend on the order it receives.
  attainmentRow({ code: '01', name: 'Hà Nội', rank: 3, attainmentOfPeriod: 0.45, onTrack: false }),
  notReportedRow('02', 'Hà Giang'),
  attainmentRow({
    code: '79',
    name: 'TP Hồ Chí Minh',
    rank: 1,
    attainmentOfPeriod: 0.62,
    onTrack: true,
    targetToDate: 550,
    previousRank: 3,
    rankChange: 2,
  }),
  noTargetRow('04', 'Cao Bằng'),
  attainmentRow({ code: '48', name: 'Đà Nẵng', rank: 2, attainmentOfPeriod: 0.58, onTrack: true }),
  attainmentRow({ code: '92', name: 'Cần Thơ', rank: 3, attainmentOfPeriod: 0.45, onTrack: false }),
];

function build() {
  const option = toRankingBarOption({ rows, timeElapsed: 0.5, unitVi: 'người' });
  const series = option.series as [BarSeriesOption, BarSeriesOption, ScatterSeriesOption];
  const [yAxis, valueColumn] = option.yAxis as Array<{ data: string[]; inverse: boolean }>;
  if (!yAxis || !valueColumn) throw new Error('expected two category axes');
  return { option, series, yAxis, valueColumn };
}

describe('toRankingBarOption', () => {
  it('lists provinces in rank order from the top, with ties keeping the same rank', () => {
    const { yAxis } = build();
    expect(yAxis.inverse).toBe(true);
    expect(yAxis.data).toEqual(['1. TP Hồ Chí Minh', '2. Đà Nẵng', '3. Hà Nội', '3. Cần Thơ']);
  });

  it('lists the attainment of each ranked province in vi-VN format beside its bar', () => {
    expect(build().valueColumn.data).toEqual(['62,0%', '58,0%', '45,0%', '45,0%']);
  });

  it('leaves provinces that did not report or have no target out of the chart', () => {
    const { yAxis, series } = build();
    expect(yAxis.data.join(' ')).not.toMatch(/Hà Giang|Cao Bằng/);
    for (const s of series) expect(s.data).toHaveLength(4);
  });

  it('draws the bars as attainment of the period, coloured by whether the province is on track', () => {
    const [onTrack, behind] = build().series;
    expect(onTrack.itemStyle?.color).toBe(RANKING_COLOURS.onTrack);
    expect(behind.itemStyle?.color).toBe(RANKING_COLOURS.behind);
    expect(onTrack.data).toEqual([0.62, 0.58, '-', '-']);
    expect(behind.data).toEqual(['-', '-', 0.45, 0.45]);
    expect(onTrack.stack).toBe(behind.stack);
  });

  it('marks where each province should be: target to date as a share of the period target', () => {
    const [, , expected] = build().series;
    expect(expected.type).toBe('scatter');
    expect(expected.data).toEqual([0.55, 0.5, 0.5, 0.5]);
  });

  it('draws reference lines at 100% (plan complete) and at the time elapsed', () => {
    const [onTrack] = build().series;
    const lines = (onTrack.markLine?.data ?? []) as Array<{ name: string; xAxis: number }>;
    expect(lines.map((l) => [l.name, l.xAxis])).toEqual([
      ['Hoàn thành kế hoạch', 1],
      ['Tiến độ thời gian', 0.5],
    ]);
  });

  it('puts the time-elapsed label at the other end when both lines meet at the end of the period', () => {
    const option = toRankingBarOption({ rows, timeElapsed: 1, unitVi: 'người' });
    const [onTrack] = option.series as [BarSeriesOption];
    const lines = (onTrack.markLine?.data ?? []) as Array<{ label: { position: string } }>;
    expect(lines.map((l) => l.label.position)).toEqual(['start', 'end']);
  });

  it('keeps the 100% line inside the axis even when every province is far behind', () => {
    const option = toRankingBarOption({
      rows: [attainmentRow({ code: '01', name: 'Hà Nội', attainmentOfPeriod: 0.1 })],
      timeElapsed: 0.2,
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
    const option = toRankingBarOption({ rows, timeElapsed: 0.5, unitVi: 'người', ownProvince: '01' });
    const [names, values] = option.yAxis as Array<{ data: unknown[] }>;
    expect(names!.data[2]).toEqual({
      value: '3. Hà Nội',
      textStyle: expect.objectContaining({ fontWeight: 700, backgroundColor: OWN_PROVINCE_STYLE.labelBackground }),
    });
    expect(values!.data[2]).toMatchObject({ value: '45,0%', textStyle: { fontWeight: 700 } });
    // The others keep plain labels.
    expect(names!.data.filter((item) => typeof item === 'string')).toEqual([
      '1. TP Hồ Chí Minh',
      '2. Đà Nẵng',
      '3. Cần Thơ',
    ]);
    const [, behind] = option.series as [BarSeriesOption, BarSeriesOption];
    expect(behind.data?.[2]).toEqual({
      value: 0.45,
      itemStyle: { borderColor: OWN_PROVINCE_STYLE.outline, borderWidth: OWN_PROVINCE_STYLE.outlineWidth },
    });
    expect(behind.data?.[3]).toBe(0.45);
    const tooltip = option.tooltip as { formatter: (params: unknown) => string };
    expect(tooltip.formatter([{ dataIndex: 2 }])).toContain('Tỉnh của bạn');
    expect(tooltip.formatter([{ dataIndex: 3 }])).not.toContain('Tỉnh của bạn');
  });

  it('marks nothing for a viewer without a province', () => {
    const [names] = toRankingBarOption({ rows, timeElapsed: 0.5, unitVi: 'người', ownProvince: null }).yAxis as Array<{
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
    const option = toRankingBarOption({ rows: pendingRows, timeElapsed: 0.5, unitVi: 'người' });
    const html = (option.tooltip as { formatter: (params: unknown) => string }).formatter([{ dataIndex: 0 }]);
    expect(html).toContain('Chờ duyệt (chưa tính)');
    expect(html).toContain('520 người (31/10/2021)');
  });

  it('gives every ranked province at least 20 px of height', () => {
    expect(rankingChartHeight(63)).toBeGreaterThanOrEqual(63 * 20);
  });
});
