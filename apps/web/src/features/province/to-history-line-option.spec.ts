import { describe, expect, it } from 'vitest';
import type { LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import { actualHistory, revision } from './history.fixture';
import { HISTORY_COLOURS, hasAnyActual, pendingValue, toHistoryLineOption } from './to-history-line-option';

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

describe('a figure waiting for approval', () => {
  function withPending() {
    const history = actualHistory();
    // 31/10: only a pending report; 30/09: a correction sent after the approved figure, waiting too.
    history.points[3]!.revisions = [
      revision(5200, '2021-10-31T17:00:00', { state: 'PENDING', superseded: true, submittedBy: 'demo.cb-lai-chau' }),
    ];
    history.points[1]!.revisions.push(
      revision(3100, '2021-10-01T08:00:00', { state: 'PENDING', superseded: true }),
      revision(2500, '2021-09-30T09:00:00', { state: 'REJECTED', superseded: true }),
    );
    return history;
  }

  it('is marked apart from the line, which stays on approved figures', () => {
    const { series, option } = build(withPending());
    const pending = series.find((s) => s?.name === 'Số chờ duyệt');
    expect(pending?.data).toEqual(['-', 3100, '-', 5200]);
    expect(series[1].data).toEqual([1200, 2950, 4100, '-']);
    expect((option.legend as { data: string[] }).data).toContain('Số chờ duyệt');
  });

  it('does not count as a correction of the approved figure', () => {
    const [, , revised] = build(withPending()).series;
    expect(revised?.data).toEqual(['-', '-', 4100, '-']);
  });

  it('is older than the approved figure once a later one was approved', () => {
    const point = actualHistory().points[0]!;
    point.revisions.unshift(revision(1100, '2021-09-15T08:00:00', { state: 'PENDING', superseded: true }));
    expect(pendingValue(point)).toBeNull();
  });

  it('shows the state and sender of every submission in the tooltip', () => {
    const { tooltip } = build(withPending());
    const html = tooltip.formatter([{ dataIndex: 3 }]);
    expect(html).toContain('5.200 người');
    expect(html).toContain('chờ duyệt, chưa tính');
    expect(html).toContain('gửi 31/10/2021 17:00 · demo.cb-lai-chau · form:Nguyễn Văn An');
    expect(tooltip.formatter([{ dataIndex: 1 }])).toContain('bị từ chối');
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
