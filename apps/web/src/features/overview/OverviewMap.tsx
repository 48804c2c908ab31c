import type { UnitSet } from '@scorecard/domain';
import type { EChartsType } from 'echarts/core';
import { useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import { EChart } from '../../charts/EChart';
import { formatInteger } from '../../i18n/format';
import { textOverview } from '../../i18n/vi-overview';
import { navigateTo } from '../../navigation/location-store';
import { BAND_COLOURS, STATUS_BANDS, bandText } from '../../ui/status-band';
import { cellText, formatCellValue, staleText } from './cell-text';
import { ARCHIPELAGO_CODES } from './map/vietnam-map-names';
import type { MatrixColumn, MatrixRow } from './overview-matrix';
import { MAP_COLOURS, toOverviewMapOption } from './to-overview-map-option';

/** The map series and the map of the unit set, installed when the map first draws (map/map-runtime.ts). */
const mapRuntimeOf = (unitSet: UnitSet) => () =>
  import('./map/map-runtime').then((runtime) => runtime.loadVietnamMap(unitSet));

export const MAP_HEIGHT = 500;

/**
 * Two places and their pixels on the drawn map, written on the container after each draw: the projection is linear
 * in longitude and latitude, so a test (or any tool) can find the pixel of a place and click it.
 */
const GEO_PROBES: readonly [number, number][] = [
  [104, 10],
  [108, 22],
];

type OverviewMapProps = {
  /** The units the rows are of, and so the map drawn: the 63 provinces or the 34 units of 2025. */
  unitSet: UnitSet;
  /** How many units the set has (the API's unitCount): the map's text alternative names it. */
  unitCount: number;
  rows: readonly MatrixRow[];
  columns: readonly MatrixColumn[];
  column: MatrixColumn;
  onColumn: (key: string) => void;
  /** Where a click on a province goes. */
  hrefOf: (column: MatrixColumn, code: string) => string;
  /** The id of the matrix's scroll box: the map's data as text. */
  matrixId: string;
};

/** The choropleth: provinces coloured by their band on the chosen column; a click opens the province. */
export function OverviewMap({
  unitSet,
  unitCount,
  rows,
  columns,
  column,
  onColumn,
  hrefOf,
  matrixId,
}: OverviewMapProps) {
  const t = textOverview.map;
  const option = useMemo(
    () =>
      toOverviewMapOption({
        unitSet,
        rows,
        column,
        formatValue: (value) => formatCellValue(column, value),
        describeMissing: (row) => cellText(column, row.cells[column.key]),
        staleNote: (row) => staleText(row.cells[column.key]),
      }),
    [unitSet, rows, column],
  );
  // The click handler is registered once; it reads the current column and date through the ref.
  const clickRef = useRef<(code: string) => void>(() => undefined);
  useLayoutEffect(() => {
    clickRef.current = (code) => navigateTo(hrefOf(column, code));
  });

  const onInit = (chart: EChartsType) => {
    chart.on('click', (params) => {
      const code = typeof params.name === 'string' ? params.name : '';
      if (code && !(ARCHIPELAGO_CODES as readonly string[]).includes(code)) clickRef.current(code);
    });
    chart.on('finished', () => {
      const probes = GEO_PROBES.map((geo) => [...geo, ...(chart.convertToPixel({ seriesIndex: 0 }, [...geo]) ?? [])]);
      chart.getDom().setAttribute('data-geo-to-pixel', JSON.stringify(probes));
    });
  };

  const counts = STATUS_BANDS.map((band) => ({
    band,
    count: rows.filter((row) => row.cells[column.key]?.state === 'VALUE' && row.cells[column.key]?.band === band)
      .length,
  }));
  const noData = rows.length - counts.reduce((sum, c) => sum + c.count, 0);

  const toMatrix = (event: MouseEvent<HTMLAnchorElement>) => {
    const box = document.getElementById(matrixId);
    if (!box) return;
    event.preventDefault();
    box.scrollIntoView({ block: 'start' });
    box.focus({ preventScroll: true });
  };

  return (
    <section className="panel ov-map" aria-labelledby="overview-map-title" data-testid="overview-map-panel">
      <div className="ov-map__head">
        <h2 id="overview-map-title" className="panel__title">
          {t.title}
        </h2>
        <label className="ov-map__choice">
          <span>{t.colourBy}</span>
          <select
            data-testid="overview-map-column"
            value={column.key}
            onChange={(event) => onColumn(event.target.value)}
          >
            {columns.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="ov-map__text-link">
        <a href={`#${matrixId}`} onClick={toMatrix} data-testid="overview-map-table-link">
          {t.tableLink}
        </a>{' '}
        <span className="ov-muted">
          {t.tableLinkDetail} {t.clickHint}
        </span>
      </p>
      <div className="ov-map__chart" data-testid="overview-map" data-column={column.key} data-unit-set={unitSet}>
        {/* EChart loads its extras once, at its first draw: another unit set draws a new chart, with its own map. */}
        <EChart
          key={unitSet}
          option={option}
          height={MAP_HEIGHT}
          ariaLabel={t.ariaLabel(column.label, formatInteger(unitCount))}
          onInit={onInit}
          load={mapRuntimeOf(unitSet)}
        />
      </div>
      <ul className="ov-legend" aria-label={t.legend}>
        {counts.map(({ band, count }) => (
          <li key={band} className="ov-legend__item">
            <span
              className={`ov-legend__swatch ov-legend__swatch--${band}`}
              style={{ backgroundColor: BAND_COLOURS[band] }}
            />
            {bandText(band)}: {t.count(formatInteger(count))}
          </li>
        ))}
        <li className="ov-legend__item">
          <span className="ov-legend__swatch" style={{ backgroundColor: MAP_COLOURS.noData }} />
          {t.noData}: {t.count(formatInteger(noData))}
        </li>
        <li className="ov-legend__item">
          <span className="ov-legend__swatch" style={{ backgroundColor: MAP_COLOURS.archipelago }} />
          {t.archipelago}
        </li>
      </ul>
      <p className="ov-map__credit" data-testid="overview-map-credit">
        {t.credit}
      </p>
    </section>
  );
}
