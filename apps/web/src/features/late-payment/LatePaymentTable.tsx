import { useMemo } from 'react';
import type { IsoDate } from '../../api/scalars';
import type { LatePayment, ProvinceLatePayment } from './late-payment.queries';
import { MISSING, formatInteger } from '../../i18n/format';
import { ExportButtons } from '../../export/ExportButtons';
import { text } from '../../i18n/vi';
import { textExport } from '../../i18n/vi-export';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { OwnProvinceTag } from '../../ui/OwnProvinceTag';
import { RankChange } from '../../ui/RankChange';
import { TableScroll } from '../../ui/TableScroll';
import { amountUnitFor, amountUnitLabel, formatAmount, formatRatio, formatVnd, type AmountUnit } from './amounts';
import { BUCKET_ORDER, bucketLabel } from './buckets';
import { toLatePaymentExport } from './late-payment-export';
import { employersProvinceForRow, isMergedUnit, ledgerProvincesOf } from './ledger-provinces';

type LatePaymentTableProps = {
  data: LatePayment;
  /** The row (a code of the rows' set) whose employers, or whose provinces' employers, are listed below. */
  selected: string | null;
  onChoose: (row: ProvinceLatePayment) => void;
  /** The viewer's own province among the rows (null: none, or the rows are of another unit set), marked. */
  ownProvince: string | null;
  /** Whose employers the viewer may list: every province (null) or their own only (a code of the ledger's). */
  employersOf: string | null;
};

const t = text.latePayment.table;

/**
 * The provinces (the 63, or the 34) in the API's rank order (unranked last), with every figure the ratio is made
 * of; on the 34 a merged unit names the provinces it sums.
 */
export function LatePaymentTable({ data, selected, onChoose, ownProvince, employersOf }: LatePaymentTableProps) {
  // One unit for every amount column, fitted to the largest (a receivable).
  const unit = useMemo(() => amountUnitFor(data.provinces.map((row) => row.receivable)), [data.provinces]);
  const unitCount = data.provinces.length;

  return (
    <section className="panel" aria-labelledby="late-payment-table-title">
      <div className="panel__head">
        <h2 id="late-payment-table-title" className="panel__title">
          {t.caption} <span className="panel__subtitle">({text.common.unit(amountUnitLabel(unit))})</span>
        </h2>
        <ExportButtons
          subject={textExport.latePayment.subject}
          testId="late-payment-export"
          describe={() => toLatePaymentExport(data)}
        />
      </div>
      <TableScroll labelledBy="late-payment-table-title">
        <table className="ranking-table late-payment-table">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t.rank}
              </th>
              <th scope="col" className="num ranking-table__nowrap-head" title={text.rankChange.columnTitle}>
                {text.rankChange.column}
              </th>
              <th scope="col">{t.province}</th>
              <th scope="col" className="num">
                {t.receivable}
              </th>
              <th scope="col" className="num">
                {t.overdue}
              </th>
              <th scope="col" className="num">
                {t.ratio}
              </th>
              <th scope="col" className="num">
                {t.employersInArrears}
              </th>
              {BUCKET_ORDER.map((bucket) => (
                <th key={bucket} scope="col" className="num">
                  {bucketLabel(data.national.buckets, bucket)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.provinces.map((row) => (
              <LatePaymentRow
                key={row.province.code}
                row={row}
                unit={unit}
                unitCount={unitCount}
                previousAsOf={data.previousAsOf}
                selected={row.province.code === selected}
                onChoose={onChoose}
                own={row.province.code === ownProvince}
                choosable={employersProvinceForRow(row, data, null, employersOf) !== null}
                formedFrom={
                  isMergedUnit(row, data)
                    ? ledgerProvincesOf(row, data)
                        .map((p) => p.nameVi)
                        .join(', ')
                    : null
                }
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

type LatePaymentRowProps = {
  row: ProvinceLatePayment;
  unit: AmountUnit;
  /** The units ranked together: "3/34". */
  unitCount: number;
  previousAsOf: IsoDate | null;
  selected: boolean;
  onChoose: (row: ProvinceLatePayment) => void;
  own: boolean;
  /** Whether the viewer may list this province's employers (on the 34, one of its provinces'). */
  choosable: boolean;
  /** On the 34, a merged unit's provinces before the merger; null otherwise. */
  formedFrom: string | null;
};

function LatePaymentRow({
  row,
  unit,
  unitCount,
  previousAsOf,
  selected,
  onChoose,
  own,
  choosable,
  formedFrom,
}: LatePaymentRowProps) {
  const classes = [
    row.rank === null ? 'ranking-table__row--unranked' : '',
    own ? 'ranking-table__row--own' : '',
    selected ? 'late-payment-table__row--selected' : '',
  ].filter(Boolean);
  return (
    <tr
      data-testid="late-payment-row"
      data-province-code={row.province.code}
      data-rank={row.rank ?? undefined}
      data-selected={selected || undefined}
      aria-current={own ? 'true' : undefined}
      className={classes.length > 0 ? classes.join(' ') : undefined}
    >
      <td className="num ranking-table__rank">
        {row.rank === null ? MISSING : `${formatInteger(row.rank)}/${formatInteger(unitCount)}`}
      </td>
      <td className="num ranking-table__change">
        <RankChange row={{ ...row, previousReportDate: previousAsOf }} wording={text.latePayment.rankChange} />
      </td>
      <th scope="row" className="ranking-table__province">
        {choosable ? (
          <button
            type="button"
            className="link-button province-button"
            aria-pressed={selected}
            title={t.chooseTitle(row.province.nameVi)}
            onClick={() => onChoose(row)}
          >
            {row.province.nameVi}
          </button>
        ) : (
          row.province.nameVi
        )}
        {own ? <OwnProvinceTag /> : null}
        {formedFrom !== null ? (
          <span className="late-payment-table__predecessors" data-testid="late-payment-row-predecessors">
            {textUnitSets.latePayment.formedFrom(formedFrom)}
          </span>
        ) : null}
      </th>
      <td className="num" title={formatVnd(row.receivable)}>
        {formatAmount(row.receivable, unit)}
      </td>
      <td className="num" title={formatVnd(row.overdue)}>
        {formatAmount(row.overdue, unit)}
      </td>
      <td className="num late-payment-table__ratio">{formatRatio(row.ratio)}</td>
      <td className="num">
        {formatInteger(row.employersInArrears)}/{formatInteger(row.employers)}
      </td>
      {BUCKET_ORDER.map((bucket) => {
        const amount = row.buckets.find((b) => b.bucket === bucket)?.amount;
        return (
          <td key={bucket} className="num" title={formatVnd(amount)}>
            {formatAmount(amount, unit)}
          </td>
        );
      })}
    </tr>
  );
}
