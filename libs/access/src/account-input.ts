import { isRole, roleProvinceProblem, type Role } from '@scorecard/domain';
import { AccessError } from './access.errors';

const LOGIN = /^[a-z0-9][a-z0-9._@-]{1,62}$/;

/** A login as stored: trimmed, lower case; refused when it has other characters. */
export function normaliseLogin(login: string): string {
  const value = login.trim().toLowerCase();
  if (!LOGIN.test(value))
    throw new AccessError(
      'INVALID_ACCOUNT_INPUT',
      `login "${login}": use 2–63 characters a-z, 0-9, ".", "_", "-" or "@" (for example "nguyen.van.a" or an e-mail address)`,
    );
  return value;
}

export function checkRole(
  role: string,
  provinceCode: string | null | undefined,
): { role: Role; provinceCode: string | null } {
  if (!isRole(role))
    throw new AccessError(
      'INVALID_ACCOUNT_INPUT',
      `role "${role}": use one of leadership, data-officer, director, officer, analyst`,
    );
  const province = provinceCode === undefined || provinceCode === null || provinceCode === '' ? null : provinceCode;
  const problem = roleProvinceProblem(role, province);
  if (problem) throw new AccessError('INVALID_ACCOUNT_INPUT', problem);
  return { role, provinceCode: province };
}
