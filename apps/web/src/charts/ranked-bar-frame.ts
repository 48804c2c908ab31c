// The frame both ranked bar charts share (Xếp hạng tỉnh, Chậm đóng): one row per ranked province, names with
// their rank on the left, the value of each row as a column on the right, the value axis at top and bottom,
// a legend and an axis tooltip; the viewer's own province stands out. Each chart adds its series.
import { CHART_FONT_FAMILY, type ChartOption } from './chart-option';
import { tooltipDataIndex } from './tooltip';

const ROW_HEIGHT_PX = 22;

/** How the viewer's own province stands out: a bold name on a yellow band, and its bar outlined. */
export const OWN_PROVINCE_STYLE = {
  labelBackground: '#ffe066',
  ink: '#1f2d3d',
  outline: '#1f2d3d',
  outlineWidth: 2,
} as const;

/** A bar value, outlined when it is the viewer's own province. */
export function ownBar<T extends number | string>(
  value: T,
  own: boolean,
): T | { value: T; itemStyle: { borderColor: string; borderWidth: number } } {
  return own
    ? { value, itemStyle: { borderColor: OWN_PROVINCE_STYLE.outline, borderWidth: OWN_PROVINCE_STYLE.outlineWidth } }
    : value;
}

function axisText(text: string, own: boolean) {
  return own
    ? {
        value: text,
        textStyle: {
          fontWeight: 700,
          color: OWN_PROVINCE_STYLE.ink,
          backgroundColor: OWN_PROVINCE_STYLE.labelBackground,
          padding: [2, 4],
          borderRadius: 3,
        },
      }
    : text;
}
const CHROME_HEIGHT_PX = 150;

/** Tall enough that every province name gets its own readable line. */
export function rankedChartHeight(rankedCount: number): number {
  return Math.max(260, rankedCount * ROW_HEIGHT_PX + CHROME_HEIGHT_PX);
}

export type RankedBarFrame<Row> = {
  rows: readonly Row[];
  /** "3. Hà Nội" */
  label: (row: Row) => string;
  /** The row's value as shown in the right-hand column. */
  valueText: (row: Row) => string;
  tooltip: (row: Row) => string;
  legend: readonly string[];
  valueAxis: Record<string, unknown>;
  /** Room below the bottom axis (for reference-line labels). */
  gridBottom: number;
  /** The viewer's own province: its name and value are set in bold on a yellow band. */
  isOwn?: (row: Row) => boolean;
};

export function rankedBarFrame<Row>(frame: RankedBarFrame<Row>): ChartOption {
  const { rows } = frame;
  const isOwn = frame.isOwn ?? (() => false);
  // On a phone the value axis is a few centimetres wide: drop the labels that would print over each other.
  const valueAxis = {
    ...frame.valueAxis,
    axisLabel: { hideOverlap: true, ...(frame.valueAxis.axisLabel as Record<string, unknown> | undefined) },
  };
  return {
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    animation: false,
    legend: { top: 0, data: [...frame.legend], textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 13 } },
    // Room above the top axis for reference-line labels.
    grid: { top: 84, bottom: frame.gridBottom, left: 8, right: 8 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      formatter: (params: unknown) => {
        const row = rows[tooltipDataIndex(params) ?? -1];
        return row ? frame.tooltip(row) : '';
      },
    },
    xAxis: [
      { ...valueAxis, position: 'top' },
      { ...valueAxis, position: 'bottom', splitLine: { show: false } },
    ],
    yAxis: [
      {
        type: 'category',
        inverse: true,
        data: rows.map((row) => axisText(frame.label(row), isOwn(row))),
        axisTick: { show: false },
        axisLabel: { interval: 0, fontSize: 12, color: '#1f2d3d' },
      },
      // The values as a column on the right, where bars and markers cannot cover them.
      {
        type: 'category',
        inverse: true,
        position: 'right',
        data: rows.map((row) => axisText(frame.valueText(row), isOwn(row))),
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { interval: 0, fontSize: 12, fontWeight: 600, color: '#1f2d3d' },
      },
    ],
  };
}
