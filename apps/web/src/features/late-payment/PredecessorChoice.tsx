import { useId } from 'react';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import type { LedgerProvince } from './ledger-provinces';

type PredecessorChoiceProps = {
  /** The unit of the 34 chosen in the table. */
  unitName: string;
  /** Its provinces before the merger, in code order. */
  provinces: readonly LedgerProvince[];
  /** The one whose employers are listed. */
  value: string;
  /** Null when there is nothing to choose (a provincial user sees their own province only). */
  onChange: ((code: string) => void) | null;
};

const t = textUnitSets.latePayment;
const item = textUnitSets.predecessors.item;

/**
 * On the 34: the ledger keeps its employers per province before the merger, so a merged unit has no list of its
 * own. Says so, and offers the unit's provinces one at a time.
 */
export function PredecessorChoice({ unitName, provinces, value, onChange }: PredecessorChoiceProps) {
  const name = useId();
  const list = provinces.map((p) => item(p.nameVi, p.code)).join(', ');
  return (
    <div className="predecessor-choice" data-testid="arrears-predecessors">
      <p className="notice">{t.perProvince(unitName, list)}</p>
      {onChange !== null ? (
        <fieldset className="predecessor-choice__field">
          <legend className="controls__label">{t.predecessorLegend(unitName)}</legend>
          <span className="unit-set-field__options">
            {provinces.map((p) => (
              <label key={p.code} className="unit-set-field__option">
                <input
                  type="radio"
                  name={name}
                  value={p.code}
                  checked={p.code === value}
                  data-testid="arrears-predecessor"
                  data-province-code={p.code}
                  onChange={() => onChange(p.code)}
                />
                {item(p.nameVi, p.code)}
              </label>
            ))}
          </span>
        </fieldset>
      ) : null}
    </div>
  );
}
