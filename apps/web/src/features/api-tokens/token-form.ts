// The new-token form's checks, the same the server applies (libs/access api-tokens.service), so a mistake is
// named beside its box before anything is sent.
import { textAccess } from '../../i18n/vi-access';
import { isGraphQLRole, roleNeedsProvince } from '../accounts/roles';
import type { CreateApiTokenVariables } from './api-tokens.queries';

export const DEFAULT_TOKEN_DAYS = 90;
export const MAX_TOKEN_DAYS = 730;
const MAX_LABEL = 80;

/** Role '' keeps the account's role; forLogin '' is one's own account. */
export type TokenFormValues = { label: string; days: string; role: string; provinceCode: string; forLogin: string };
export type TokenFormField = keyof TokenFormValues;
export type TokenFormIssues = Partial<Record<TokenFormField, string>>;

export const EMPTY_TOKEN_FORM: TokenFormValues = {
  label: '',
  days: String(DEFAULT_TOKEN_DAYS),
  role: '',
  provinceCode: '',
  forLogin: '',
};

export type TokenCheck = { ok: true; variables: CreateApiTokenVariables } | { ok: false; issues: TokenFormIssues };

export function checkTokenForm(values: TokenFormValues): TokenCheck {
  const t = textAccess.apiTokens.issues;
  const issues: TokenFormIssues = {};
  const label = values.label.trim();
  if (label === '') issues.label = t.labelMissing;
  else if (label.length > MAX_LABEL) issues.label = t.labelTooLong;

  const daysText = values.days.trim();
  const days = /^\d{1,4}$/.test(daysText) ? Number(daysText) : Number.NaN;
  if (!(days >= 1 && days <= MAX_TOKEN_DAYS)) issues.days = t.days;

  const role = isGraphQLRole(values.role) ? values.role : null;
  const needsProvince = role !== null && roleNeedsProvince(role);
  if (needsProvince && values.provinceCode === '') issues.provinceCode = t.provinceMissing;

  if (Object.keys(issues).length > 0) return { ok: false, issues };
  return {
    ok: true,
    variables: {
      label,
      expiresInDays: days,
      role,
      provinceCode: needsProvince ? values.provinceCode : null,
      forLogin: values.forLogin.trim() || null,
    },
  };
}
