// How a demo account is offered on the sign-in page: "Đăng nhập như Giám đốc BHXH Lai Châu", with its role and
// province under it.
import type { DemoAccount } from '../../api/auth-client';
import { text } from '../../i18n/vi';

export type DemoButtonText = { title: string; detail: string };

// The display names end in "(trình diễn)"; the section's heading says that already.
const DEMO_SUFFIX = /\s*\(trình diễn\)\s*$/u;

export function demoButtonText(account: DemoAccount): DemoButtonText {
  const t = text.signIn.demo;
  const role = text.roles[account.role];
  const who = account.displayName.replace(DEMO_SUFFIX, '') || role;
  return {
    title: t.signInAs(who),
    detail: account.provinceName ? t.roleInProvince(role, account.provinceName) : role,
  };
}
