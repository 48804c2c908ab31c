import { useMemo } from 'react';
import type { IsoDate } from '../../api/scalars';
import type { LatePayment } from './late-payment.queries';
import { formatDate, formatYearMonth } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { ProvinceField } from '../../ui/ProvinceField';
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

      <ProvinceField
        label={t.province}
        provinces={provinces}
        value={province}
        fixed={employersOf}
        noneLabel={t.noProvince}
        onChange={onProvince}
        testIds={{ fixed: 'late-payment-own-province', select: 'late-payment-province-picker' }}
      />
    </form>
  );
}
