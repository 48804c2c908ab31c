// Pure builder: ranking rows → ECharts option for the horizontal bar chart of the ranked provinces.
import type { ProvinceAttainment } from '../../api/graphql-types';
import { CHART_FONT_FAMILY, type ChartOption } from '../../charts/chart-option';
import { ownBar, rankedBarFrame, rankedChartHeight } from '../../charts/ranked-bar-frame';
import { escapeHtml, tooltipLine } from '../../charts/tooltip';
import { formatDate, formatPercent, formatQuantity } from '../../i18n/format';
import { vi } from '../../i18n/vi';
import { RANK_CHANGE_COLOURS, rankChangeView } from '../../ui/rank-change';
import { expectedShareToDate, groupRankingRows } from './ranking-rows';

export const RANKING_COLOURS = {
  onTrack: '#2f9e44',
  behind: '#e8590c',
  expected: '#1f2d3d',
  planComplete: '#1c4e80',
  timeElapsed: '#7048e8',
} as const;

export type RankingBarInput = {
  rows: readonly ProvinceAttainment[];
  timeElapsed: number;
  unitVi: string;
  /** The viewer's own province (a provincial director or officer): it stands out in the chart. */
  ownProvince?: string | null;
};

/** Tall enough that every province name gets its own readable line. */
export const rankingChartHeight = rankedChartHeight;

export function toRankingBarOption({ rows, timeElapsed, unitVi, ownProvince = null }: RankingBarInput): ChartOption {
  const { ranked } = groupRankingRows(rows);
  const t = vi.ranking.chart;
  const isOwn = (row: ProvinceAttainment) => ownProvince !== null && row.province.code === ownProvince;
  const valueOf = (row: ProvinceAttainment) => ownBar(row.attainmentOfPeriod ?? '-', isOwn(row));
  const expected = ranked.map((row) => expectedShareToDate(row));
  const xMax = axisMax([timeElapsed, ...ranked.map((row) => row.attainmentOfPeriod), ...expected]);
  const valueAxis = {
    type: 'value' as const,
    min: 0,
    max: xMax,
    interval: xMax > 2 ? 0.5 : 0.2,
    axisLabel: { formatter: (value: number) => formatPercent(value, 0) },
  };

  return {
    ...rankedBarFrame({
      rows: ranked,
      label: (row) => `${row.rank ?? ''}. ${row.province.nameVi}`,
      valueText: (row) => formatPercent(row.attainmentOfPeriod),
      tooltip: (row) => tooltipHtml(row, unitVi, isOwn(row)),
      isOwn,
      legend: [t.onTrackSeries, t.behindSeries, t.expectedSeries],
      valueAxis,
      gridBottom: 56,
    }),
    series: [
      {
        name: t.onTrackSeries,
        type: 'bar',
        stack: 'attainment',
        barMaxWidth: 16,
        itemStyle: { color: RANKING_COLOURS.onTrack },
        data: ranked.map((row) => (row.onTrack === true ? valueOf(row) : '-')),
        markLine: {
          silent: true,
          symbol: 'none',
          data: [
            {
              name: t.planComplete,
              xAxis: 1,
              lineStyle: { color: RANKING_COLOURS.planComplete, width: 2, type: 'solid' },
              label: markLineLabel(`${t.planComplete} ${formatPercent(1, 0)}`, RANKING_COLOURS.planComplete, 'start'),
            },
            {
              name: t.timeElapsed,
              xAxis: timeElapsed,
              lineStyle: { color: RANKING_COLOURS.timeElapsed, width: 2, type: 'dashed' },
              // Near the end of the period both lines meet: put this label at the other end.
              label: markLineLabel(
                `${t.timeElapsed} ${formatPercent(timeElapsed)}`,
                RANKING_COLOURS.timeElapsed,
                Math.abs(1 - timeElapsed) < 0.15 ? 'end' : 'start',
              ),
            },
          ],
        },
      },
      {
        name: t.behindSeries,
        type: 'bar',
        stack: 'attainment',
        barMaxWidth: 16,
        itemStyle: { color: RANKING_COLOURS.behind },
        data: ranked.map((row) => (row.onTrack === true ? '-' : valueOf(row))),
      },
      {
        name: t.expectedSeries,
        type: 'scatter',
        symbol: 'rect',
        symbolSize: [3, 18],
        itemStyle: { color: RANKING_COLOURS.expected },
        z: 5,
        data: expected.map((share) => share ?? '-'),
      },
    ],
  };
}

/** Outside the axis labels: above the top axis ('start', y is inverted) or below the bottom one. */
function markLineLabel(text: string, color: string, position: 'start' | 'end') {
  return {
    formatter: text,
    color,
    position,
    distance: 26,
    fontFamily: CHART_FONT_FAMILY,
    fontSize: 12,
    fontWeight: 600,
  };
}

/** Round up to the next 10% above the largest value, with room for the bar labels. */
function axisMax(values: ReadonlyArray<number | null>): number {
  const largest = Math.max(1, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  return Math.ceil(largest * 10 + 1) / 10;
}

function tooltipHtml(row: ProvinceAttainment, unitVi: string, own: boolean): string {
  const t = vi.ranking.tooltip;
  const status = row.onTrack === true ? vi.common.onTrackYes : vi.common.onTrackNo;
  const change = rankChangeView(row);
  const unit = escapeHtml(unitVi);
  return [
    own ? `<div style="font-weight:700;margin-bottom:2px">★ ${escapeHtml(vi.scope.ownProvince)}</div>` : '',
    `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(row.province.nameVi)} · ${t.rank} ${row.rank ?? ''} · ${status}</div>`,
    tooltipLine(
      vi.rankChange.tooltipLabel,
      `<span style="color:${RANK_CHANGE_COLOURS[change.tone]}">${escapeHtml(change.text)}</span>`,
    ),
    `<div style="color:#5b6b7c;font-size:12px;margin-bottom:4px">${escapeHtml(change.title)}</div>`,
    tooltipLine(t.actual, `${formatQuantity(row.actual)} ${unit}`),
    row.pending
      ? tooltipLine(
          t.pending,
          `${formatQuantity(row.pending.value)} ${unit} (${escapeHtml(formatDate(row.pending.reportDate))})`,
        )
      : '',
    tooltipLine(t.targetToDate, `${formatQuantity(row.targetToDate)} ${unit}`),
    tooltipLine(t.target, `${formatQuantity(row.target)} ${unit}`),
    tooltipLine(t.attainmentToDate, formatPercent(row.attainmentToDate)),
    tooltipLine(t.attainmentOfPeriod, formatPercent(row.attainmentOfPeriod)),
  ].join('');
}
