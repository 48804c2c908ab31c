// Pure builder: the funnel's steps → ECharts option for a horizontal bar chart of the cases that reached each step,
// the first step at the top, each bar labelled with its count; the tooltip adds the conversion and median days.
import { CHART_FONT_FAMILY, type ChartOption } from '../../charts/chart-option';
import { escapeHtml, tooltipDataIndex, tooltipLine } from '../../charts/tooltip';
import { formatInteger, formatNumber, formatPercent, MISSING } from '../../i18n/format';
import { textCompliance } from '../../i18n/vi-compliance';
import type { ComplianceFunnelStep } from './compliance.queries';
import { stepWithForm } from './compliance-labels';

export const FUNNEL_BAR_COLOUR = '#0b5394';
const ROW_HEIGHT = 44;
/** A phone's narrower names take three or four lines. */
const NARROW_ROW_HEIGHT = 60;
const FRAME_HEIGHT = 48;

/** Tall enough for each step's name to get its lines (two wide, up to four on a phone). */
export function funnelChartHeight(steps: number, narrow = false): number {
  return steps * (narrow ? NARROW_ROW_HEIGHT : ROW_HEIGHT) + FRAME_HEIGHT;
}

/** The steps' names as the chart's axis shows them, top to bottom. */
export function funnelCategories(steps: readonly ComplianceFunnelStep[]): string[] {
  return steps.map((step) => stepWithForm(step.step, step.form));
}

export function toFunnelBarOption(steps: readonly ComplianceFunnelStep[], narrow = false): ChartOption {
  const t = textCompliance.funnel;
  const categories = funnelCategories(steps);
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    grid: { left: 8, right: 48, top: 8, bottom: 28, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      minInterval: 1,
      splitNumber: narrow ? 2 : 5,
      axisLabel: {
        formatter: (value: number) => formatInteger(value),
        fontFamily: CHART_FONT_FAMILY,
        hideOverlap: true,
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisTick: { show: false },
      axisLabel: {
        // Every step named, however close: the axis would otherwise skip names that touch.
        interval: 0,
        fontFamily: CHART_FONT_FAMILY,
        fontSize: 12,
        color: '#1f2d3d',
        width: narrow ? 110 : 220,
        overflow: 'break',
        lineHeight: 15,
      },
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const index = tooltipDataIndex(params);
        const step = index === undefined ? undefined : steps[index];
        if (!step) return '';
        return [
          `<b>${escapeHtml(categories[index!] ?? '')}</b>`,
          tooltipLine(t.tooltipReached, formatInteger(step.reached)),
          tooltipLine(t.tooltipConversion, formatPercent(step.conversion)),
          tooltipLine(
            t.tooltipMedian,
            step.medianDays === null ? MISSING : textCompliance.days(formatNumber(step.medianDays, 1)),
          ),
        ].join('');
      },
    },
    series: [
      {
        type: 'bar',
        name: t.tooltipReached,
        data: steps.map((step) => step.reached),
        barMaxWidth: 26,
        itemStyle: { color: FUNNEL_BAR_COLOUR, borderRadius: [0, 3, 3, 0] },
        label: {
          show: true,
          position: 'right',
          fontFamily: CHART_FONT_FAMILY,
          fontWeight: 600,
          color: '#1f2d3d',
          formatter: (p: { value?: unknown }) => formatInteger(typeof p.value === 'number' ? p.value : null),
        },
      },
    ],
  };
}
