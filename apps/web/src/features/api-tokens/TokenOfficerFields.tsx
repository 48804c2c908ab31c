import { useId } from 'react';
import { textAccess } from '../../i18n/vi-access';
import type { ProvinceChoice } from '../accounts/accounts.queries';
import { FieldIssue } from '../accounts/FieldIssue';
import { ProvinceSelect } from '../accounts/ProvinceSelect';
import { GRAPHQL_ROLES, isGraphQLRole, roleLabel, roleNeedsProvince } from '../accounts/roles';
import type { TokenFormField, TokenFormIssues, TokenFormValues } from './token-form';
import { useTokenAccounts } from './useTokenAccounts';

type TokenOfficerFieldsProps = {
  values: TokenFormValues;
  issues: TokenFormIssues;
  provinces: readonly ProvinceChoice[];
  onChange: (field: TokenFormField, value: string) => void;
};

const t = textAccess.apiTokens.create;

/** What only a headquarters data officer chooses: the account the token is for, its role and province. */
export function TokenOfficerFields({ values, issues, provinces, onChange }: TokenOfficerFieldsProps) {
  const id = useId();
  const accounts = useTokenAccounts();
  const needsProvince = isGraphQLRole(values.role) && roleNeedsProvince(values.role);

  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-account`}>
          {t.account}
        </label>
        <select
          id={`${id}-account`}
          value={values.forLogin}
          onChange={(event) => onChange('forLogin', event.target.value)}
          aria-describedby={accounts.error !== undefined ? `${id}-accounts-failed` : undefined}
          data-testid="token-create-account"
        >
          <option value="">{t.ownAccount}</option>
          {(accounts.data?.accounts ?? [])
            .filter((account) => !account.disabled)
            .map((account) => (
              <option key={account.login} value={account.login}>
                {account.login} · {account.displayName} ({roleLabel(account.role)})
              </option>
            ))}
        </select>
        {accounts.error !== undefined ? (
          <span id={`${id}-accounts-failed`} className="report-value__issue">
            {t.accountsFailed}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-role`}>
          {t.role}
        </label>
        <select
          id={`${id}-role`}
          value={values.role}
          onChange={(event) => onChange('role', event.target.value)}
          data-testid="token-create-role"
        >
          <option value="">{t.ownRole}</option>
          {GRAPHQL_ROLES.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role)}
            </option>
          ))}
        </select>
      </div>
      {needsProvince ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-province`}>
            {t.province}
          </label>
          <ProvinceSelect
            id={`${id}-province`}
            value={values.provinceCode}
            provinces={provinces}
            onChange={(code) => onChange('provinceCode', code)}
            invalid={issues.provinceCode !== undefined}
            describedBy={issues.provinceCode ? `${id}-province-issue` : undefined}
            testId="token-create-province"
          />
          <FieldIssue id={`${id}-province-issue`} issue={issues.provinceCode} />
        </div>
      ) : null}
    </>
  );
}
