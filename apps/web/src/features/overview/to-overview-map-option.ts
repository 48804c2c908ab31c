// The choropleth of the overview: each province filled with the colour (and pattern) of its band on the chosen
// column, Hoàng Sa and Trường Sa drawn in a neutral colour with their names. Pure: the option only.
import type { StatusBand, UnitSet } from '@scorecard/domain';
import type { MapSeriesOption } from 'echarts/charts';
import { CHART_FONT_FAMILY, type ChartOption } from '../../charts/chart-option';
import { escapeHtml, tooltipLine } from '../../charts/tooltip';
import { textOverview } from '../../i18n/vi-overview';
import { BAND_COLOURS, BAND_DECALS, bandText } from '../../ui/status-band';
import {
  ARCHIPELAGO_CODES,
  ARCHIPELAGO_LABEL_PLACES,
  ARCHIPELAGO_NAMES,
  VIETNAM_MAPS,
  type ArchipelagoCode,
  type LabelPlace,
} from './map/vietnam-map-names';
import type { MatrixColumn, MatrixRow } from './overview-matrix';

export const MAP_COLOURS = {
  noData: '#d5dbe1',
  archipelago: '#8d99a6',
  border: '#ffffff',
  hoverBorder: '#1f2d3d',
  label: '#1f2d3d',
} as const;

/** Vietnam spans about 8°N to 23°N: one degree of longitude is about cos(16°) ≈ 0,96 of one of latitude. */
const ASPECT_SCALE = 0.96;

export type MapInput = {
  /** The units the rows are of: the map drawn is that set's (its geometry must be registered, map-runtime.ts). */
  unitSet: UnitSet;
  rows: readonly MatrixRow[];
  column: MatrixColumn;
  /** The cell's figure as the matrix writes it, e.g. "98,5%". */
  formatValue: (value: number) => string;
  /** What a cell without a figure says (chưa báo cáo, không có chỉ tiêu, …). */
  describeMissing: (row: MatrixRow) => string;
  /** The stale note of a cell ("số liệu ngày 15/10"), or null. */
  staleNote: (row: MatrixRow) => string | null;
};

type MapDatum = NonNullable<MapSeriesOption['data']>[number] & object;

type ProvinceDatum = MapDatum & {
  name: string;
  band: StatusBand | null;
  provinceName: string;
  text: string;
  note: string | null;
};

export function toOverviewMapOption({
  unitSet,
  rows,
  column,
  formatValue,
  describeMissing,
  staleNote,
}: MapInput): ChartOption {
  const t = textOverview.map;
  const provinces: ProvinceDatum[] = rows.map((row) => {
    const cell = row.cells[column.key];
    const band = cell?.state === 'VALUE' ? cell.band : null;
    const decal = band ? BAND_DECALS[band] : undefined;
    const areaColor = band ? BAND_COLOURS[band] : MAP_COLOURS.noData;
    return {
      name: row.province.code,
      value: cell?.value ?? '-',
      band,
      provinceName: row.province.nameVi,
      text: cell?.state === 'VALUE' && cell.value !== null ? formatValue(cell.value) : describeMissing(row),
      note: staleNote(row),
      itemStyle: { areaColor, ...(decal ? { decal } : {}) },
      // Hovering outlines the province and keeps its colour.
      emphasis: { itemStyle: { areaColor } },
    };
  });
  const archipelagos = ARCHIPELAGO_CODES.map((code): MapDatum => ({
    name: code,
    value: '-',
    itemStyle: { areaColor: MAP_COLOURS.archipelago },
    emphasis: { itemStyle: { areaColor: MAP_COLOURS.archipelago } },
  }));
  // The names are marks at a place beside each group (below Hoàng Sa, above Trường Sa, out at sea), not labels at
  // its centre, so that at any size they cover neither the islands nor the coast.
  const names = ARCHIPELAGO_CODES.map((code) => {
    const place = archipelagoLabelPlace(code);
    return {
      name: code,
      coord: place.coord,
      symbolSize: 0,
      label: {
        show: true,
        position: place.position,
        distance: 4,
        formatter: t.archipelagoLabels[code] ?? code,
        color: MAP_COLOURS.label,
        fontSize: 11,
        lineHeight: 13,
        fontFamily: CHART_FONT_FAMILY,
        align: 'center' as const,
      },
    };
  });

  const series: MapSeriesOption = {
    type: 'map',
    map: VIETNAM_MAPS[unitSet],
    nameProperty: 'code',
    roam: false,
    aspectScale: ASPECT_SCALE,
    // Room around the archipelagos for their names.
    left: 8,
    right: 40,
    top: 8,
    bottom: 8,
    selectedMode: false,
    label: { show: false },
    itemStyle: { areaColor: MAP_COLOURS.noData, borderColor: MAP_COLOURS.border, borderWidth: 0.6 },
    emphasis: {
      label: { show: false },
      itemStyle: { borderColor: MAP_COLOURS.hoverBorder, borderWidth: 1.5 },
    },
    data: [...provinces, ...archipelagos],
    markPoint: { silent: true, animation: false, data: names },
  };

  return {
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (params: unknown) => {
        const datum = (params as { data?: Partial<ProvinceDatum> & { name?: string } }).data;
        const code = datum?.name ?? '';
        if ((ARCHIPELAGO_CODES as readonly string[]).includes(code))
          return `<b>${escapeHtml(ARCHIPELAGO_NAMES[code as ArchipelagoCode])}</b><br>${escapeHtml(t.archipelagoTooltip)}`;
        if (!datum?.provinceName) return '';
        const lines = [
          `<b>${escapeHtml(datum.provinceName)}</b>`,
          tooltipLine(escapeHtml(column.label), escapeHtml(datum.text ?? '')),
        ];
        if (datum.band) lines.push(tooltipLine('', escapeHtml(bandText(datum.band))));
        if (datum.note) lines.push(`<i>${escapeHtml(datum.note)}</i>`);
        return lines.join('');
      },
    },
    series: [series],
  };
}

/** Where an archipelago's name goes (map/vietnam-map-names.ts). */
export function archipelagoLabelPlace(code: string): LabelPlace {
  return ARCHIPELAGO_LABEL_PLACES[code as ArchipelagoCode];
}
