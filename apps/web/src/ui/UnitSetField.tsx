import { useId } from 'react';
import type { Plan } from '../api/fields';
import type { UnitSet } from '../api/generated/graphql';
import { textUnitSets } from '../i18n/vi-unit-sets';
import { isSummedView, unitSetsOf } from '../plan/unit-set-view';

type UnitSetFieldProps = {
  plan: Pick<Plan, 'unitSet'>;
  value: UnitSet;
  onChange: (unitSet: UnitSet) => void;
};

const t = textUnitSets.field;

/**
 * The units a page shows the plan on, a field of its controls form: the 63 provinces (before 1 July 2025) or the 34
 * (from then on). A plan given on the 34 has nothing to choose: the set is shown fixed, with the reason.
 */
export function UnitSetField({ plan, value, onChange }: UnitSetFieldProps) {
  const name = useId();
  const noteId = useId();
  const choices = unitSetsOf(plan);
  if (choices.length === 1) {
    return (
      <p className="controls__field unit-set-field" data-testid="unit-set-field">
        <span className="controls__label">{t.legend}</span>
        <span className="controls__fixed" data-testid="unit-set-fixed" data-unit-set={value}>
          {t.options[value]}
        </span>
        <span className="controls__hint unit-set-field__note" data-testid="unit-set-note">
          {t.fixedNote}
        </span>
      </p>
    );
  }
  const summed = isSummedView(plan, value);
  return (
    <fieldset
      className="controls__field unit-set-field"
      data-testid="unit-set-field"
      aria-describedby={summed ? noteId : undefined}
    >
      <legend className="controls__label">{t.legend}</legend>
      <span className="unit-set-field__options">
        {choices.map((set) => (
          <label key={set} className="unit-set-field__option">
            <input
              type="radio"
              name={name}
              value={set}
              checked={value === set}
              data-testid={`unit-set-${set}`}
              onChange={() => onChange(set)}
            />
            {t.options[set]}
          </label>
        ))}
      </span>
      {summed ? (
        <span id={noteId} className="controls__hint unit-set-field__note" data-testid="unit-set-note">
          {t.summedNote}
        </span>
      ) : null}
    </fieldset>
  );
}
