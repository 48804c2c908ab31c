// The roles of the domain brief. A role is held by an account (or given to an API token); province-bound roles
// carry one province code.
export const ROLES = ['leadership', 'data-officer', 'director', 'officer', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

/** Roles bound to one province: they see every province's attainment and rank, the rest only for their own. */
export const PROVINCE_ROLES: readonly Role[] = ['director', 'officer'];

export const ROLE_LABELS_VI: Record<Role, string> = {
  leadership: 'Lãnh đạo BHXH Việt Nam', // headquarters leadership
  'data-officer': 'Cán bộ nghiệp vụ Trung ương', // headquarters data officer
  director: 'Giám đốc BHXH tỉnh', // provincial director
  officer: 'Cán bộ BHXH tỉnh', // provincial officer
  analyst: 'Chuyên viên phân tích', // analyst
};

export const ROLE_LABELS_EN: Record<Role, string> = {
  leadership: 'Headquarters leadership',
  'data-officer': 'Headquarters data officer',
  director: 'Provincial director',
  officer: 'Provincial officer',
  analyst: 'Analyst',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isProvinceRole(role: Role): boolean {
  return PROVINCE_ROLES.includes(role);
}

/** How a caller proved who they are. */
export type PrincipalVia = 'session' | 'token' | 'cli' | 'system';

/**
 * Who is asking, as established by the server from a session, a token or the shell running the command line:
 * never from anything the caller typed.
 */
export type Principal = {
  via: PrincipalVia;
  /** Account id; null for a token made for a script without an account, the command line and the system. */
  accountId: string | null;
  /** What is recorded as "who": the account's login, "token:<id>", "cli:<user>@<host>" or "system:…". */
  name: string;
  displayName: string;
  role: Role;
  /** The province of a province-bound role, else null. */
  provinceCode: string | null;
  tokenId: string | null;
};

/** Checks that a role and a province go together: province roles need one, headquarters roles have none. */
export function roleProvinceProblem(role: Role, provinceCode: string | null): string | null {
  if (isProvinceRole(role)) {
    if (provinceCode === null || !/^\d{2}$/.test(provinceCode))
      return `vai trò này gắn với một tỉnh: ghi mã tỉnh hai chữ số, ví dụ "01" (the role "${role}" is bound to one province: give its two-digit code)`;
    return null;
  }
  if (provinceCode !== null)
    return `vai trò này không gắn với tỉnh: bỏ mã tỉnh (the role "${role}" is not bound to a province: give no province code)`;
  return null;
}

/** The page a role opens on after sign-in. */
export function homePathFor(principal: Pick<Principal, 'role' | 'provinceCode'>): string {
  switch (principal.role) {
    case 'director':
    case 'officer':
      return `/tinh/${principal.provinceCode ?? ''}`;
    case 'data-officer':
      return '/duyet-bao-cao';
    case 'leadership':
    case 'analyst':
      return '/';
  }
}
