import { bucketAction } from '../../i18n/server-text';
import type { ArrearsBucketFigure } from '../../api/fields';
import type { EmployerArrears } from './late-payment.queries';
import { formatInteger, formatMonthYear } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { TableScroll } from '../../ui/TableScroll';
import { amountUnitLabel, formatAmount, formatAmountWithUnit, formatVnd, type AmountUnit } from './amounts';
import { BUCKET_CLASS, bucketLabel, figuresInOrder, formatArrearsAge } from './buckets';

type ArrearsEmployerTableProps = {
  rows: readonly EmployerArrears[];
  /** Bucket labels as the API gives them. */
  labels: readonly ArrearsBucketFigure[];
};

const t = text.latePayment.arrears.columns;

export function ArrearsEmployerTable({ rows, labels }: ArrearsEmployerTableProps) {
  // An employer's debt reads best in triệu đồng, and one unit keeps the column comparable as pages load.
  const unit: AmountUnit = 'million';
  return (
    // Named by the panel's title; a tab stop on a phone, where the table scrolls sideways.
    <TableScroll labelledBy="arrears-title">
      <table className="data-table arrears-table">
        <thead>
          <tr>
            <th scope="col">{t.id}</th>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.district}</th>
            <th scope="col">{t.ownership}</th>
            <th scope="col" className="num">
              {t.workers}
            </th>
            <th scope="col" className="num">
              {t.overdue} <span className="table-unit">({amountUnitLabel(unit)})</span>
            </th>
            <th scope="col" className="num">
              {t.oldestMonth}
            </th>
            <th scope="col" className="num">
              {t.age}
            </th>
            <th scope="col">{t.bucket}</th>
            <th scope="col">{t.action}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <EmployerRow key={row.employer.id} row={row} unit={unit} labels={labels} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function EmployerRow({
  row,
  unit,
  labels,
}: {
  row: EmployerArrears;
  unit: AmountUnit;
  labels: readonly ArrearsBucketFigure[];
}) {
  const breakdown = figuresInOrder(row.byBucket)
    .filter(({ figure }) => figure !== undefined && figure.amount > 0)
    .map(({ bucket, figure }) => `${bucketLabel(labels, bucket)}: ${formatAmountWithUnit(figure?.amount)}`);
  return (
    <tr
      data-testid="arrears-employer-row"
      data-employer-id={row.employer.id}
      data-bucket={row.bucket}
      data-overdue={row.overdue}
    >
      <td className="arrears-table__id">{row.employer.id}</td>
      <th scope="row" className="arrears-table__name">
        {row.employer.name}
      </th>
      <td>{row.employer.district}</td>
      <td className="arrears-table__ownership">{row.employer.ownership}</td>
      <td className="num">{formatInteger(row.employer.workers)}</td>
      <td className="num arrears-table__overdue" title={[formatVnd(row.overdue), ...breakdown].join('\n')}>
        {formatAmount(row.overdue, unit)}
      </td>
      <td className="num">{formatMonthYear(row.oldestOverdueMonth)}</td>
      <td className="num">{formatArrearsAge(row.ageMonths)}</td>
      <td>
        <span className={`badge bucket-badge ${BUCKET_CLASS[row.bucket]}`}>{bucketLabel(labels, row.bucket)}</span>
      </td>
      <td className="arrears-table__action">{bucketAction(row)}</td>
    </tr>
  );
}
