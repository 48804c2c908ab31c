import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { formatInteger } from '../../i18n/format';
import { textOverview } from '../../i18n/vi-overview';
import { navigateTo } from '../../navigation/location-store';
import { isPlainLeftClick } from '../../navigation/routes';
import { BAND_LABELS } from '../../ui/status-band';
import { BandMark } from './BandBadge';
import { cellText, staleText } from './cell-text';
import {
  nextSort,
  type MatrixCell,
  type MatrixColumn,
  type MatrixRow,
  type RegionGroup,
  type SortState,
} from './overview-matrix';

const t = textOverview.matrix;

type MatrixTableProps = {
  rows: readonly MatrixRow[];
  /** Null: one list of rows; else the rows under their regions, each headed by the region's own figures. */
  groups: readonly RegionGroup[] | null;
  regionCount: number;
  columns: readonly MatrixColumn[];
  sort: SortState;
  onSort: (sort: SortState) => void;
  hrefOf: (column: MatrixColumn, code: string) => string;
  provinceHrefOf: (code: string) => string;
  caption: string;
};

type Position = { r: number; c: number };

/**
 * The table. Its links form one stop of the Tab key (a roving tab index): the arrow keys, Home and End move between
 * the cells, so a keyboard user does not tab through 600 links to get past it.
 */
export function MatrixTable(props: MatrixTableProps) {
  const { rows, groups, columns, sort, onSort, caption } = props;
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<Position>({ r: 0, c: 0 });
  const lastRow = rows.length - 1;
  const current = { r: Math.min(active.r, Math.max(lastRow, 0)), c: Math.min(active.c, columns.length) };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    const r = Number(target.dataset['r']);
    const c = Number(target.dataset['c']);
    if (Number.isNaN(r) || Number.isNaN(c)) return;
    const moves: Record<string, Position> = {
      ArrowRight: { r, c: Math.min(c + 1, columns.length) },
      ArrowLeft: { r, c: Math.max(c - 1, 0) },
      ArrowDown: { r: Math.min(r + 1, lastRow), c },
      ArrowUp: { r: Math.max(r - 1, 0), c },
      Home: { r: event.ctrlKey ? 0 : r, c: 0 },
      End: { r: event.ctrlKey ? lastRow : r, c: columns.length },
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    setActive(next);
    tableRef.current?.querySelector<HTMLElement>(`[data-r="${next.r}"][data-c="${next.c}"]`)?.focus();
  };

  // Row positions follow the order shown, groups included, so the arrow keys go where the eye does.
  const ordered = groups ? groups.flatMap((group) => group.rows) : rows;
  const position = new Map(ordered.map((row, index) => [row.province.code, index]));
  const body = (list: readonly MatrixRow[]) =>
    list.map((row) => (
      <ProvinceRow
        key={row.province.code}
        row={row}
        r={position.get(row.province.code) ?? 0}
        active={current}
        onFocusCell={setActive}
        {...props}
      />
    ));

  return (
    <table ref={tableRef} className="ov-matrix__table" onKeyDown={onKeyDown}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <SortHeader label={t.province} sortKey="province" sort={sort} onSort={onSort} className="ov-matrix__name" />
          {columns.map((column) => (
            <SortHeader
              key={column.key}
              label={column.label}
              title={column.title}
              sortKey={column.key}
              sort={sort}
              onSort={onSort}
            />
          ))}
        </tr>
      </thead>
      {groups ? (
        groups.map((group) => (
          <tbody key={group.summary.region} data-testid="overview-region-group" data-region={group.summary.region}>
            <RegionRow group={group} columns={columns} regionCount={props.regionCount} />
            {body(group.rows)}
          </tbody>
        ))
      ) : (
        <tbody>{body(rows)}</tbody>
      )}
    </table>
  );
}

type SortHeaderProps = {
  label: string;
  title?: string;
  sortKey: string;
  sort: SortState;
  onSort: (sort: SortState) => void;
  className?: string;
};

function SortHeader({ label, title, sortKey, sort, onSort, className }: SortHeaderProps) {
  const sorted = sort.key === sortKey ? sort.direction : undefined;
  return (
    <th scope="col" aria-sort={sorted ?? 'none'} className={className} title={title}>
      <button
        type="button"
        className="ov-sort"
        data-testid="overview-sort"
        data-column={sortKey}
        onClick={() => onSort(nextSort(sort, sortKey))}
      >
        <span className="ov-sort__label">{label}</span>
        <span className="ov-sort__arrow" aria-hidden="true">
          {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}

type ProvinceRowProps = MatrixTableProps & {
  row: MatrixRow;
  r: number;
  active: Position;
  onFocusCell: (position: Position) => void;
};

function ProvinceRow({ row, r, active, onFocusCell, columns, hrefOf, provinceHrefOf }: ProvinceRowProps) {
  const code = row.province.code;
  const link = (c: number, href: string, title: string, children: ReactNode, testId: string) => (
    <a
      href={href}
      className="ov-cell__link"
      title={title}
      tabIndex={active.r === r && active.c === c ? 0 : -1}
      data-r={r}
      data-c={c}
      data-testid={testId}
      onFocus={() => onFocusCell({ r, c })}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        if (!isPlainLeftClick(event)) return;
        event.preventDefault();
        navigateTo(href);
      }}
    >
      {children}
    </a>
  );
  return (
    <tr data-testid="overview-matrix-row" data-province-code={code}>
      <th scope="row" className="ov-matrix__name">
        {link(0, provinceHrefOf(code), t.openProvince, row.province.nameVi, 'overview-province-link')}
      </th>
      {columns.map((column, index) => {
        const cell = row.cells[column.key];
        const text = cellText(column, cell);
        const stale = staleText(cell);
        const band = cell?.state === 'VALUE' ? cell.band : null;
        const title = [t.cellTitle(row.province.nameVi, column.label, text), band ? BAND_LABELS[band] : null, stale]
          .concat(compositeNotes(cell))
          .filter(Boolean)
          .join(' · ');
        return (
          <td
            key={column.key}
            className={`ov-cell ov-cell--${band ?? 'none'}`}
            data-column={column.key}
            data-band={band ?? ''}
            data-stale={stale !== null}
          >
            {link(
              index + 1,
              hrefOf(column, code),
              title,
              <CellBody band={band} text={text} stale={stale} />,
              'overview-cell',
            )}
          </td>
        );
      })}
    </tr>
  );
}

function compositeNotes(cell: MatrixCell | undefined): string[] {
  if (!cell) return [];
  return [
    cell.missing > 0 ? t.missingParts(formatInteger(cell.missing)) : '',
    cell.staleParts > 0 ? t.staleParts(formatInteger(cell.staleParts)) : '',
  ];
}

function CellBody({ band, text, stale }: { band: MatrixCell['band']; text: string; stale: string | null }) {
  return (
    <>
      <span className="ov-cell__main">
        {band ? <BandMark band={band} /> : null}
        <span className="ov-cell__value">{text}</span>
      </span>
      {stale ? <span className="ov-cell__stale">{stale}</span> : null}
    </>
  );
}

function RegionRow({
  group,
  columns,
  regionCount,
}: {
  group: RegionGroup;
  columns: readonly MatrixColumn[];
  regionCount: number;
}) {
  const { summary } = group;
  return (
    <tr className="ov-region-row" data-testid="overview-region-row" data-region={summary.region}>
      <th scope="rowgroup" className="ov-matrix__name" title={t.regionTitle}>
        {t.regionRow(summary.regionName, formatInteger(summary.provinces))}
      </th>
      {columns.map((column) => {
        const cell = summary.cells[column.key];
        const band = cell?.state === 'VALUE' ? cell.band : null;
        return (
          <td
            key={column.key}
            className={`ov-cell ov-cell--${band ?? 'none'}`}
            data-column={column.key}
            data-region-rank={cell?.rank ?? ''}
          >
            <span className="ov-cell__main">
              {band ? <BandMark band={band} /> : null}
              <span className="ov-cell__value">{cellText(column, cell)}</span>
            </span>
            {cell?.rank ? (
              <span className="ov-cell__rank">
                {t.regionRank(formatInteger(cell.rank), formatInteger(regionCount))}
              </span>
            ) : null}
          </td>
        );
      })}
    </tr>
  );
}
