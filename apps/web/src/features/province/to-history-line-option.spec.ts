import { describe, expect, it } from 'vitest';
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { actualHistory } from './history.fixture';
import { HISTORY_COLOURS, hasAnyActual, toHistoryLineOption } from './to-history-line-option';

function build(history = actualHistory()) {
  const option = toHistoryLineOption({ history, unitVi: 'người' });
  const series = option.series as [LineSeriesOption, LineSeriesOption, ScatterSeriesOption?];
  const xAxis = option.xAxis as { data: string[] };
  const tooltip = option.tooltip as { formatter: (params: unknown) => string };
  return { option, series, xAxis, tooltip };
}

describe('toHistoryLineOption', () => {
  it('puts every report date on the x axis as dd/MM', () => {
    expect(build().xAxis.data).toEqual(['15/09', '30/09', '15/10', '31/10']);
  });

  it('draws the cumulative target dashed and the cumulative actual solid', () => {
    const [target, actual] = build().series;
    expect(target.name).toBe('Chỉ tiêu lũy kế');
    expect(target.lineStyle?.type).toBe('dashed');
    expect(target.data).toEqual([1500, 3000, 4500, 6000]);
    expect(actual.name).toBe('Thực hiện lũy kế');
    expect(actual.lineStyle?.type).toBeUndefined();
  });

  it('leaves a report date without a report as a gap, never a zero', () => {
    const [, actual] = build().series;
    expect(actual.data).toEqual([1200, 2950, 4100, '-']);
    expect(actual.connectNulls).toBe(false);
  });

  it('marks the points whose figure was corrected', () => {
    const [, , revised] = build().series;
    expect(revised?.name).toBe('Số liệu đã sửa');
    expect(revised?.data).toEqual(['-', '-', 4100, '-']);
    expect(revised?.itemStyle?.color).toBe(HISTORY_COLOURS.revised);
  });

  it('has no corrected-points series or legend entry when nothing was corrected', () => {
    const history = actualHistory();
    const point = history.points[2]!;
    history.points[2] = { ...point, revisions: point.revisions.slice(1) };
    const { series, option } = build(history);
    expect(series).toHaveLength(2);
    expect((option.legend as { data: string[] }).data).toEqual(['Chỉ tiêu lũy kế', 'Thực hiện lũy kế']);
  });

  it('lists every submission of a corrected point in the tooltip, with time and source', () => {
    const html = build().tooltip.formatter([{ dataIndex: 2 }]);
    expect(html).toContain('Kỳ báo cáo 15/10/2021');
    expect(html).toContain('4.500 người');
    expect(html).toContain('Các lần gửi (2)');
    expect(html).toContain('4.010 người');
    expect(html).toContain('đã được thay');
    expect(html).toContain('gửi 15/10/2021 09:00 · bao-cao-10.csv row 3');
    expect(html).toContain('đang dùng');
    expect(html).toContain('gửi 16/10/2021 08:30 · form:Nguyễn Văn An');
  });

  it('says a report date was not reported in the tooltip', () => {
    const html = build().tooltip.formatter([{ dataIndex: 3 }]);
    expect(html).toContain('chưa báo cáo');
    expect(html).not.toContain('Các lần gửi');
  });

  it('escapes sources in the tooltip', () => {
    const history = actualHistory();
    history.points[0]!.revisions[0]!.source = '<script>';
    expect(build(history).tooltip.formatter([{ dataIndex: 0 }])).not.toContain('<script>');
  });
});

describe('hasAnyActual', () => {
  it('is false when the province never reported on the metric', () => {
    const history = actualHistory();
    history.points = history.points.map((point) => ({ ...point, actual: null, revisions: [] }));
    expect(hasAnyActual(history)).toBe(false);
    expect(hasAnyActual(actualHistory())).toBe(true);
  });
});
