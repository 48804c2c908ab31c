import { MISSING, formatDifference, formatQuantity } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { TableScroll } from '../../ui/TableScroll';
import { monthLabel } from './reconciliation-rows';
import type { TargetSummary, TargetSummaryRow, TotalsCell } from './target-summary';

const t = text.plans.totals;

/** Per metric three lines (published national, sum of provinces, difference); the period and months across. */
export function TargetTotalsTable({ summary, labelledBy }: { summary: TargetSummary; labelledBy: string }) {
  if (summary.rows.length === 0) return <p className="panel__empty">{t.empty}</p>;
  return (
    <TableScroll labelledBy={labelledBy}>
      <table className="data-table totals-table" data-testid="plan-target-totals">
        <thead>
          <tr>
            <th scope="col">{t.metric}</th>
            <th scope="col">{t.measure}</th>
            <th scope="col" className="num">
              {monthLabel(null)}
            </th>
            {summary.months.map((month) => (
              <th key={month} scope="col" className="num">
                {monthLabel(month)}
              </th>
            ))}
          </tr>
        </thead>
        {summary.rows.map((row) => (
          <MetricRows key={row.metric} row={row} />
        ))}
      </table>
    </TableScroll>
  );
}

function MetricRows({ row }: { row: TargetSummaryRow }) {
  const cells = [row.total, ...row.months];
  return (
    <tbody className={row.differs ? 'totals-table__metric totals-table__metric--differs' : 'totals-table__metric'}>
      <tr>
        <th scope="rowgroup" rowSpan={3} className="totals-table__label">
          {row.label}
          {row.unit ? <span className="findings-table__unit">{row.unit}</span> : null}
        </th>
        <th scope="row" className="totals-table__measure">
          {t.publishedNational}
        </th>
        {cells.map((cell, i) => (
          <td key={i} className="num">
            {cell ? formatQuantity(cell.published) : MISSING}
          </td>
        ))}
      </tr>
      <tr>
        <th scope="row" className="totals-table__measure">
          {t.provinces}
        </th>
        {cells.map((cell, i) => (
          <td key={i} className="num">
            {cell ? formatQuantity(cell.provinces) : MISSING}
          </td>
        ))}
      </tr>
      <tr className="totals-table__difference">
        <th scope="row" className="totals-table__measure">
          {t.difference}
        </th>
        {cells.map((cell, i) => (
          <DifferenceCell key={i} cell={cell} />
        ))}
      </tr>
    </tbody>
  );
}

function DifferenceCell({ cell }: { cell: TotalsCell | undefined }) {
  const differs = cell?.difference !== null && cell?.difference !== undefined && cell.difference !== 0;
  return <td className={differs ? 'num is-different' : 'num'}>{formatDifference(cell?.difference)}</td>;
}
