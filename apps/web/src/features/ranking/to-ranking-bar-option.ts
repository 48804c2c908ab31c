// Pure builder: ranking rows → ECharts option for the horizontal bar chart of the ranked provinces.
import type { ProvinceAttainment } from '../../api/fields';
import { CHART_FONT_FAMILY, type ChartOption } from '../../charts/chart-option';
import { ownBar, rankedBarFrame, rankedChartHeight } from '../../charts/ranked-bar-frame';
import { escapeHtml, tooltipLine } from '../../charts/tooltip';
import { formatDate, formatDayMonth, formatPercent, formatQuantity } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { RANK_CHANGE_COLOURS, rankChangeView } from '../../ui/rank-change';
import { BAND_COLOURS, BAND_DECALS, STATUS_BANDS, bandText } from '../../ui/status-band';
import { groupRankingRows } from './ranking-rows';

export const RANKING_COLOURS = {
  reference: '#1f2d3d',
} as const;

export type RankingBarInput = {
  rows: readonly ProvinceAttainment[];
  unitVi: string;
  /** The viewer's own province (a provincial director or officer): it stands out in the chart. */
  ownProvince?: string | null;
};

/** Tall enough that every province name gets its own readable line. */
export const rankingChartHeight = rankedChartHeight;

/**
 * One basis for everything the chart shows (docs/domain.md): each bar is the row's `figure` on the basis of the
 * answer, its colour and pattern the row's band, the one reference line the basis's reference (100 % of the
 * target to date, or the time elapsed), so rank order, bar length, colour and mark cannot disagree. A province
 * ranked on an older report says so beside its value.
 */
export function toRankingBarOption({ rows, unitVi, ownProvince = null }: RankingBarInput): ChartOption {
  const { ranked } = groupRankingRows(rows);
  const t = text.ranking.chart;
  const basis = ranked[0]?.basis ?? 'TO_DATE';
  const reference = ranked[0]?.reference ?? 1;
  const isOwn = (row: ProvinceAttainment) => ownProvince !== null && row.province.code === ownProvince;
  const xMax = axisMax([reference, ...ranked.map((row) => row.figure)]);
  const valueAxis = {
    type: 'value' as const,
    min: 0,
    max: xMax,
    interval: xMax > 2 ? 0.5 : 0.2,
    axisLabel: { formatter: (value: number) => formatPercent(value, 0) },
  };
  const referenceLabel =
    basis === 'TO_DATE'
      ? `${t.targetToDateReference} ${formatPercent(1, 0)}`
      : `${t.timeElapsed} ${formatPercent(reference)}`;

  return {
    ...rankedBarFrame({
      rows: ranked,
      label: (row) => `${row.rank ?? ''}. ${row.province.nameVi}`,
      valueText: (row) =>
        row.stale && row.reportDate
          ? `${formatPercent(row.figure)} · ${t.staleFigure(formatDayMonth(row.reportDate))}`
          : formatPercent(row.figure),
      tooltip: (row) => tooltipHtml(row, unitVi, isOwn(row)),
      isOwn,
      legend: STATUS_BANDS.map((band) => bandText(band)),
      valueAxis,
      gridBottom: 56,
    }),
    series: STATUS_BANDS.map((band, index) => ({
      name: bandText(band),
      type: 'bar' as const,
      stack: 'figure',
      barMaxWidth: 16,
      itemStyle: { color: BAND_COLOURS[band], ...(BAND_DECALS[band] ? { decal: BAND_DECALS[band] } : {}) },
      data: ranked.map((row) => (row.band === band ? ownBar(row.figure ?? '-', isOwn(row)) : '-')),
      ...(index === 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              data: [
                {
                  name: referenceLabel,
                  xAxis: reference,
                  lineStyle: { color: RANKING_COLOURS.reference, width: 2, type: 'dashed' as const },
                  label: markLineLabel(referenceLabel, RANKING_COLOURS.reference, 'start'),
                },
              ],
            },
          }
        : {}),
    })),
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
  const t = text.ranking.tooltip;
  const status = row.band === null ? '' : bandText(row.band);
  const change = rankChangeView(row);
  const unit = escapeHtml(unitVi);
  return [
    own ? `<div style="font-weight:700;margin-bottom:2px">★ ${escapeHtml(text.scope.ownProvince)}</div>` : '',
    `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(row.province.nameVi)} · ${t.rank} ${row.rank ?? ''} · ${status}</div>`,
    tooltipLine(
      text.rankChange.tooltipLabel,
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
    row.stale && row.reportDate ? tooltipLine(t.figureOf, escapeHtml(formatDate(row.reportDate))) : '',
  ].join('');
}
