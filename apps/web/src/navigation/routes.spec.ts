import { allowedActions, type Role } from '@scorecard/domain';
import { describe, expect, it } from 'vitest';
import {
  NAV_ROUTE_IDS,
  createSearchMemory,
  isPlainLeftClick,
  matchRoute,
  navRouteOf,
  navRoutesFor,
  requiredAction,
  routeFromPath,
} from './routes';

describe('routeFromPath', () => {
  it('finds each page by its path, with or without a trailing slash', () => {
    expect(routeFromPath('/')).toBe('overview');
    expect(routeFromPath('/xep-hang')).toBe('ranking');
    expect(routeFromPath('/xep-hang/')).toBe('ranking');
    expect(routeFromPath('/ke-hoach')).toBe('plans');
    expect(routeFromPath('/ke-hoach/')).toBe('plans');
    expect(routeFromPath('/bao-cao')).toBe('report');
    expect(routeFromPath('/cham-dong')).toBe('latePayment');
    expect(routeFromPath('/cham-dong/')).toBe('latePayment');
  });

  it('lists the overview first, then the ranking and the late-payment page', () => {
    expect(NAV_ROUTE_IDS.slice(0, 3)).toEqual(['overview', 'ranking', 'latePayment']);
  });

  it('reads the province code of a province page, keeping its leading zero', () => {
    expect(matchRoute('/tinh/01')).toEqual({ id: 'province', provinceCode: '01' });
    expect(matchRoute('/tinh/96/')).toEqual({ id: 'province', provinceCode: '96' });
    expect(matchRoute('/tinh')).toBeUndefined();
    expect(matchRoute('/tinh/01/x')).toBeUndefined();
  });

  it('finds the pages of the session and of accounts, approvals, tokens and the audit log', () => {
    expect(routeFromPath('/dang-nhap')).toBe('signIn');
    expect(routeFromPath('/doi-mat-khau/')).toBe('changePassword');
    expect(routeFromPath('/duyet-bao-cao')).toBe('approvals');
    expect(routeFromPath('/tai-khoan')).toBe('accounts');
    expect(routeFromPath('/khoa-api')).toBe('apiTokens');
    expect(routeFromPath('/nhat-ky')).toBe('auditLog');
  });

  it('finds the plan settings page, which every role that reads plans may open', () => {
    expect(routeFromPath('/cai-dat-ke-hoach')).toBe('planSettings');
    expect(routeFromPath('/cai-dat-ke-hoach/')).toBe('planSettings');
    expect(requiredAction({ id: 'planSettings' })).toBe('plan.read');
  });

  it('names the action each page needs, and none for signing in or changing one’s password', () => {
    expect(requiredAction({ id: 'overview' })).toBe('attainment.read');
    expect(requiredAction({ id: 'report' })).toBe('report.submit');
    expect(requiredAction({ id: 'approvals' })).toBe('report.review');
    expect(requiredAction({ id: 'accounts' })).toBe('account.manage');
    expect(requiredAction({ id: 'apiTokens' })).toBe('token.own');
    expect(requiredAction({ id: 'auditLog' })).toBe('audit.read');
    expect(requiredAction({ id: 'province', provinceCode: '12' })).toBe('attainment.read');
    expect(requiredAction({ id: 'signIn' })).toBeNull();
    expect(requiredAction({ id: 'changePassword' })).toBeNull();
  });

  it('finds the notifications page, which every role may open, outside the bar', () => {
    expect(routeFromPath('/canh-bao')).toBe('notifications');
    expect(routeFromPath('/canh-bao/')).toBe('notifications');
    expect(requiredAction({ id: 'notifications' })).toBe('notifications.own');
    expect(navRouteOf('notifications')).toBeUndefined();
    expect(navRoutesFor(allowedActions({ role: 'director', provinceCode: '01' }))).not.toContain('notifications');
  });

  it('finds the alert settings, which every role may open, and the thresholds, which only headquarters may', () => {
    expect(routeFromPath('/canh-bao/cai-dat')).toBe('alertSettings');
    expect(routeFromPath('/canh-bao/cai-dat/')).toBe('alertSettings');
    expect(routeFromPath('/canh-bao/nguong')).toBe('alertThresholds');
    expect(routeFromPath('/canh-bao/nguong/')).toBe('alertThresholds');
    expect(routeFromPath('/canh-bao/khac')).toBeUndefined();
    expect(requiredAction({ id: 'alertSettings' })).toBe('notifications.own');
    expect(requiredAction({ id: 'alertThresholds' })).toBe('alerts.thresholds');
    expect(navRouteOf('alertSettings')).toBeUndefined();
    expect(navRouteOf('alertThresholds')).toBeUndefined();
  });

  it('lets leadership and the data officer set alert thresholds, and no other role', () => {
    const may = (role: Role, provinceCode: string | null = null) =>
      allowedActions({ role, provinceCode }).includes(requiredAction({ id: 'alertThresholds' }) ?? 'self.read');
    expect(may('leadership')).toBe(true);
    expect(may('data-officer')).toBe(true);
    expect(may('analyst')).toBe(false);
    expect(may('director', '01')).toBe(false);
    expect(may('officer', '01')).toBe(false);
  });

  it('finds the compliance page and a case page by its number, both needing employer-level data', () => {
    expect(routeFromPath('/tuan-thu')).toBe('compliance');
    expect(routeFromPath('/tuan-thu/')).toBe('compliance');
    expect(matchRoute('/tuan-thu/ho-so/1117')).toEqual({ id: 'complianceCase', caseId: '1117' });
    expect(matchRoute('/tuan-thu/ho-so/1117/')).toEqual({ id: 'complianceCase', caseId: '1117' });
    expect(matchRoute('/tuan-thu/ho-so')).toBeUndefined();
    expect(matchRoute('/tuan-thu/ho-so/1/x')).toBeUndefined();
    expect(requiredAction({ id: 'compliance' })).toBe('employers.read');
    expect(requiredAction({ id: 'complianceCase', caseId: '1' })).toBe('employers.read');
  });

  it('marks the compliance page current in the bar while a case of it is shown', () => {
    expect(navRouteOf('complianceCase')).toBe('compliance');
    expect(navRouteOf('ranking')).toBe('ranking');
    expect(navRouteOf('province')).toBeUndefined();
    expect(navRouteOf(undefined)).toBeUndefined();
  });

  it('has no page for an unknown path', () => {
    expect(routeFromPath('/ke-hoach/2800')).toBeUndefined();
    expect(routeFromPath('/tong-quan')).toBeUndefined();
  });
});

describe('navRoutesFor', () => {
  // What the server sends as me.permissions: the authorisation table applied to the role.
  const bar = (role: Role, provinceCode: string | null = null) => navRoutesFor(allowedActions({ role, provinceCode }));

  it('links a provincial officer to the report form and approvals of their province, not to accounts', () => {
    expect(bar('officer', '12')).toEqual([
      'overview',
      'ranking',
      'latePayment',
      'compliance',
      'plans',
      'planSettings',
      'report',
      'approvals',
      'apiTokens',
    ]);
  });

  it('links leadership to the audit log but not to the report form', () => {
    expect(bar('leadership')).toEqual([
      'overview',
      'ranking',
      'latePayment',
      'compliance',
      'plans',
      'planSettings',
      'approvals',
      'apiTokens',
      'auditLog',
    ]);
  });

  it('gives the data officer every page and the analyst the reading ones', () => {
    expect(bar('data-officer')).toEqual(NAV_ROUTE_IDS);
    expect(bar('analyst')).toEqual([
      'overview',
      'ranking',
      'latePayment',
      'compliance',
      'plans',
      'planSettings',
      'apiTokens',
    ]);
  });

  it('shows the overview to every role', () => {
    for (const role of ['leadership', 'data-officer', 'analyst'] as const) expect(bar(role)[0]).toBe('overview');
    for (const role of ['director', 'officer'] as const) expect(bar(role, '12')[0]).toBe('overview');
  });
});

describe('createSearchMemory', () => {
  it('links each page to the query it last had, so returning to it shows the same view', () => {
    const memory = createSearchMemory();
    memory.remember('/xep-hang', '?metric=revenue&asOf=2021-10-31');
    memory.remember('/', '?asOf=2021-11-15&basis=PERIOD');
    memory.remember('/ke-hoach', '?plan=2800-KH-BHXH-2021&version=1');
    memory.remember('/tinh/01', '?asOf=2021-10-15');
    expect(memory.href('ranking')).toBe('/xep-hang?metric=revenue&asOf=2021-10-31');
    expect(memory.href('overview')).toBe('/?asOf=2021-11-15&basis=PERIOD');
    expect(memory.search('ranking')).toBe('?metric=revenue&asOf=2021-10-31');
    expect(memory.search('province')).toBe('?asOf=2021-10-15');
    expect(memory.href('plans')).toBe('/ke-hoach?plan=2800-KH-BHXH-2021&version=1');
    memory.remember('/cham-dong', '?asOf=2023-09-30&province=01');
    expect(memory.href('latePayment')).toBe('/cham-dong?asOf=2023-09-30&province=01');
    memory.remember('/canh-bao/nguong', '?plan=2800-KH-BHXH-2021');
    expect(memory.search('alertThresholds')).toBe('?plan=2800-KH-BHXH-2021');
  });

  it('links to the bare path of a page not visited yet, and ignores unknown paths', () => {
    const memory = createSearchMemory();
    memory.remember('/khong-co', '?x=1');
    expect(memory.href('plans')).toBe('/ke-hoach');
    expect(memory.href('ranking')).toBe('/xep-hang');
    expect(memory.href('overview')).toBe('/');
  });

  it('forgets the query when a page drops it', () => {
    const memory = createSearchMemory();
    memory.remember('/ke-hoach', '?plan=a');
    memory.remember('/ke-hoach', '');
    expect(memory.href('plans')).toBe('/ke-hoach');
  });
});

describe('isPlainLeftClick', () => {
  const click = { button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, defaultPrevented: false };

  it('handles a plain click in the app and leaves new-tab clicks to the browser', () => {
    expect(isPlainLeftClick(click)).toBe(true);
    expect(isPlainLeftClick({ ...click, ctrlKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...click, metaKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...click, button: 1 })).toBe(false);
  });
});
