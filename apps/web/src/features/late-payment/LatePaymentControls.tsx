import { useMemo } from 'react';
import type { UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import type { LatePayment } from './late-payment.queries';
import { formatDate, formatYearMonth } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { ProvinceField } from '../../ui/ProvinceField';
import { UnitSetField } from '../../ui/UnitSetField';
import { LEDGER_UNITS } from './late-payment-params';
import { isSummed, ledgerProvinces } from './ledger-provinces';
import { asOfOptions } from './ledger-months';

type LatePaymentControlsProps = {
  data: LatePayment;
  /** The units chosen (the figures on screen may still be the previous choice's while it loads). */
  unitSet: UnitSet;
  /** A province of the ledger (the 63), on either unit set. */
  province: string | null;
  onAsOf: (asOf: IsoDate) => void;
  onUnitSet: (unitSet: UnitSet) => void;
  onProvince: (code: string | null) => void;
  /** A provincial user lists their own province's employers only: nothing to choose. */
  employersOf: string | null;
};

const t = text.latePayment.controls;

/**
 * Which report date, which units (the ledger's 63, or the 34), and whose employers to list: always a province of
 * the ledger, since the ledger lists employers per province of the 63.
 */
export function LatePaymentControls({
  data,
  unitSet,
  province,
  onAsOf,
  onUnitSet,
  onProvince,
  employersOf,
}: LatePaymentControlsProps) {
  const dates = useMemo(() => asOfOptions(data), [data]);
  const provinces = useMemo(() => ledgerProvinces(data), [data]);

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

      <UnitSetField plan={LEDGER_UNITS} value={unitSet} onChange={onUnitSet} />

      <ProvinceField
        label={isSummed(data) ? textUnitSets.latePayment.provinceField : t.province}
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
