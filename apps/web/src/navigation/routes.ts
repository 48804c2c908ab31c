// The app's pages and their paths. Each page keeps its own query (?metric=… on the ranking, ?plan=… on the
// plans page), so moving between pages and back returns to the same view.

export const ROUTES = {
  ranking: { path: '/' },
  plans: { path: '/ke-hoach' },
} as const;

export type RouteId = keyof typeof ROUTES;

/** In the order the navigation bar lists them. */
export const ROUTE_IDS = Object.keys(ROUTES) as RouteId[];

/** The page at a path; undefined for a path the app does not have. A trailing slash is ignored. */
export function routeFromPath(pathname: string): RouteId | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  return ROUTE_IDS.find((id) => ROUTES[id].path === path);
}

/** The last query string of each page, so a link to a page goes back to the view it had. */
export type SearchMemory = {
  remember: (pathname: string, search: string) => void;
  href: (route: RouteId) => string;
};

export function createSearchMemory(): SearchMemory {
  const searches = new Map<RouteId, string>();
  return {
    remember(pathname, search) {
      const route = routeFromPath(pathname);
      if (route) searches.set(route, search === '?' ? '' : search);
    },
    href(route) {
      return `${ROUTES[route].path}${searches.get(route) ?? ''}`;
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
