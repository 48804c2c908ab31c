import { useMemo } from 'react';
import type { IsoDate } from '../../api/scalars';
import type { LatePayment, ProvinceLatePayment } from './late-payment.queries';
import { MISSING, formatInteger } from '../../i18n/format';
import { ExportButtons } from '../../export/ExportButtons';
import { text } from '../../i18n/vi';
import { textExport } from '../../i18n/vi-export';
import { OwnProvinceTag } from '../../ui/OwnProvinceTag';
import { RankChange } from '../../ui/RankChange';
import { TableScroll } from '../../ui/TableScroll';
import { amountUnitFor, amountUnitLabel, formatAmount, formatRatio, formatVnd, type AmountUnit } from './amounts';
import { BUCKET_ORDER, bucketLabel } from './buckets';
import { toLatePaymentExport } from './late-payment-export';

type LatePaymentTableProps = {
  data: LatePayment;
  /** The province whose employers are listed below the table. */
  selected: string | null;
  onChoose: (code: string) => void;
  /** The viewer's own province, marked in the table. */
  ownProvince: string | null;
  /** Whose employers the viewer may list: every province (null) or their own only. */
  employersOf: string | null;
};

const t = text.latePayment.table;

/** The provinces in the API's rank order (unranked last), with every figure the ratio is made of. */
export function LatePaymentTable({ data, selected, onChoose, ownProvince, employersOf }: LatePaymentTableProps) {
  // One unit for every amount column, fitted to the largest (a receivable).
  const unit = useMemo(() => amountUnitFor(data.provinces.map((row) => row.receivable)), [data.provinces]);

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
                previousAsOf={data.previousAsOf}
                selected={row.province.code === selected}
                onChoose={onChoose}
                own={row.province.code === ownProvince}
                choosable={employersOf === null || employersOf === row.province.code}
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
  previousAsOf: IsoDate | null;
  selected: boolean;
  onChoose: (code: string) => void;
  own: boolean;
  /** Whether the viewer may list this province's employers. */
  choosable: boolean;
};

function LatePaymentRow({ row, unit, previousAsOf, selected, onChoose, own, choosable }: LatePaymentRowProps) {
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
      <td className="num ranking-table__rank">{row.rank ?? MISSING}</td>
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
            onClick={() => onChoose(row.province.code)}
          >
            {row.province.nameVi}
          </button>
        ) : (
          row.province.nameVi
        )}
        {own ? <OwnProvinceTag /> : null}
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
