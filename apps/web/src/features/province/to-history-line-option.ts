// Pure builder: a province's actual history on one metric → ECharts option for the small line chart of
// cumulative actual against cumulative target, report date by report date.
import type { ActualHistory, ActualHistoryPoint, ActualRevision } from './province.queries';
import { CHART_FONT_FAMILY, type ChartOption } from '../../charts/chart-option';
import { escapeHtml, tooltipDataIndex, tooltipLine } from '../../charts/tooltip';
import { formatDate, formatDateTime, formatDayMonth, formatPercent, formatQuantity } from '../../i18n/format';
import { text } from '../../i18n/vi';

export const HISTORY_COLOURS = {
  target: '#6b7b8c',
  actual: '#0b5394',
  revised: '#e8590c',
  pending: '#7048e8',
} as const;

export const HISTORY_CHART_HEIGHT = 240;

export type HistoryLineInput = { history: ActualHistory; unitVi: string };

/** A point whose approved figure was sent more than once: the earlier submissions were corrected. */
export function isRevised(point: ActualHistoryPoint): boolean {
  return point.revisions.filter((revision) => revision.state === 'APPROVED').length > 1;
}

/**
 * The figure sent after the one in force and waiting for approval (chờ duyệt), or null: shown beside the line,
 * never on it, since only approved figures count.
 */
export function pendingValue(point: ActualHistoryPoint): number | null {
  const latestApproved = latest(point.revisions.filter((revision) => revision.state === 'APPROVED'));
  const latestPending = latest(point.revisions.filter((revision) => revision.state === 'PENDING'));
  if (!latestPending) return null;
  return !latestApproved || latestPending.submittedAt > latestApproved.submittedAt ? latestPending.value : null;
}

function latest(revisions: readonly ActualRevision[]): ActualRevision | undefined {
  return revisions.reduce<ActualRevision | undefined>(
    (found, revision) => (!found || revision.submittedAt > found.submittedAt ? revision : found),
    undefined,
  );
}

/** In force, replaced by a later approved figure, waiting for approval, or rejected. */
export function revisionStateLabel(revision: Pick<ActualRevision, 'state' | 'superseded'>): string {
  const t = text.province.history;
  switch (revision.state) {
    case 'APPROVED':
      return revision.superseded ? t.superseded : t.inForce;
    case 'PENDING':
      return t.pending;
    case 'REJECTED':
      return t.rejected;
  }
}

export function hasAnyActual(history: ActualHistory): boolean {
  return history.points.some((point) => point.actual !== null);
}

export function toHistoryLineOption({ history, unitVi }: HistoryLineInput): ChartOption {
  const t = text.province.history;
  const points = history.points;
  const revised = points.map((point) => (isRevised(point) && point.actual !== null ? point.actual : '-'));
  const anyRevised = revised.some((value) => value !== '-');
  const pending = points.map((point) => pendingValue(point) ?? '-');
  const anyPending = pending.some((value) => value !== '-');

  return {
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    animation: false,
    legend: {
      top: 0,
      left: 0,
      itemWidth: 22,
      data: [
        t.targetSeries,
        t.actualSeries,
        ...(anyRevised ? [t.revisedSeries] : []),
        ...(anyPending ? [t.pendingSeries] : []),
      ],
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12 },
    },
    grid: { top: 36, bottom: 8, left: 8, right: 16, containLabel: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12 },
      formatter: (params: unknown) => {
        const point = points[tooltipDataIndex(params) ?? -1];
        return point ? historyTooltipHtml(point, unitVi) : '';
      },
    },
    xAxis: {
      type: 'category',
      boundaryGap: false,
      data: points.map((point) => formatDayMonth(point.reportDate)),
      // Every report date where it fits; ECharts' automatic interval drops every other one too eagerly.
      axisLabel: { fontSize: 11, color: '#1f2d3d', interval: 0, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { fontSize: 11, color: '#5b6b7c', formatter: (value: number) => formatQuantity(value) },
    },
    series: [
      {
        name: t.targetSeries,
        type: 'line',
        data: points.map((point) => point.cumulativeTarget),
        lineStyle: { type: 'dashed', width: 2, color: HISTORY_COLOURS.target },
        itemStyle: { color: HISTORY_COLOURS.target },
        symbol: 'none',
      },
      {
        name: t.actualSeries,
        type: 'line',
        // A report date nobody reported for stays a gap: it is not a zero and not a straight line across.
        data: points.map((point) => point.actual ?? '-'),
        connectNulls: false,
        lineStyle: { width: 2.5, color: HISTORY_COLOURS.actual },
        itemStyle: { color: HISTORY_COLOURS.actual },
        symbol: 'circle',
        symbolSize: 6,
      },
      ...(anyRevised
        ? [
            {
              name: t.revisedSeries,
              type: 'scatter' as const,
              data: revised,
              symbol: 'diamond',
              symbolSize: 13,
              itemStyle: { color: HISTORY_COLOURS.revised, borderColor: '#fff', borderWidth: 1 },
              z: 5,
            },
          ]
        : []),
      ...(anyPending
        ? [
            {
              name: t.pendingSeries,
              type: 'scatter' as const,
              data: pending,
              symbol: 'emptyCircle',
              symbolSize: 11,
              itemStyle: { color: HISTORY_COLOURS.pending, borderWidth: 2 },
              z: 6,
            },
          ]
        : []),
    ],
  };
}

function historyTooltipHtml(point: ActualHistoryPoint, unitVi: string): string {
  const t = text.province.history;
  const unit = escapeHtml(unitVi);
  const parts = [
    `<div style="font-weight:600;margin-bottom:4px">${t.reportDate(formatDate(point.reportDate))}</div>`,
    tooltipLine(t.targetSeries, `${formatQuantity(point.cumulativeTarget)} ${unit}`),
    tooltipLine(
      t.actualSeries,
      point.actual !== null
        ? `${formatQuantity(point.actual)} ${unit}`
        : point.revisions.length > 0
          ? t.noApproved
          : t.notReported,
    ),
    tooltipLine(t.attainmentToDate, formatPercent(point.attainmentToDate)),
  ];
  if (point.revisions.length > 0) {
    parts.push(
      `<div style="font-weight:600;margin-top:6px">${t.revisions(formatQuantity(point.revisions.length))}</div>`,
    );
    for (const revision of point.revisions) {
      const state = revisionStateLabel(revision);
      const synthetic = revision.synthetic ? ` · ${text.common.synthetic}` : '';
      const inForce = revision.state === 'APPROVED' && !revision.superseded;
      const style = inForce
        ? 'font-weight:600'
        : revision.state === 'PENDING'
          ? `color:${HISTORY_COLOURS.pending};font-weight:600`
          : 'color:#5b6b7c;text-decoration:line-through';
      const sentBy = revision.submittedBy ? `${revision.submittedBy} · ${revision.source}` : revision.source;
      parts.push(
        `<div><span style="${style}">${formatQuantity(revision.value)} ${unit}</span> <span style="color:#5b6b7c">(${escapeHtml(state)}${synthetic})</span>` +
          `<div style="color:#5b6b7c;font-size:11px">${escapeHtml(t.submitted(formatDateTime(revision.submittedAt), sentBy))}</div></div>`,
      );
    }
  }
  return parts.join('');
}
