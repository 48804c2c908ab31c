// The one ECharts wrapper. Registers only the charts and components the app uses, so the bundle
// stays small (a full `echarts` import is ~445 kB gzipped).
import { useEffect, useRef } from 'react';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { init, use, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartOption } from './chart-option';

use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

type EChartProps = {
  option: ChartOption;
  height: number;
  ariaLabel: string;
  testId?: string;
  /** Called once the chart is drawn the first time, to listen to its events (a click on a province). */
  onInit?: (chart: EChartsType) => void;
};

export function EChart({ option, height, ariaLabel, testId, onInit }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const optionRef = useRef(option);
  const onInitRef = useRef(onInit);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let chart: EChartsType | undefined;
    const onResize = () => chart?.resize();

    // Canvas text does not re-render when a web font arrives later, so wait for the faces
    // (including the Vietnamese subset) before the first paint.
    void loadChartFonts().then(() => {
      if (cancelled) return;
      chart = init(container, null, { renderer: 'canvas' });
      onInitRef.current?.(chart);
      chart.setOption(optionRef.current);
      chartRef.current = chart;
      window.addEventListener('resize', onResize);
    });

    return () => {
      cancelled = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    optionRef.current = option;
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chartRef.current?.resize();
  }, [height]);

  return (
    <div ref={containerRef} role="img" aria-label={ariaLabel} data-testid={testId} style={{ width: '100%', height }} />
  );
}

const FONT_SAMPLE = 'Hà Nội Đắk Lắk Thừa Thiên Huế 0123456789%';
const FONT_WAIT_MS = 3000;

function loadChartFonts(): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve();
  const faces = Promise.all([
    document.fonts.load(`400 12px 'Be Vietnam Pro'`, FONT_SAMPLE),
    document.fonts.load(`600 12px 'Be Vietnam Pro'`, FONT_SAMPLE),
  ]).then(
    () => undefined,
    // A font that fails to load only changes the typeface; the chart still renders.
    () => undefined,
  );
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, FONT_WAIT_MS));
  return Promise.race([faces, timeout]);
}
