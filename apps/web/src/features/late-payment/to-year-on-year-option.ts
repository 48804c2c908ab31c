// Pure builder: the same-month comparison → ECharts option, one line per year over the twelve months, with the
// national references as level lines.
import { referenceName } from '../../i18n/server-text';
import type { LatePaymentReference } from '../../api/fields';
import { CHART_FONT_FAMILY, type ChartOption } from '../../charts/chart-option';
import { text } from '../../i18n/vi';
import { formatRatio } from './amounts';
import type { YearOnYear } from './late-payment-year-on-year';
import { ratioAxis } from './to-late-payment-bar-option';
import { TREND_COLOURS, monthRatioAxes } from './to-late-payment-trend-option';

/** One colour per year, the latest darkest; they keep apart in grey-scale print by their dash pattern too. */
const YEAR_COLOURS = ['#9bb7d4', '#5b8fc7', '#2f6aa8', '#0b4f8a', '#06325a'];
const YEAR_DASHES = ['dotted', 'dashed', 'solid', 'solid', 'solid'] as const;

export function toYearOnYearOption(input: {
  data: YearOnYear;
  references: readonly LatePaymentReference[];
}): ChartOption {
  const t = text.latePayment.trend;
  const { years, months } = input.data;
  const names = years.map((year) => t.year(String(year)));
  const axis = ratioAxis([...months.flatMap((m) => m.ratios), ...input.references.map((r) => r.ratio)]);
  // The most recent years are the ones compared; older ones fade.
  const styleOf = (i: number) => {
    const fromLatest = years.length - 1 - i;
    const k = Math.max(0, YEAR_COLOURS.length - 1 - fromLatest);
    return { color: YEAR_COLOURS[k]!, type: YEAR_DASHES[k]! };
  };
  return {
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    animation: false,
    legend: { top: 0, left: 0, data: names, textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 13 } },
    grid: { top: 44, bottom: 8, left: 8, right: 24, containLabel: true },
    tooltip: {
      trigger: 'axis',
      confine: true,
      textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 12 },
      valueFormatter: (value: unknown) => (typeof value === 'number' ? formatRatio(value) : '—'),
    },
    ...monthRatioAxes(
      months.map((m) => t.monthShort(String(m.month))),
      axis,
    ),
    series: years.map((_, i) => {
      const style = styleOf(i);
      return {
        name: names[i],
        type: 'line' as const,
        data: months.map((m) => m.ratios[i] ?? '-'),
        connectNulls: false,
        lineStyle: { width: i === years.length - 1 ? 3 : 2, color: style.color, type: style.type },
        itemStyle: { color: style.color },
        symbol: 'circle',
        symbolSize: 5,
        ...(i === years.length - 1 && input.references.length > 0
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                // The references lie close together: their names go to opposite ends of the lines.
                data: input.references.map((reference, r) => ({
                  name: referenceName(reference),
                  yAxis: reference.ratio,
                  lineStyle: { color: TREND_COLOURS.reference, width: 1.5, type: 'dotted' as const },
                  label: {
                    formatter: `${referenceName(reference)}: ${formatRatio(reference.ratio)}`,
                    color: TREND_COLOURS.reference,
                    position: r % 2 === 0 ? ('insideStartTop' as const) : ('insideEndTop' as const),
                    fontSize: 12,
                  },
                })),
              },
            }
          : {}),
      };
    }),
  };
}
