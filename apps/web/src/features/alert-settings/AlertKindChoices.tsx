import { textAlertSettings } from '../../i18n/vi-alert-settings';
import { kindLabel } from '../notifications/notification-labels';
import type { AlertKind } from './alert-settings.queries';

type AlertKindChoicesProps = {
  /** The kinds of the user's role, in the order to list them. */
  available: readonly AlertKind[];
  chosen: readonly AlertKind[];
  onChange: (kind: AlertKind, wanted: boolean) => void;
  hintId: string;
};

const t = textAlertSettings.kinds;

/** A checkbox for each kind of alert the user's role gets, ticked for those they get. */
export function AlertKindChoices({ available, chosen, onChange, hintId }: AlertKindChoicesProps) {
  return (
    <fieldset className="alert-settings__group" aria-describedby={hintId} data-testid="alert-kinds">
      <legend>{t.legend}</legend>
      <p id={hintId} className="access-form__hint">
        {available.length === 0 ? t.none : t.hint}
      </p>
      {available.length > 0 ? (
        <ul className="alert-settings__choices">
          {available.map((kind) => (
            <li key={kind}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  value={kind}
                  checked={chosen.includes(kind)}
                  onChange={(event) => onChange(kind, event.target.checked)}
                  data-testid="alert-kind"
                />
                {kindLabel(kind)}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
