import type { Role } from '@scorecard/domain';
import { AccountRepository, type WarehouseDatabase } from '@scorecard/warehouse';
import { SYSTEM_ACTOR } from './actor';
import type { AccountService, SignInLink } from './accounts.service';

// A new database gets a headquarters administrator with no password and a one-time sign-in link, printed on the
// console: nothing with a known password. On a local demo (sample data on, bound to loopback) it also gets demo
// accounts for each role, which sign in without a password only while the demo is on.

export const FIRST_ADMIN_LOGIN = 'admin';

export type DemoAccount = { login: string; displayName: string; role: Role; provinceCode: string | null };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    login: 'demo.lanh-dao',
    displayName: 'Lãnh đạo BHXH Việt Nam (trình diễn)',
    role: 'leadership',
    provinceCode: null,
  },
  {
    login: 'demo.nghiep-vu',
    displayName: 'Cán bộ nghiệp vụ Ban Thu (trình diễn)',
    role: 'data-officer',
    provinceCode: null,
  },
  { login: 'demo.gd-ha-noi', displayName: 'Giám đốc BHXH Hà Nội (trình diễn)', role: 'director', provinceCode: '01' },
  {
    login: 'demo.gd-lai-chau',
    displayName: 'Giám đốc BHXH Lai Châu (trình diễn)',
    role: 'director',
    provinceCode: '12',
  },
  { login: 'demo.cb-lai-chau', displayName: 'Cán bộ BHXH Lai Châu (trình diễn)', role: 'officer', provinceCode: '12' },
  { login: 'demo.phan-tich', displayName: 'Chuyên viên phân tích (trình diễn)', role: 'analyst', provinceCode: null },
];

/**
 * Makes sure someone can administer the database: when no enabled data-officer account has a password or an
 * identity-provider binding, the administrator account is created if missing and a fresh one-time link returned.
 */
export async function ensureAdministrator(
  db: WarehouseDatabase,
  accounts: AccountService,
): Promise<{ login: string; link: SignInLink } | null> {
  const all = await new AccountRepository(db).list();
  const usable = all.some(
    (a) =>
      a.kind === 'person' &&
      a.role === 'data-officer' &&
      !a.disabled &&
      (a.passwordHash !== null || a.oidcSubject !== null),
  );
  if (usable) return null;
  const admin = all.find(
    (a) => a.login === FIRST_ADMIN_LOGIN && a.kind === 'person' && a.role === 'data-officer' && !a.disabled,
  );
  if (!admin) {
    const login = all.some((a) => a.login === FIRST_ADMIN_LOGIN)
      ? `${FIRST_ADMIN_LOGIN}-${all.length + 1}`
      : FIRST_ADMIN_LOGIN;
    // A new account comes with its one-time link.
    const created = await accounts.create(SYSTEM_ACTOR, {
      login,
      displayName: 'Quản trị viên Trung ương',
      role: 'data-officer',
    });
    return { login: created.account.login, link: created.link! };
  }
  return { login: admin.login, link: await accounts.issueLink(SYSTEM_ACTOR, admin, 'first-administrator') };
}

/** Creates the demo accounts that are missing; returns them all. */
export async function ensureDemoAccounts(db: WarehouseDatabase, accounts: AccountService): Promise<DemoAccount[]> {
  const repository = new AccountRepository(db);
  for (const demo of DEMO_ACCOUNTS) {
    if (await repository.byLogin(demo.login)) continue;
    await accounts.create(SYSTEM_ACTOR, demo, 'demo');
  }
  return [...DEMO_ACCOUNTS];
}
