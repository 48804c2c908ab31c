import { useId } from 'react';
import { textAccess } from '../../i18n/vi-access';
import type { AccountFormField, AccountFormIssues, AccountFormValues } from './account-form';
import type { ProvinceChoice } from './accounts.queries';
import { FieldIssue } from './FieldIssue';
import { ProvinceSelect } from './ProvinceSelect';
import { GRAPHQL_ROLES, isGraphQLRole, roleLabel, roleNeedsProvince } from './roles';

type AccountFieldsProps = {
  values: AccountFormValues;
  issues: AccountFormIssues;
  provinces: readonly ProvinceChoice[];
  onChange: (field: AccountFormField, value: string) => void;
  /** Editing an account: its login is fixed. */
  editing?: boolean;
  /** Why the role cannot be changed here (one's own account), or undefined. */
  roleLockedReason?: string | undefined;
  /** Prefix of the data-testid of each box. */
  testId: string;
};

const t = textAccess.accounts.create;

/** Login, name, role and, for a provincial role, the province. */
export function AccountFields({
  values,
  issues,
  provinces,
  onChange,
  editing = false,
  roleLockedReason,
  testId,
}: AccountFieldsProps) {
  const id = useId();
  const ids = (field: AccountFormField) => ({ box: `${id}-${field}`, issue: `${id}-${field}-issue` });
  const describedBy = (field: AccountFormField, hint?: string) =>
    [issues[field] ? ids(field).issue : null, hint ?? null].filter(Boolean).join(' ') || undefined;
  const needsProvince = isGraphQLRole(values.role) && roleNeedsProvince(values.role);

  return (
    <div className="access-form__grid">
      {editing ? null : (
        <div className="field">
          <label className="field__label" htmlFor={ids('login').box}>
            {t.login}
          </label>
          <input
            id={ids('login').box}
            className="text-input"
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={values.login}
            onChange={(event) => onChange('login', event.target.value)}
            aria-invalid={issues.login ? true : undefined}
            aria-describedby={describedBy('login', `${id}-login-hint`)}
            data-testid={`${testId}-login`}
          />
          <span id={`${id}-login-hint`} className="access-form__hint">
            {t.loginHint}
          </span>
          <FieldIssue id={ids('login').issue} issue={issues.login} />
        </div>
      )}
      <div className="field">
        <label className="field__label" htmlFor={ids('displayName').box}>
          {t.name}
        </label>
        <input
          id={ids('displayName').box}
          className="text-input"
          type="text"
          autoComplete="off"
          value={values.displayName}
          onChange={(event) => onChange('displayName', event.target.value)}
          aria-invalid={issues.displayName ? true : undefined}
          aria-describedby={describedBy('displayName')}
          data-testid={`${testId}-name`}
        />
        <FieldIssue id={ids('displayName').issue} issue={issues.displayName} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids('role').box}>
          {t.role}
        </label>
        <select
          id={ids('role').box}
          value={values.role}
          disabled={roleLockedReason !== undefined}
          onChange={(event) => onChange('role', event.target.value)}
          aria-invalid={issues.role ? true : undefined}
          aria-describedby={describedBy('role', roleLockedReason ? `${id}-role-locked` : undefined)}
          data-testid={`${testId}-role`}
        >
          {editing ? null : <option value="">{t.chooseRole}</option>}
          {GRAPHQL_ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </select>
        {roleLockedReason ? (
          <span id={`${id}-role-locked`} className="access-form__hint">
            {roleLockedReason}
          </span>
        ) : null}
        <FieldIssue id={ids('role').issue} issue={issues.role} />
      </div>
      {needsProvince ? (
        <div className="field">
          <label className="field__label" htmlFor={ids('provinceCode').box}>
            {t.province}
          </label>
          <ProvinceSelect
            id={ids('provinceCode').box}
            value={values.provinceCode}
            provinces={provinces}
            onChange={(code) => onChange('provinceCode', code)}
            invalid={issues.provinceCode !== undefined}
            describedBy={describedBy('provinceCode', `${id}-province-hint`)}
            testId={`${testId}-province`}
          />
          <span id={`${id}-province-hint`} className="access-form__hint">
            {t.provinceHint}
          </span>
          <FieldIssue id={ids('provinceCode').issue} issue={issues.provinceCode} />
        </div>
      ) : null}
    </div>
  );
}
