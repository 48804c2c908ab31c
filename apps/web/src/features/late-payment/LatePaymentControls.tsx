import { useMemo } from 'react';
import type { IsoDate } from '../../api/scalars';
import type { LatePayment } from './late-payment.queries';
import { formatDate, formatYearMonth } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { asOfOptions } from './ledger-months';

type LatePaymentControlsProps = {
  data: LatePayment;
  province: string | null;
  onAsOf: (asOf: IsoDate) => void;
  onProvince: (code: string | null) => void;
  /** A provincial user lists their own province's employers only: nothing to choose. */
  employersOf: string | null;
};

const t = text.latePayment.controls;

/** Which report date, and whose employers to list. */
export function LatePaymentControls({ data, province, onAsOf, onProvince, employersOf }: LatePaymentControlsProps) {
  const dates = useMemo(() => asOfOptions(data), [data]);
  const provinces = useMemo(
    () => data.provinces.map((row) => row.province).sort((a, b) => a.code.localeCompare(b.code)),
    [data.provinces],
  );
  const known = provinces.some((p) => p.code === province);
  const fixed = employersOf === null ? undefined : provinces.find((p) => p.code === employersOf);

  return (
    <form className="controls" onSubmit={(event) => event.preventDefault()}>
      <label className="controls__field">
        <span className="controls__label">{t.asOf}</span>
        <select
          data-testid="late-payment-as-of-picker"
          value={data.asOf}
          onChange={(event) => onAsOf(event.target.value)}
        >
          {dates.map((date) => (
            <option key={date} value={date}>
              {t.asOfOption(formatYearMonth(date.slice(0, 7)), formatDate(date))}
            </option>
          ))}
        </select>
      </label>

      {employersOf !== null ? (
        <p className="controls__field controls__field--province">
          <span className="controls__label">{t.province}</span>
          <span className="controls__fixed" data-testid="late-payment-own-province">
            {fixed ? `${fixed.code} · ${fixed.nameVi}` : employersOf}
          </span>
        </p>
      ) : (
        <label className="controls__field controls__field--province">
          <span className="controls__label">{t.province}</span>
          <select
            data-testid="late-payment-province-picker"
            value={known && province !== null ? province : ''}
            onChange={(event) => onProvince(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{t.noProvince}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.code} · {p.nameVi}
              </option>
            ))}
          </select>
        </label>
      )}
    </form>
  );
}
