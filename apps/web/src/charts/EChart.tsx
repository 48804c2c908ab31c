// The one ECharts wrapper. The library (charts/echarts-runtime.ts) is loaded when a chart first draws, in its own
// chunk: the page around the chart, its figures and its table, do not wait for it. The box keeps its height from
// the start, so nothing moves when the chart arrives.
import { useEffect, useRef } from 'react';
import type { EChartsType } from 'echarts/core';
import type { ChartOption } from './chart-option';

type EChartProps = {
  option: ChartOption;
  height: number;
  ariaLabel: string;
  testId?: string;
  /** Called once the chart is drawn the first time, to listen to its events (a click on a province). */
  onInit?: (chart: EChartsType) => void;
  /** More of ECharts this chart needs (the map series and geometry), loaded with the library. */
  load?: () => Promise<unknown>;
};

export function EChart({ option, height, ariaLabel, testId, onInit, load }: EChartProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const optionRef = useRef(option);
  const onInitRef = useRef(onInit);
  const loadRef = useRef(load);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let chart: EChartsType | undefined;
    const onResize = () => chart?.resize();

    // Canvas text does not re-render when a web font arrives later, so wait for the faces
    // (including the Vietnamese subset) before the first paint.
    void Promise.all([import('./echarts-runtime'), loadRef.current?.(), loadChartFonts()]).then(([runtime]) => {
      if (cancelled) return;
      chart = runtime.init(container, null, { renderer: 'canvas' });
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
