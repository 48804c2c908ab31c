// Pure builder: province late-payment rows → ECharts option for the horizontal bar chart of the ranked
// provinces, lowest ratio (rank 1) at the top, with the national ratio and the published references (2.91 %,
// 3.37 %) as lines. Two views: each bar coloured by its band against the band reference (the default), or
// stacked by arrears bucket, every part being the bucket's amount over the province's receivable, so the stack
// adds up to the province's ratio.
import { bucketName, referenceName } from '../../i18n/server-text';
import type { ArrearsBucketFigure, LatePaymentReference } from '../../api/fields';
import type { ArrearsBucket } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import type { ProvinceLatePayment } from './late-payment.queries';
import { CHART_FONT_FAMILY, type ChartOption } from '../../charts/chart-option';
import { ownBar, rankedBarFrame, rankedChartHeight } from '../../charts/ranked-bar-frame';
import { escapeHtml, tooltipLine } from '../../charts/tooltip';
import { formatInteger, formatPercent } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { RANK_CHANGE_COLOURS, rankChangeView } from '../../ui/rank-change';
import { formatAmountWithUnit, formatRatio } from './amounts';
import { BAND_COLOURS, BAND_DECALS, STATUS_BANDS, bandText } from '../../ui/status-band';
import { BUCKET_COLOURS, BUCKET_ORDER, bucketLabel } from './buckets';

export const NATIONAL_LINE_COLOUR = '#1c4e80';
export const REFERENCE_LINE_COLOUR = '#1f2d3d';

export type LatePaymentChartView = 'bands' | 'buckets';

export type LatePaymentBarInput = {
  provinces: readonly ProvinceLatePayment[];
  /** National figures' buckets: the labels of the legend. */
  buckets: readonly ArrearsBucketFigure[];
  nationalRatio: number | null;
  /** The month end the rank change compares with. */
  previousAsOf: IsoDate | null;
  /** The units ranked together (63, or 34): the tooltip says "Hạng 3/34". Default: the rows given. */
  unitCount?: number;
  /** The viewer's own province (a provincial director or officer): it stands out in the chart. */
  ownProvince?: string | null;
  /** The published national references, drawn as lines. */
  references?: readonly LatePaymentReference[];
  view?: LatePaymentChartView;
};

/** Provinces with a rank and a ratio, in rank order (ties keep the API's order). */
export function rankedProvinces(provinces: readonly ProvinceLatePayment[]): ProvinceLatePayment[] {
  return provinces
    .filter((row) => row.rank !== null && row.ratio !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
}

export function unrankedProvinces(provinces: readonly ProvinceLatePayment[]): ProvinceLatePayment[] {
  return provinces.filter((row) => row.rank === null || row.ratio === null);
}

/** A bucket's part of the province's ratio: its amount over the receivable; null when either is missing. */
export function bucketShare(row: ProvinceLatePayment, bucket: ArrearsBucket): number | null {
  const figure = row.buckets.find((b) => b.bucket === bucket);
  if (!figure || row.receivable <= 0) return null;
  return figure.amount / row.receivable;
}

/** Tall enough that every province name gets its own readable line. */
export const latePaymentChartHeight = rankedChartHeight;

/** A percentage axis label: "3%", or "2,5%" between whole percents. */
export function percentAxisLabel(value: number): string {
  const percent = value * 100;
  return formatPercent(value, Math.abs(percent - Math.round(percent)) < 1e-9 ? 0 : 1);
}

/** The axis end and tick step: whole percents up to 10%, 5% steps up to 50%, 10% steps beyond. */
export function ratioAxis(values: ReadonlyArray<number | null>): { max: number; interval: number } {
  const largest = Math.max(0, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const interval = largest <= 0.1 ? 0.01 : largest <= 0.5 ? 0.05 : 0.1;
  const steps = Math.floor(largest / interval + 1e-9) + 1;
  return { max: Number((steps * interval).toFixed(6)), interval };
}

export function toLatePaymentBarOption({
  provinces,
  buckets,
  nationalRatio,
  previousAsOf,
  unitCount = provinces.length,
  ownProvince = null,
  references = [],
  view = 'bands',
}: LatePaymentBarInput): ChartOption {
  const t = text.latePayment.chart;
  const ranked = rankedProvinces(provinces);
  const isOwn = (row: ProvinceLatePayment) => ownProvince !== null && row.province.code === ownProvince;
  const axis = ratioAxis([nationalRatio, ...references.map((r) => r.ratio), ...ranked.map((row) => row.ratio)]);
  const valueAxis = {
    type: 'value' as const,
    min: 0,
    max: axis.max,
    interval: axis.interval,
    axisLabel: { formatter: percentAxisLabel },
  };
  const nationalLine =
    nationalRatio === null
      ? []
      : [
          {
            name: t.national(formatRatio(nationalRatio)),
            xAxis: nationalRatio,
            lineStyle: { color: NATIONAL_LINE_COLOUR, width: 2, type: 'dashed' as const },
            label: {
              formatter: t.national(formatRatio(nationalRatio)),
              color: NATIONAL_LINE_COLOUR,
              position: 'start' as const,
              distance: 26,
              fontFamily: CHART_FONT_FAMILY,
              fontSize: 12,
              fontWeight: 600,
            },
          },
        ];

  // The references below the chart (the national line's label is above it), alternating ends so close lines
  // keep their labels apart.
  const referenceLines = references.map((reference, index) => ({
    name: t.reference(referenceName(reference), formatRatio(reference.ratio)),
    xAxis: reference.ratio,
    lineStyle: { color: REFERENCE_LINE_COLOUR, width: 1.5, type: 'dotted' as const },
    label: {
      formatter: t.reference(referenceName(reference), formatRatio(reference.ratio)),
      color: REFERENCE_LINE_COLOUR,
      position: 'end' as const,
      distance: index % 2 === 0 ? 8 : 26,
      fontFamily: CHART_FONT_FAMILY,
      fontSize: 12,
    },
  }));
  const lines = [...nationalLine, ...referenceLines];
  const markLine = lines.length > 0 ? { markLine: { silent: true, symbol: 'none', data: lines } } : {};
  const series =
    view === 'bands'
      ? STATUS_BANDS.map((band, i) => ({
          name: bandText(band),
          type: 'bar' as const,
          stack: 'ratio',
          barMaxWidth: 16,
          itemStyle: { color: BAND_COLOURS[band], ...(BAND_DECALS[band] ? { decal: BAND_DECALS[band] } : {}) },
          data: ranked.map((row) => (row.band === band ? ownBar(row.ratio ?? '-', isOwn(row)) : '-')),
          ...(i === 0 ? markLine : {}),
        }))
      : BUCKET_ORDER.map((bucket, i) => ({
          name: bucketLabel(buckets, bucket),
          type: 'bar' as const,
          stack: 'ratio',
          barMaxWidth: 16,
          itemStyle: { color: BUCKET_COLOURS[bucket] },
          data: ranked.map((row) => ownBar(bucketShare(row, bucket) ?? '-', isOwn(row))),
          ...(i === 0 ? markLine : {}),
        }));

  return {
    ...rankedBarFrame({
      rows: ranked,
      label: (row) => `${row.rank ?? ''}. ${row.province.nameVi}`,
      valueText: (row) => formatRatio(row.ratio),
      tooltip: (row) => tooltipHtml(row, previousAsOf, unitCount, isOwn(row)),
      isOwn,
      legend:
        view === 'bands'
          ? STATUS_BANDS.map((band) => bandText(band))
          : BUCKET_ORDER.map((bucket) => bucketLabel(buckets, bucket)),
      valueAxis,
      gridBottom: references.length > 0 ? 64 : 40,
    }),
    series,
  };
}

function tooltipHtml(row: ProvinceLatePayment, previousAsOf: IsoDate | null, unitCount: number, own: boolean): string {
  const t = text.latePayment.tooltip;
  const change = rankChangeView({ ...row, previousReportDate: previousAsOf }, text.latePayment.rankChange);
  const rank = row.rank === null ? '' : `${formatInteger(row.rank)}/${formatInteger(unitCount)}`;
  const lines = [
    own ? `<div style="font-weight:700;margin-bottom:2px">★ ${escapeHtml(text.scope.ownProvince)}</div>` : '',
    `<div style="font-weight:600;margin-bottom:4px">${escapeHtml(row.province.nameVi)} · ${t.rank} ${rank}${row.band ? ` · ${escapeHtml(bandText(row.band))}` : ''}</div>`,
    tooltipLine(
      text.rankChange.tooltipLabel,
      `<span style="color:${RANK_CHANGE_COLOURS[change.tone]}">${escapeHtml(change.text)}</span>`,
    ),
    `<div style="color:#5b6b7c;font-size:12px;margin-bottom:4px">${escapeHtml(change.title)}</div>`,
    tooltipLine(t.ratio, formatRatio(row.ratio)),
  ];
  for (const bucket of BUCKET_ORDER) {
    const figure = row.buckets.find((b) => b.bucket === bucket);
    const share = bucketShare(row, bucket);
    lines.push(
      tooltipLine(
        `<span style="color:${BUCKET_COLOURS[bucket]}">■</span> ${escapeHtml(figure ? bucketName(figure) : bucket)}`,
        `${formatAmountWithUnit(figure?.amount)} (${formatRatio(share)})`,
      ),
    );
  }
  lines.push(
    tooltipLine(t.overdue, formatAmountWithUnit(row.overdue)),
    tooltipLine(t.receivable, formatAmountWithUnit(row.receivable)),
    tooltipLine(t.employers, `${formatInteger(row.employersInArrears)}/${formatInteger(row.employers)}`),
  );
  return lines.join('');
}
