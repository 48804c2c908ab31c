import type { SparkPoint } from './national-trend';

const WIDTH = 200;
const HEIGHT = 34;
/** The smallest range drawn, so that a figure steady within a point does not look like a plunge. */
const MIN_SPAN = 0.1;
const PAD = 3;

type SparklineProps = {
  points: readonly SparkPoint[];
  /** The values in words, for screen readers (and as the tooltip). */
  label: string;
};

/** A small line of the national figure over the report dates, its reference dashed; the last point marked. */
export function Sparkline({ points, label }: SparklineProps) {
  const values = points.flatMap((p) => [p.reference, ...(p.figure === null ? [] : [p.figure])]);
  if (points.length === 0 || values.length === 0) return null;
  const middle = (Math.max(...values) + Math.min(...values)) / 2;
  const span = Math.max(Math.max(...values) - Math.min(...values), MIN_SPAN);
  const min = middle - span / 2;
  const x = (index: number) =>
    points.length === 1 ? WIDTH / 2 : PAD + (index * (WIDTH - 2 * PAD)) / (points.length - 1);
  const y = (value: number) => HEIGHT - PAD - ((value - min) * (HEIGHT - 2 * PAD)) / span;
  const line = (pick: (p: SparkPoint) => number | null) =>
    points
      .map((p, i) => ({ value: pick(p), i }))
      .filter((p): p is { value: number; i: number } => p.value !== null)
      .map(({ value, i }) => `${x(i).toFixed(1)},${y(value).toFixed(1)}`)
      .join(' ');
  const last = points.length - 1;
  const lastFigure = points[last]?.figure ?? null;

  return (
    <svg
      className="ov-sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
      data-testid="overview-sparkline"
    >
      <title>{label}</title>
      <polyline
        className="ov-sparkline__reference"
        points={line((p) => p.reference)}
        vectorEffect="non-scaling-stroke"
      />
      <polyline className="ov-sparkline__figure" points={line((p) => p.figure)} vectorEffect="non-scaling-stroke" />
      {lastFigure !== null ? (
        <circle
          className="ov-sparkline__last"
          cx={x(last)}
          cy={y(lastFigure)}
          r={2.5}
          vectorEffect="non-scaling-stroke"
        />
      ) : null}
    </svg>
  );
}
