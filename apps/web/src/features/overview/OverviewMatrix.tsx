import { useId, useMemo, useState } from 'react';
import { formatInteger } from '../../i18n/format';
import { textOverview } from '../../i18n/vi-overview';
import { MatrixTable } from './MatrixTable';
import {
  COMPOSITE_COLUMN,
  groupByRegion,
  regionSummaries,
  sortRows,
  type MatrixColumn,
  type MatrixRow,
  type RegionContext,
  type SortState,
} from './overview-matrix';
import { matchesProvince } from './province-search';

const t = textOverview.matrix;

type OverviewMatrixProps = {
  rows: readonly MatrixRow[];
  columns: readonly MatrixColumn[];
  regionContext: RegionContext;
  /** Where a cell goes: the province's page at the column's metric and the date. */
  hrefOf: (column: MatrixColumn, code: string) => string;
  provinceHrefOf: (code: string) => string;
  /** The id of the scroll box, the target of the map's "Xem dạng bảng". */
  boxId: string;
  caption: string;
  /** How many units the set has (the API's unitCount): the title names it. */
  unitCount: number;
};

/** "Bảng tổng hợp 63 tỉnh" (or 34): every unit on every column, searchable, sortable and groupable by region. */
export function OverviewMatrix({
  rows,
  columns,
  regionContext,
  hrefOf,
  provinceHrefOf,
  boxId,
  caption,
  unitCount,
}: OverviewMatrixProps) {
  const [query, setQuery] = useState('');
  const [grouped, setGrouped] = useState(false);
  // Best first on the composite score: who is ahead overall.
  const [sort, setSort] = useState<SortState>({ key: COMPOSITE_COLUMN, direction: 'descending' });
  const searchId = useId();
  const countId = useId();

  const summaries = useMemo(() => regionSummaries(rows, columns, regionContext), [rows, columns, regionContext]);
  const visible = useMemo(
    () =>
      sortRows(
        rows.filter((row) => matchesProvince(row.province, query)),
        sort,
      ),
    [rows, query, sort],
  );
  const groups = useMemo(
    () => (grouped ? groupByRegion(visible, summaries, sort) : null),
    [grouped, visible, summaries, sort],
  );

  return (
    <section className="panel ov-matrix" aria-labelledby="overview-matrix-title" data-testid="overview-matrix">
      <h2 id="overview-matrix-title" className="panel__title">
        {t.title(formatInteger(unitCount))}
      </h2>
      <div className="ov-matrix__tools controls">
        <label className="controls__field" htmlFor={searchId}>
          <span className="controls__label">{t.search}</span>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder={t.searchPlaceholder}
            aria-describedby={countId}
            autoComplete="off"
            data-testid="overview-search"
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
        <label className="ov-matrix__group">
          <input
            type="checkbox"
            checked={grouped}
            data-testid="overview-group-by-region"
            onChange={(event) => setGrouped(event.target.checked)}
          />
          {t.groupByRegion}
        </label>
        <p id={countId} className="ov-matrix__count" aria-live="polite">
          {t.searchResult(formatInteger(visible.length), formatInteger(rows.length))}
        </p>
      </div>
      <p className="ov-muted ov-matrix__hint">{t.keyboardHint}</p>
      {visible.length === 0 ? <p className="panel__empty">{t.searchNone(query)}</p> : null}
      <div
        id={boxId}
        className="ov-matrix__box"
        role="region"
        aria-label={t.scrollLabel(formatInteger(unitCount))}
        tabIndex={0}
        data-testid="overview-matrix-box"
      >
        <MatrixTable
          rows={visible}
          groups={groups}
          regionCount={summaries.length}
          columns={columns}
          sort={sort}
          onSort={setSort}
          hrefOf={hrefOf}
          provinceHrefOf={provinceHrefOf}
          caption={caption}
        />
      </div>
    </section>
  );
}
