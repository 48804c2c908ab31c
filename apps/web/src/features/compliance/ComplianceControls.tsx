import type { Province } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import { textCompliance } from '../../i18n/vi-compliance';
import { ComplianceDateField } from './ComplianceDateField';
import { EARLIEST_DATE } from './compliance-dates';

type ComplianceControlsProps = {
  asOf: IsoDate;
  today: IsoDate;
  province: string | null;
  provinces: readonly Province[];
  /** A provincial user sees their own province only: nothing to choose. */
  ownOnly: string | null;
  onAsOf: (asOf: IsoDate) => void;
  onProvince: (code: string | null) => void;
};

const t = textCompliance.controls;

/** The date the cases are seen at, and whose: the nation or one province (a provincial user: their own). */
export function ComplianceControls({
  asOf,
  today,
  province,
  provinces,
  ownOnly,
  onAsOf,
  onProvince,
}: ComplianceControlsProps) {
  const fixed = ownOnly === null ? undefined : provinces.find((p) => p.code === ownOnly);
  const known = provinces.some((p) => p.code === province);
  return (
    <form className="controls" aria-label={t.label} onSubmit={(event) => event.preventDefault()}>
      <ComplianceDateField
        value={asOf}
        range={{ start: EARLIEST_DATE, end: today }}
        onCommit={onAsOf}
        label={t.asOf}
        hint={t.asOfHint}
        testId="compliance-as-of"
      />
      {ownOnly !== null ? (
        <p className="controls__field">
          <span className="controls__label">{t.province}</span>
          <span className="controls__fixed" data-testid="compliance-own-province" data-province-code={ownOnly}>
            {fixed ? `${fixed.code} · ${fixed.nameVi}` : ownOnly}
          </span>
        </p>
      ) : (
        <label className="controls__field controls__field--province">
          <span className="controls__label">{t.province}</span>
          <select
            data-testid="compliance-province"
            value={known && province !== null ? province : ''}
            onChange={(event) => onProvince(event.target.value === '' ? null : event.target.value)}
          >
            <option value="">{t.nation}</option>
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
