// The frame both ranked bar charts share (Xếp hạng tỉnh, Chậm đóng): one row per ranked province, names with
// their rank on the left, the value of each row as a column on the right, the value axis at top and bottom,
// a legend and an axis tooltip. Each chart adds its series.
import { CHART_FONT_FAMILY, type ChartOption } from './chart-option';
import { tooltipDataIndex } from './tooltip';

const ROW_HEIGHT_PX = 22;
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
};

export function rankedBarFrame<Row>(frame: RankedBarFrame<Row>): ChartOption {
  const { rows, valueAxis } = frame;
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
        data: rows.map(frame.label),
        axisTick: { show: false },
        axisLabel: { interval: 0, fontSize: 12, color: '#1f2d3d' },
      },
      // The values as a column on the right, where bars and markers cannot cover them.
      {
        type: 'category',
        inverse: true,
        position: 'right',
        data: rows.map(frame.valueText),
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { interval: 0, fontSize: 12, fontWeight: 600, color: '#1f2d3d' },
      },
    ],
  };
}
