import { useId, useState, type FormEvent } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { textAlertSettings } from '../../i18n/vi-alert-settings';
import { LoadingState } from '../../ui/LoadingState';
import { FailurePanel } from '../accounts/FailurePanel';
import {
  DIGEST_CHOICES,
  MESSAGE_LANGUAGES,
  toAlertSettingsForm,
  toAlertSettingsVariables,
  withKind,
  type AlertSettingsFormValues,
  type MessageLanguage,
} from './alert-settings-form';
import { SET_MY_ALERT_SETTINGS_MUTATION, type AlertSettings } from './alert-settings.queries';
import { AlertKindChoices } from './AlertKindChoices';

type AlertSettingsFormProps = {
  settings: AlertSettings;
  /** A save starts: the last outcome is no longer news. */
  onSaving: () => void;
  onSaved: (saved: AlertSettings) => void;
};

const t = textAlertSettings;

/** The kinds, the address, the digest and the language of the messages; the server's refusal shown beside it. */
export function AlertSettingsForm({ settings, onSaving, onSaved }: AlertSettingsFormProps) {
  const id = useId();
  const [values, setValues] = useState<AlertSettingsFormValues>(() => toAlertSettingsForm(settings));
  const { state, run } = useOperationMutation(SET_MY_ALERT_SETTINGS_MUTATION);
  const running = state.status === 'running';
  const change = (next: Partial<AlertSettingsFormValues>) => setValues((current) => ({ ...current, ...next }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSaving();
    void run(() => Promise.resolve(toAlertSettingsVariables(values))).then((data) => {
      if (data) onSaved(data.setMyAlertSettings);
    });
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t.formTitle}
      </h2>
      <p className="panel__note">{t.explanation}</p>
      {/* noValidate: the server checks the address and says what is wrong, in the page's language. */}
      <form
        className="access-form"
        onSubmit={onSubmit}
        aria-busy={running}
        noValidate
        data-testid="alert-settings-form"
      >
        <AlertKindChoices
          available={settings.availableKinds}
          chosen={values.kinds}
          onChange={(kind, wanted) => change({ kinds: withKind(values.kinds, kind, wanted, settings.availableKinds) })}
          hintId={`${id}-kinds-hint`}
        />
        <div className="field alert-settings__field">
          <label className="field__label" htmlFor={`${id}-email`}>
            {t.email.label}
          </label>
          <input
            id={`${id}-email`}
            className="text-input"
            type="email"
            autoComplete="email"
            spellCheck={false}
            value={values.email}
            onChange={(event) => change({ email: event.target.value })}
            aria-describedby={`${id}-email-hint`}
            data-testid="alert-settings-email"
          />
          <span id={`${id}-email-hint`} className="access-form__hint">
            {t.email.hint}
          </span>
        </div>
        <fieldset className="alert-settings__group" data-testid="alert-digest">
          <legend>{t.digest.legend}</legend>
          <ul className="alert-settings__choices">
            {DIGEST_CHOICES.map((choice) => (
              <li key={choice}>
                <label className="checkbox">
                  <input
                    type="radio"
                    name={`${id}-digest`}
                    value={choice}
                    checked={values.digest === choice}
                    onChange={() => change({ digest: choice })}
                    data-testid={`alert-digest-${choice}`}
                  />
                  {t.digest.choices[choice]}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="field alert-settings__field">
          <label className="field__label" htmlFor={`${id}-language`}>
            {t.language.label}
          </label>
          <select
            id={`${id}-language`}
            value={values.language}
            onChange={(event) => change({ language: event.target.value as MessageLanguage })}
            data-testid="alert-settings-language"
          >
            {MESSAGE_LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t.language.choices[language]}
              </option>
            ))}
          </select>
        </div>
        <div className="access-actions">
          <button type="submit" className="button" disabled={running} data-testid="alert-settings-submit">
            {t.submit}
          </button>
        </div>
      </form>
      {running ? <LoadingState label={t.running} /> : null}
      {state.status === 'failed' ? (
        <FailurePanel title={t.failed} error={state.error} level={3} testId="alert-settings-failure" />
      ) : null}
    </section>
  );
}
