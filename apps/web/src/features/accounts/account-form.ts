// The account form's checks, the same the server applies (libs/access account-input), so most mistakes are
// named beside their box before anything is sent.
import { textAccess } from '../../i18n/vi-access';
import { isGraphQLRole, roleNeedsProvince, type GraphQLRole } from './roles';

/** The login rule of the server: 2–63 characters, a-z 0-9 . _ - @, starting with a letter or digit. */
const LOGIN = /^[a-z0-9][a-z0-9._@-]{1,62}$/;
const MAX_NAME = 120;

export type AccountFormValues = { login: string; displayName: string; role: string; provinceCode: string };
export type AccountFormField = keyof AccountFormValues;
export type AccountFormIssues = Partial<Record<AccountFormField, string>>;

export type CheckedAccount = {
  login: string;
  displayName: string;
  role: GraphQLRole;
  /** Null for a role without a province, whatever the form still holds. */
  provinceCode: string | null;
};

export type AccountCheck = { ok: true; account: CheckedAccount } | { ok: false; issues: AccountFormIssues };

/** Login as stored (trimmed, lower case): "Nguyen.Van.A " is fine and becomes "nguyen.van.a". */
export function normaliseLogin(login: string): string {
  return login.trim().toLowerCase();
}

/** Checks a new account; with `editing`, the login is the existing one and is not checked. */
export function checkAccountForm(values: AccountFormValues, options: { editing?: boolean } = {}): AccountCheck {
  const t = textAccess.accounts.issues;
  const issues: AccountFormIssues = {};
  const login = normaliseLogin(values.login);
  if (!options.editing) {
    if (login === '') issues.login = t.loginMissing;
    else if (!LOGIN.test(login)) issues.login = t.loginInvalid;
  }
  const displayName = values.displayName.trim();
  if (displayName === '') issues.displayName = t.nameMissing;
  else if (displayName.length > MAX_NAME) issues.displayName = t.nameTooLong;
  const role = values.role;
  if (!isGraphQLRole(role)) issues.role = t.roleMissing;
  const needsProvince = isGraphQLRole(role) && roleNeedsProvince(role);
  if (needsProvince && values.provinceCode === '') issues.provinceCode = t.provinceMissing;

  if (Object.keys(issues).length > 0 || !isGraphQLRole(role)) return { ok: false, issues };
  return { ok: true, account: { login, displayName, role, provinceCode: needsProvince ? values.provinceCode : null } };
}
