// Option type and shared text style for charts; kept apart from EChart.tsx so the pure option
// builders do not load ECharts or React.
import type { BarSeriesOption, LineSeriesOption, MapSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/**
 * Only the series and components registered in EChart.tsx, and the map series the overview registers with its map
 * (features/overview/OverviewMap.tsx), so that the map's code and geometry load with that page only.
 */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | MapSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | TooltipComponentOption
>;

export const CHART_FONT_FAMILY = "'Be Vietnam Pro', system-ui, sans-serif";
