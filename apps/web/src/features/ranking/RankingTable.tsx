import type { Metric, ProvinceAttainment } from '../../api/graphql-types';
import { MISSING, formatDate, formatPercent, formatQuantity, formatRate } from '../../i18n/format';
import { statusLabel, vi } from '../../i18n/vi';
import { orderForTable } from './ranking-rows';

type RankingTableProps = { rows: readonly ProvinceAttainment[]; metric: Metric; basisLabel: string };

const t = vi.ranking.table;

export function RankingTable({ rows, metric, basisLabel }: RankingTableProps) {
  const ordered = orderForTable(rows);
  return (
    <section className="panel" aria-labelledby="ranking-table-title">
      <h2 id="ranking-table-title" className="panel__title">
        {t.caption} <span className="panel__subtitle">({vi.common.unit(metric.unitVi)})</span>
      </h2>
      <div className="table-scroll">
        <table className="ranking-table">
          <thead>
            <tr>
              <th scope="col" className="num" title={`${vi.ranking.controls.basis}: ${basisLabel}`}>
                {t.rank}
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
              <RankingTableRow key={row.province.code} row={row} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RankingTableRow({ row }: { row: ProvinceAttainment }) {
  const unranked = row.rank === null;
  return (
    <tr
      data-testid="ranking-row"
      data-rank={row.rank ?? undefined}
      data-province-code={row.province.code}
      data-status={row.status}
      className={unranked ? 'ranking-table__row--unranked' : undefined}
    >
      <td className="num ranking-table__rank">{row.rank ?? MISSING}</td>
      <th scope="row" className="ranking-table__province">
        {row.province.nameVi}
      </th>
      <td className="ranking-table__region">{row.province.region}</td>
      <td className="num">{formatQuantity(row.target)}</td>
      <td className="num">{formatQuantity(row.targetToDate)}</td>
      <td className="num" title={row.reportDate ? t.reportDate(formatDate(row.reportDate)) : undefined}>
        {formatQuantity(row.actual)}
      </td>
      <td className="num">{formatPercent(row.attainmentToDate)}</td>
      <td className="num">{formatPercent(row.attainmentOfPeriod)}</td>
      <td>
        <OnTrackBadge row={row} />
      </td>
      <td className="num">{formatPace(row.requiredPacePerDay)}</td>
      <td className="num">{formatPercent(row.projectedAttainment)}</td>
    </tr>
  );
}

function OnTrackBadge({ row }: { row: ProvinceAttainment }) {
  if (row.status !== 'REPORTED') return <span className="badge badge--muted">{statusLabel(row.status)}</span>;
  if (row.onTrack === null) return <>{MISSING}</>;
  return row.onTrack ? (
    <span className="badge badge--ok">{t.onTrackYes}</span>
  ) : (
    <span className="badge badge--behind">{t.onTrackNo}</span>
  );
}

/** Nothing left to do once the period total is reached: say so rather than show a negative pace. */
function formatPace(pace: number | null): string {
  if (pace !== null && pace <= 0) return t.paceDone;
  return formatRate(pace);
}
