// The one ECharts wrapper. A chart is drawn when its box comes near the window, and the library
// (charts/echarts-runtime.ts, its own chunk) is loaded then: the page around it, its figures and its table do not
// wait for it, and a phone that never scrolls to the map never downloads or runs it. The box keeps its height from
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
    let drawn: Promise<void> | undefined;
    const draw = () =>
      (drawn ??= Promise.all([import('./echarts-runtime'), loadRef.current?.(), loadChartFonts()]).then(([runtime]) => {
        if (cancelled) return;
        chart = runtime.init(container, null, { renderer: 'canvas' });
        onInitRef.current?.(chart);
        chart.setOption(optionRef.current);
        chartRef.current = chart;
        window.addEventListener('resize', onResize);
      }));
    const near = whenNearWindow(container, () => void draw());
    WAITING.add(draw);

    return () => {
      cancelled = true;
      WAITING.delete(draw);
      near.disconnect();
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
    <div
      ref={containerRef}
      role="img"
      aria-label={ariaLabel}
      data-testid={testId}
      data-echart=""
      style={{ width: '100%', height }}
    />
  );
}

/** The draw of every chart on the page, drawn or not yet. */
const WAITING = new Set<() => Promise<void>>();

/** Draws every chart of the page, near the window or not, before printing it (the print button). */
export async function drawAllCharts(): Promise<void> {
  await Promise.all([...WAITING].map((draw) => draw()));
  // One frame for the canvases to paint.
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** Runs `then` once the element is within half a screen of the window (at once where that cannot be known). */
function whenNearWindow(element: Element, then: () => void): { disconnect: () => void } {
  if (typeof IntersectionObserver === 'undefined') {
    then();
    return { disconnect: () => undefined };
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      then();
    },
    { rootMargin: '50% 0px' },
  );
  observer.observe(element);
  return observer;
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
