import { useId, useRef, useState, type FormEvent } from 'react';
import { useOperationMutation } from '../../api/useOperationMutation';
import { textAccess } from '../../i18n/vi-access';
import { LoadingState } from '../../ui/LoadingState';
import type { ProvinceChoice } from '../accounts/accounts.queries';
import { FailurePanel } from '../accounts/FailurePanel';
import { FieldIssue } from '../accounts/FieldIssue';
import { CREATE_API_TOKEN_MUTATION, type CreatedApiToken } from './api-tokens.queries';
import { CreatedTokenNotice } from './CreatedTokenNotice';
import {
  checkTokenForm,
  EMPTY_TOKEN_FORM,
  MAX_TOKEN_DAYS,
  type TokenFormIssues,
  type TokenFormValues,
} from './token-form';
import { TokenOfficerFields } from './TokenOfficerFields';

type TokenCreateFormProps = {
  /** A headquarters data officer: may choose the account, the role and the province. */
  manages: boolean;
  provinces: readonly ProvinceChoice[];
  onCreated: (token: CreatedApiToken) => void;
};

const t = textAccess.apiTokens.create;

export function TokenCreateForm({ manages, provinces, onCreated }: TokenCreateFormProps) {
  const id = useId();
  const [values, setValues] = useState<TokenFormValues>(EMPTY_TOKEN_FORM);
  const [issues, setIssues] = useState<TokenFormIssues>({});
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { state, run, reset } = useOperationMutation(CREATE_API_TOKEN_MUTATION);
  const running = state.status === 'running';
  const change = (field: keyof TokenFormValues, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkTokenForm(manages ? values : { ...values, role: '', provinceCode: '', forLogin: '' });
    if (!checked.ok) {
      setIssues(checked.issues);
      reset();
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setIssues({});
    setCreated(null);
    void run(() => Promise.resolve(checked.variables)).then((data) => {
      if (!data) return;
      setCreated(data.createApiToken);
      setValues(EMPTY_TOKEN_FORM);
      onCreated(data.createApiToken);
    });
  };

  return (
    <section className="panel" aria-labelledby="token-create-title">
      <h2 id="token-create-title" className="panel__title">
        {t.title}
      </h2>
      {manages ? <p className="panel__note">{t.officerHint}</p> : null}
      <form
        ref={formRef}
        className="access-form"
        onSubmit={onSubmit}
        aria-busy={running}
        noValidate
        data-testid="token-create-form"
      >
        <div className="access-form__grid">
          <div className="field">
            <label className="field__label" htmlFor={`${id}-label`}>
              {t.label}
            </label>
            <input
              id={`${id}-label`}
              className="text-input"
              type="text"
              autoComplete="off"
              value={values.label}
              onChange={(event) => change('label', event.target.value)}
              aria-invalid={issues.label ? true : undefined}
              aria-describedby={`${id}-label-hint${issues.label ? ` ${id}-label-issue` : ''}`}
              data-testid="token-create-label"
            />
            <span id={`${id}-label-hint`} className="access-form__hint">
              {t.labelHint}
            </span>
            <FieldIssue id={`${id}-label-issue`} issue={issues.label} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-days`}>
              {t.days}
            </label>
            <input
              id={`${id}-days`}
              className="text-input text-input--number"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_TOKEN_DAYS}
              step={1}
              value={values.days}
              onChange={(event) => change('days', event.target.value)}
              aria-invalid={issues.days ? true : undefined}
              aria-describedby={`${id}-days-hint${issues.days ? ` ${id}-days-issue` : ''}`}
              data-testid="token-create-days"
            />
            <span id={`${id}-days-hint`} className="access-form__hint">
              {t.daysHint}
            </span>
            <FieldIssue id={`${id}-days-issue`} issue={issues.days} />
          </div>
          {manages ? (
            <TokenOfficerFields values={values} issues={issues} provinces={provinces} onChange={change} />
          ) : null}
        </div>
        <div className="access-actions">
          <button type="submit" className="button" disabled={running} data-testid="token-create-submit">
            {t.submit}
          </button>
        </div>
      </form>
      {running ? <LoadingState label={t.running} /> : null}
      {state.status === 'failed' ? <FailurePanel title={t.failed} error={state.error} level={3} /> : null}
      {created ? <CreatedTokenNotice created={created} onDismiss={() => setCreated(null)} /> : null}
    </section>
  );
}
