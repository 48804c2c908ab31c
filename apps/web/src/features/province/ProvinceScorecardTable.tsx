import { metricName, metricUnit } from '../../i18n/server-text';
import type { ReactNode } from 'react';
import type { Metric, ProvinceAttainment } from '../../api/fields';
import { MISSING, formatDate, formatInteger, formatPace, formatPercent, formatQuantity } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { OnTrackBadge } from '../../ui/OnTrackBadge';
import { PendingFigure } from '../../ui/PendingFigure';
import { RankChange } from '../../ui/RankChange';
import { TableScroll } from '../../ui/TableScroll';
import { orderByCatalogue } from './scorecard-rows';

type ProvinceScorecardTableProps = {
  rows: readonly ProvinceAttainment[];
  metrics: readonly Metric[];
  total: number;
  /** Beside the title: the export buttons. */
  actions?: ReactNode;
};

const t = text.province.scorecard;

export function ProvinceScorecardTable({ rows, metrics, total, actions }: ProvinceScorecardTableProps) {
  const ordered = orderByCatalogue(rows, metrics);
  return (
    <section className="panel" aria-labelledby="province-scorecard-title">
      <div className="panel__head">
        <h2 id="province-scorecard-title" className="panel__title">
          {t.title}
        </h2>
        {actions}
      </div>
      <TableScroll labelledBy="province-scorecard-title">
        <table className="ranking-table scorecard-table">
          <thead>
            <tr>
              <th scope="col">{t.metric}</th>
              <th scope="col" className="num" title={t.rankTitle(formatInteger(total))}>
                {t.rank}
              </th>
              <th scope="col" className="num ranking-table__nowrap-head" title={text.rankChange.columnTitle}>
                {text.rankChange.column}
              </th>
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
                {t.pacePerDay}
              </th>
              <th scope="col" className="num">
                {t.pacePerMonth}
              </th>
              <th scope="col" className="num">
                {t.projected}
              </th>
              <th scope="col" className="num ranking-table__nowrap-head">
                {t.reportDate}
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map(({ row, metric }) => (
              <ScorecardRow key={row.metric} row={row} metric={metric} />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function ScorecardRow({ row, metric }: { row: ProvinceAttainment; metric: Metric | undefined }) {
  return (
    <tr data-testid="province-metric-row" data-metric={row.metric} data-status={row.status}>
      <th scope="row" className="scorecard-table__metric">
        {metric ? metricName(metric) : row.metric}
        {metric ? <span className="scorecard-table__unit">{text.common.unit(metricUnit(metric))}</span> : null}
      </th>
      <td className="num ranking-table__rank">
        {row.rank === null ? MISSING : t.rankOf(formatInteger(row.rank), formatInteger(row.unitCount))}
      </td>
      <td className="num">
        <RankChange row={row} />
      </td>
      <td className="num">{formatQuantity(row.target)}</td>
      <td className="num">{formatQuantity(row.targetToDate)}</td>
      <td className="num">
        {formatQuantity(row.actual)}
        {row.synthetic ? (
          <span className="badge badge--synthetic" title={text.common.syntheticTitle}>
            {text.common.synthetic}
          </span>
        ) : null}
        <PendingFigure pending={row.pending} />
      </td>
      <td className="num">{formatPercent(row.attainmentToDate)}</td>
      <td className="num">{formatPercent(row.attainmentOfPeriod)}</td>
      <td>
        <OnTrackBadge row={row} />
      </td>
      <td className="num">{formatPace(row.requiredPacePerDay, text.common.paceDone)}</td>
      <td className="num">{formatPace(row.requiredPacePerMonth, text.common.paceDone)}</td>
      <td className="num">{formatPercent(row.projectedAttainment)}</td>
      <td className="num" title={row.source ?? undefined}>
        {formatDate(row.reportDate)}
      </td>
    </tr>
  );
}
