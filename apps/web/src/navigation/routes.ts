// The app's pages and their paths. Each page keeps its own query (?metric=… on the ranking, ?plan=… on the
// plans page, ?asOf=…&province=… on the late-payment page), so moving between pages and back returns to the
// same view.

/** Pages the navigation bar links to, in its order. */
export const NAV_ROUTES = {
  ranking: { path: '/' },
  latePayment: { path: '/cham-dong' },
  plans: { path: '/ke-hoach' },
  report: { path: '/bao-cao' },
} as const;

export type NavRouteId = keyof typeof NAV_ROUTES;
/** Every page; a province page (/tinh/01) is reached from links, not from the bar. */
export type RouteId = NavRouteId | 'province';

export const NAV_ROUTE_IDS = Object.keys(NAV_ROUTES) as NavRouteId[];

export type RouteMatch = { id: NavRouteId } | { id: 'province'; provinceCode: string };

const PROVINCE_PATH = /^\/tinh\/([^/]+)$/;

/** The page at a path; undefined for a path the app does not have. A trailing slash is ignored. */
export function matchRoute(pathname: string): RouteMatch | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  const id = NAV_ROUTE_IDS.find((route) => NAV_ROUTES[route].path === path);
  if (id) return { id };
  const province = PROVINCE_PATH.exec(path);
  // Whether the code names a province is for the page to say, with the list of provinces at hand.
  return province?.[1] ? { id: 'province', provinceCode: decodeURIComponent(province[1]) } : undefined;
}

export function routeFromPath(pathname: string): RouteId | undefined {
  return matchRoute(pathname)?.id;
}

/** The path of a province's page: /tinh/01. */
export function provincePath(code: string): string {
  return `/tinh/${encodeURIComponent(code)}`;
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
