import { isProvinceRole, isRole, roleProvinceProblem, type Role } from '@scorecard/domain';
import { AccessError } from './access.errors';

const LOGIN = /^[a-z0-9][a-z0-9._@-]{1,62}$/;

/** A login as stored: trimmed, lower case; refused when it has other characters. */
export function normaliseLogin(login: string): string {
  const value = login.trim().toLowerCase();
  if (!LOGIN.test(value))
    throw new AccessError(
      'INVALID_ACCOUNT_INPUT',
      `tên đăng nhập "${login}": dùng 2–63 ký tự a-z, 0-9, ".", "_", "-" hoặc "@", ví dụ "nguyen.van.a" hay một địa chỉ e-mail (login "${login}": use 2–63 characters a-z, 0-9, ".", "_", "-" or "@")`,
      `Tên đăng nhập "${login}" không hợp lệ: dùng 2–63 ký tự a-z, 0-9, ".", "_", "-" hoặc "@", ví dụ "nguyen.van.a" hay một địa chỉ e-mail.`,
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
      `vai trò "${role}" không có: dùng leadership, data-officer, director, officer hoặc analyst (role "${role}": use one of leadership, data-officer, director, officer, analyst)`,
      `Không có vai trò "${role}": dùng leadership, data-officer, director, officer hoặc analyst.`,
    );
  const province = provinceCode === undefined || provinceCode === null || provinceCode === '' ? null : provinceCode;
  const problem = roleProvinceProblem(role, province);
  if (problem)
    throw new AccessError(
      'INVALID_ACCOUNT_INPUT',
      problem,
      isProvinceRole(role)
        ? `Vai trò ${role} gắn với một tỉnh: ghi mã tỉnh hai chữ số, ví dụ "01".`
        : `Vai trò ${role} không gắn với tỉnh: bỏ mã tỉnh.`,
    );
  return { role, provinceCode: province };
}
