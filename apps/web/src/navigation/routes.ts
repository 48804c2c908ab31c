// The app's pages, their paths and the action of the authorisation table (libs/domain access-policy.ts) each
// needs: the bar links only to the pages the viewer may use, and a page the viewer may not use says so. Each page
// keeps its own query (?asOf=…&basis=… on the overview, ?metric=… on the ranking, ?plan=… on the plans page,
// ?asOf=…&province=… on the late-payment page, ?asOf=…&province=…&tab=… on the compliance page, ?plan=… on the alert
// thresholds), so moving between pages and back returns to the same view.
import type { Action } from '@scorecard/domain';

type PageRoute = { path: string; requires: Action };

/** Pages the navigation bar links to, in its order. */
export const NAV_ROUTES = {
  // The landing page: every signed-in role may read attainment, so every role sees it.
  overview: { path: '/', requires: 'attainment.read' },
  ranking: { path: '/xep-hang', requires: 'attainment.read' },
  latePayment: { path: '/cham-dong', requires: 'late-payment.read' },
  // Employer-level data: a provincial director or officer sees their own province's cases.
  compliance: { path: '/tuan-thu', requires: 'employers.read' },
  plans: { path: '/ke-hoach', requires: 'plan.read' },
  planSettings: { path: '/cai-dat-ke-hoach', requires: 'plan.read' },
  report: { path: '/bao-cao', requires: 'report.submit' },
  approvals: { path: '/duyet-bao-cao', requires: 'report.review' },
  accounts: { path: '/tai-khoan', requires: 'account.manage' },
  apiTokens: { path: '/khoa-api', requires: 'token.own' },
  auditLog: { path: '/nhat-ky', requires: 'audit.read' },
} as const satisfies Record<string, PageRoute>;

/**
 * Pages the header links to beside the bar: "Cảnh báo", with the unread count, is every role's own list of alerts
 * (docs/alerts.md).
 */
export const HEADER_ROUTES = {
  notifications: { path: '/canh-bao', requires: 'notifications.own' },
} as const satisfies Record<string, PageRoute>;

/**
 * The alerts' own pages, reached from "Cảnh báo" (docs/alerts.md): every role chooses which alerts it gets and
 * whether by e-mail; headquarters sets the thresholds the alerts are raised at and sees what was sent.
 */
export const ALERT_ROUTES = {
  alertSettings: { path: '/canh-bao/cai-dat', requires: 'notifications.own' },
  alertThresholds: { path: '/canh-bao/nguong', requires: 'alerts.thresholds' },
} as const satisfies Record<string, PageRoute>;

/** Pages of the session, outside the bar: signing in needs no session, changing the password one's own. */
export const SESSION_ROUTES = {
  signIn: { path: '/dang-nhap' },
  changePassword: { path: '/doi-mat-khau' },
} as const;

export type NavRouteId = keyof typeof NAV_ROUTES;
export type HeaderRouteId = keyof typeof HEADER_ROUTES;
export type AlertRouteId = keyof typeof ALERT_ROUTES;
export type SessionRouteId = keyof typeof SESSION_ROUTES;
/** A page at a fixed path that needs an action: in the bar, in the header, or one of the alerts' pages. */
type FixedRouteId = NavRouteId | HeaderRouteId | AlertRouteId;
/** Every page; a province page (/tinh/01) and a compliance case (/tuan-thu/ho-so/12) are reached from links. */
export type RouteId = FixedRouteId | SessionRouteId | 'province' | 'complianceCase';

export const NAV_ROUTE_IDS = Object.keys(NAV_ROUTES) as NavRouteId[];
const FIXED_ROUTES: Readonly<Record<FixedRouteId, PageRoute>> = { ...NAV_ROUTES, ...HEADER_ROUTES, ...ALERT_ROUTES };
const FIXED_ROUTE_IDS = Object.keys(FIXED_ROUTES) as FixedRouteId[];
const SESSION_ROUTE_IDS = Object.keys(SESSION_ROUTES) as SessionRouteId[];

/** The action a page needs; a province page shows every province's attainment, so it needs what the ranking does. */
export const PROVINCE_PAGE_REQUIRES: Action = 'attainment.read';

/** A compliance case is employer-level data, as its list is. */
export const COMPLIANCE_CASE_PAGE_REQUIRES: Action = NAV_ROUTES.compliance.requires;

export type RouteMatch =
  | { id: FixedRouteId }
  | { id: SessionRouteId }
  | { id: 'province'; provinceCode: string }
  | { id: 'complianceCase'; caseId: string };

const PROVINCE_PATH = /^\/tinh\/([^/]+)$/;
const COMPLIANCE_CASE_PATH = /^\/tuan-thu\/ho-so\/([^/]+)$/;

/** The page at a path; undefined for a path the app does not have. A trailing slash is ignored. */
export function matchRoute(pathname: string): RouteMatch | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  const id = FIXED_ROUTE_IDS.find((route) => FIXED_ROUTES[route].path === path);
  if (id) return { id };
  const session = SESSION_ROUTE_IDS.find((route) => SESSION_ROUTES[route].path === path);
  if (session) return { id: session };
  const province = PROVINCE_PATH.exec(path);
  // Whether the code names a province is for the page to say, with the list of provinces at hand.
  if (province?.[1]) return { id: 'province', provinceCode: decodeURIComponent(province[1]) };
  // Whether the number names a case the viewer may see is for the server to say.
  const complianceCase = COMPLIANCE_CASE_PATH.exec(path);
  return complianceCase?.[1] ? { id: 'complianceCase', caseId: decodeURIComponent(complianceCase[1]) } : undefined;
}

/** What the viewer must be allowed to do to use the page; null for the session's own pages. */
export function requiredAction(match: RouteMatch): Action | null {
  if (match.id === 'signIn' || match.id === 'changePassword') return null;
  if (match.id === 'province') return PROVINCE_PAGE_REQUIRES;
  if (match.id === 'complianceCase') return COMPLIANCE_CASE_PAGE_REQUIRES;
  return FIXED_ROUTES[match.id].requires;
}

/** The pages the bar links to for a viewer with these permissions (me.permissions), in the bar's order. */
export function navRoutesFor(permissions: readonly string[]): NavRouteId[] {
  return NAV_ROUTE_IDS.filter((route) => permissions.includes(NAV_ROUTES[route].requires));
}

export function routeFromPath(pathname: string): RouteId | undefined {
  return matchRoute(pathname)?.id;
}

/** The path of a province's page: /tinh/01. */
export function provincePath(code: string): string {
  return `/tinh/${encodeURIComponent(code)}`;
}

/** The path of a compliance case's page: /tuan-thu/ho-so/1117. */
export function complianceCasePath(id: string): string {
  return `${NAV_ROUTES.compliance.path}/ho-so/${encodeURIComponent(id)}`;
}

/** The page of the bar a page belongs to (a case belongs to "Tuân thủ"), marked as current in the bar. */
export function navRouteOf(route: RouteId | undefined): NavRouteId | undefined {
  if (route === 'complianceCase') return 'compliance';
  return route !== undefined && route in NAV_ROUTES ? (route as NavRouteId) : undefined;
}

/** The last query string of each page, so a link to a page goes back to the view it had. */
export type SearchMemory = {
  remember: (pathname: string, search: string) => void;
  href: (route: NavRouteId) => string;
  /** The last query of a page, '' when it has none. */
  search: (route: RouteId) => string;
};

export function createSearchMemory(): SearchMemory {
  const searches = new Map<RouteId, string>();
  return {
    remember(pathname, search) {
      const route = routeFromPath(pathname);
      if (route) searches.set(route, search === '?' ? '' : search);
    },
    href(route) {
      return `${NAV_ROUTES[route].path}${searches.get(route) ?? ''}`;
    },
    search(route) {
      return searches.get(route) ?? '';
    },
  };
}

/** A click the app handles itself; a middle click or Ctrl/⌘-click still opens a new tab. */
export function isPlainLeftClick(event: {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}): boolean {
  return (
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey &&
    !event.defaultPrevented
  );
}
