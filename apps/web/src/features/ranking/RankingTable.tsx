import { metricUnit, regionName } from '../../i18n/server-text';
import type { ReactNode } from 'react';
import type { Metric, ProvinceAttainment } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import { MISSING, formatDate, formatPace, formatPercent, formatQuantity } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { AppLink } from '../../navigation/AppLink';
import { provinceHref, type PlanScope } from '../../navigation/links';
import { OnTrackBadge } from '../../ui/OnTrackBadge';
import { OwnProvinceTag } from '../../ui/OwnProvinceTag';
import { PendingFigure } from '../../ui/PendingFigure';
import { RankChange } from '../../ui/RankChange';
import { TableScroll } from '../../ui/TableScroll';
import { orderForTable } from './ranking-rows';

type RankingTableProps = {
  rows: readonly ProvinceAttainment[];
  metric: Metric;
  basisLabel: string;
  asOf: IsoDate;
  /** The plan and unit set the province links keep. */
  scope: PlanScope;
  /** The viewer's own province among the rows (null: none, or the rows are of another unit set). */
  ownProvince: string | null;
  /** Beside the title: the export buttons. */
  actions?: ReactNode;
};

const t = text.ranking.table;

export function RankingTable({ rows, metric, basisLabel, asOf, scope, ownProvince, actions }: RankingTableProps) {
  const ordered = orderForTable(rows);
  return (
    <section className="panel" aria-labelledby="ranking-table-title">
      <div className="panel__head">
        <h2 id="ranking-table-title" className="panel__title">
          {t.caption} <span className="panel__subtitle">({text.common.unit(metricUnit(metric))})</span>
        </h2>
        {actions}
      </div>
      <TableScroll labelledBy="ranking-table-title">
        <table className="ranking-table">
          <thead>
            <tr>
              <th scope="col" className="num" title={`${text.ranking.controls.basis}: ${basisLabel}`}>
                {t.rank}
              </th>
              <th scope="col" className="num ranking-table__nowrap-head" title={text.rankChange.columnTitle}>
                {text.rankChange.column}
              </th>
              <th scope="col">{t.province}</th>
              <th scope="col">{t.region}</th>
              <th scope="col" className="num">
                {t.target}
              </th>
              <th scope="col" className="num">
                {t.targetToDate}
              </th>
              <th scope="col" className="num">
                {t.actual}
              </th>
              <th scope="col" className="num">
                {t.attainmentToDate}
              </th>
              <th scope="col" className="num">
                {t.attainmentOfPeriod}
              </th>
              <th scope="col">{t.onTrack}</th>
              <th scope="col" className="num">
                {t.requiredPacePerDay}
              </th>
              <th scope="col" className="num">
                {t.projectedAttainment}
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((row) => (
              <RankingTableRow
                key={row.province.code}
                row={row}
                asOf={asOf}
                scope={scope}
                own={row.province.code === ownProvince}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

type RankingTableRowProps = { row: ProvinceAttainment; asOf: IsoDate; scope: PlanScope; own: boolean };

function RankingTableRow({ row, asOf, scope, own }: RankingTableRowProps) {
  const classes = [row.rank === null ? 'ranking-table__row--unranked' : '', own ? 'ranking-table__row--own' : ''];
  return (
    <tr
      data-testid="ranking-row"
      data-rank={row.rank ?? undefined}
      data-province-code={row.province.code}
      data-status={row.status}
      aria-current={own ? 'true' : undefined}
      className={classes.filter(Boolean).join(' ') || undefined}
    >
      <td className="num ranking-table__rank">{row.rank ?? MISSING}</td>
      <td className="num ranking-table__change">
        <RankChange row={row} />
      </td>
      <th scope="row" className="ranking-table__province">
        <AppLink href={provinceHref(row.province.code, asOf, null, scope)} className="province-link">
          {row.province.nameVi}
        </AppLink>
        {own ? <OwnProvinceTag /> : null}
      </th>
      <td className="ranking-table__region">{regionName(row.province)}</td>
      <td className="num">{formatQuantity(row.target)}</td>
      <td className="num">{formatQuantity(row.targetToDate)}</td>
      <td className="num" title={row.reportDate ? t.reportDate(formatDate(row.reportDate)) : undefined}>
        {formatQuantity(row.actual)}
        <PendingFigure pending={row.pending} />
      </td>
      <td className="num">{formatPercent(row.attainmentToDate)}</td>
      <td className="num">{formatPercent(row.attainmentOfPeriod)}</td>
      <td>
        <OnTrackBadge row={row} />
      </td>
      <td className="num">{formatPace(row.requiredPacePerDay, text.common.paceDone)}</td>
      <td className="num">{formatPercent(row.projectedAttainment)}</td>
    </tr>
  );
}
