// Pure builder: the national ratio at every month end → ECharts option for the trend line, with the national
// reference points marked and the month shown on the page highlighted. The receivable accumulates from
// January, so the line is a sawtooth: high early in each year, falling towards December.
import { referenceName } from '../../i18n/server-text';
import type { LatePaymentReference } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import type { LatePaymentPoint } from './late-payment.queries';
import { CHART_FONT_FAMILY, type ChartOption } from '../../charts/chart-option';
import { escapeHtml, tooltipDataIndex, tooltipLine } from '../../charts/tooltip';
import { formatDate, formatYearMonth } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { formatAmountWithUnit, formatRatio } from './amounts';
import { percentAxisLabel, ratioAxis } from './to-late-payment-bar-option';

export const TREND_COLOURS = {
  ratio: '#0b5394',
  reference: '#c92a2a',
  selected: '#7048e8',
} as const;

export const TREND_CHART_HEIGHT = 340;

export type LatePaymentTrendInput = {
  points: readonly LatePaymentPoint[];
  references: readonly LatePaymentReference[];
  /** The month end the page shows; marked on the chart. */
  selectedAsOf: IsoDate | null;
};

/** Months along the bottom and the ratio up the side, from 0: the axes of both trend views. */
export function monthRatioAxes(categories: readonly string[], axis: { max: number; interval: number }) {
  return {
    xAxis: {
      type: 'category' as const,
      boundaryGap: false,
      data: [...categories],
      axisLabel: { fontSize: 11, color: '#1f2d3d', hideOverlap: true },
    },
    yAxis: {
      type: 'value' as const,
      min: 0,
      max: axis.max,
      interval: axis.interval,
      axisLabel: { fontSize: 11, color: '#5b6b7c', formatter: percentAxisLabel },
    },
  };
}

/** Where each reference point goes: on the line's month when the ledger covers it, else as a level line. */
export function placeReferences(
  points: readonly LatePaymentPoint[],
  references: readonly LatePaymentReference[],
): { onAxis: Array<{ reference: LatePaymentReference; index: number }>; offAxis: LatePaymentReference[] } {
  const onAxis: Array<{ reference: LatePaymentReference; index: number }> = [];
  const offAxis: LatePaymentReference[] = [];
  for (const reference of references) {
    const index = points.findIndex((point) => point.month === reference.asOf.slice(0, 7));
    if (index >= 0) onAxis.push({ reference, index });
    else offAxis.push(reference);
  }
  return { onAxis, offAxis };
}

export function toLatePaymentTrendOption({ points, references, selectedAsOf }: LatePaymentTrendInput): ChartOption {
  const t = text.latePayment.trend;
  const categories = points.map((point) => formatYearMonth(point.month));
  const { onAxis, offAxis } = placeReferences(points, references);
  const axis = ratioAxis([...points.map((point) => point.ratio), ...references.map((r) => r.ratio)]);
  const selectedIndex = selectedAsOf ? points.findIndex((point) => point.month === selectedAsOf.slice(0, 7)) : -1;
  const referenceText = (reference: LatePaymentReference) =>
    `${referenceName(reference)}: ${formatRatio(reference.ratio)}`;
  const selectedMonth = selectedIndex >= 0 ? categories[selectedIndex] : undefined;
  const markLines = [
    // The month shown: a dashed line here, its name in the legend (a label would be cut off at the right edge).
    ...(selectedMonth !== undefined
      ? [
          {
            name: t.selected,
            xAxis: selectedMonth,
            lineStyle: { color: TREND_COLOURS.selected, width: 1.5, type: 'dashed' as const },
            label: { show: false },
          },
        ]
      : []),
    ...offAxis.map((reference) => ({
      name: referenceName(reference),
      yAxis: reference.ratio,
      lineStyle: { color: TREND_COLOURS.reference, width: 1.5, type: 'dotted' as const },
      label: {
        formatter: `${referenceText(reference)} (${formatDate(reference.asOf)})`,
        color: TREND_COLOURS.reference,
        position: 'insideStartTop' as const,
        fontSize: 12,
      },
    })),
  ];
  const selectedRatio = selectedIndex >= 0 ? points[selectedIndex]?.ratio : undefined;

  return {
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    animation: false,
    legend: {
      top: 0,
      left: 0,
      data: [
        t.series,
        ...(onAxis.length > 0 ? [t.references] : []),
        ...(selectedRatio !== undefined && selectedRatio !== null ? [t.selected] : []),
      ],
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 13 },
    },
    grid: { top: 44, bottom: 8, left: 8, right: 24, containLabel: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12 },
      formatter: (params: unknown) => {
        const index = firstLineIndex(params);
        const point = points[index ?? -1];
        return point
          ? tooltipHtml(
              point,
              onAxis.filter((entry) => entry.index === index).map((e) => e.reference),
            )
          : '';
      },
    },
    ...monthRatioAxes(categories, axis),
    series: [
      {
        name: t.series,
        type: 'line',
        // A month without a ratio (nothing receivable) stays a gap, not a zero.
        data: points.map((point) => point.ratio ?? '-'),
        connectNulls: false,
        lineStyle: { width: 2.5, color: TREND_COLOURS.ratio },
        itemStyle: { color: TREND_COLOURS.ratio },
        symbol: 'circle',
        symbolSize: 5,
        ...(markLines.length > 0 ? { markLine: { silent: true, symbol: 'none', data: markLines } } : {}),
      },
      ...(onAxis.length > 0
        ? [
            {
              name: t.references,
              type: 'scatter' as const,
              symbol: 'diamond',
              symbolSize: 14,
              itemStyle: { color: TREND_COLOURS.reference, borderColor: '#fff', borderWidth: 1 },
              z: 5,
              data: onAxis.map(({ reference, index }) => ({
                name: referenceName(reference),
                value: [categories[index] ?? '', reference.ratio],
              })),
              label: {
                show: true,
                position: 'top' as const,
                distance: 8,
                color: TREND_COLOURS.reference,
                // On white, so the line passing behind does not cross the text.
                backgroundColor: '#ffffff',
                padding: [2, 4],
                borderRadius: 3,
                fontWeight: 600,
                fontSize: 12,
                formatter: (params: { dataIndex: number }) => {
                  const entry = onAxis[params.dataIndex];
                  return entry ? referenceText(entry.reference) : '';
                },
              },
            },
          ]
        : []),
      ...(selectedMonth !== undefined && selectedRatio !== undefined && selectedRatio !== null
        ? [
            {
              name: t.selected,
              type: 'scatter' as const,
              symbol: 'circle',
              symbolSize: 12,
              itemStyle: { color: TREND_COLOURS.selected, borderColor: '#fff', borderWidth: 2 },
              z: 6,
              data: [[selectedMonth, selectedRatio]],
            },
          ]
        : []),
    ],
  };
}

/** The month under the pointer: the line's data index (the reference series has its own indexes). */
function firstLineIndex(params: unknown): number | undefined {
  const list: unknown[] = Array.isArray(params) ? params : [params];
  const line = list.find(
    (p): p is { seriesIndex: number; dataIndex: number } =>
      typeof p === 'object' && p !== null && 'seriesIndex' in p && p.seriesIndex === 0,
  );
  return line ? line.dataIndex : tooltipDataIndex(params);
}

function tooltipHtml(point: LatePaymentPoint, references: readonly LatePaymentReference[]): string {
  const t = text.latePayment.tooltip;
  return [
    `<div style="font-weight:600;margin-bottom:4px">${t.month(formatYearMonth(point.month))} · ${formatDate(point.asOf)}</div>`,
    tooltipLine(t.ratio, formatRatio(point.ratio)),
    tooltipLine(t.overdue, formatAmountWithUnit(point.overdue)),
    tooltipLine(t.receivable, formatAmountWithUnit(point.receivable)),
    ...references.map((reference) =>
      tooltipLine(`${t.reference}: ${escapeHtml(referenceName(reference))}`, formatRatio(reference.ratio)),
    ),
  ].join('');
}
