// The one owner of the address bar: pages read the path and query through useLocation and change them through
// navigate, pushSearch and replaceSearch, so every part of the app sees the same location, back and forward
// included.
import { useSyncExternalStore } from 'react';
import { createSearchMemory, type RouteId } from './routes';

const listeners = new Set<() => void>();
const memory = createSearchMemory();

function currentHref(): string {
  return `${window.location.pathname}${window.location.search}`;
}

function changed(): void {
  memory.remember(window.location.pathname, window.location.search);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', changed);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', changed);
  };
}

export type AppLocation = { pathname: string; search: string };

/** The path and query of the address bar; re-renders on every change, back and forward included. */
export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, currentHref);
  const queryStart = href.indexOf('?');
  return queryStart < 0
    ? { pathname: href, search: '' }
    : { pathname: href.slice(0, queryStart), search: href.slice(queryStart) };
}

/** Where a link to a page goes: its path with the query it had when last shown. */
export function hrefFor(route: RouteId): string {
  return memory.href(route);
}

/** Shows another page, as a new history entry. */
export function navigate(route: RouteId): void {
  memory.remember(window.location.pathname, window.location.search);
  const href = memory.href(route);
  if (href === currentHref()) return;
  window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
  changed();
}

/** A new view of the same page (another metric, another plan version): a new history entry. */
export function pushSearch(search: string): void {
  if (search === window.location.search) return;
  window.history.pushState(null, '', `${window.location.pathname}${search}`);
  changed();
}

/** The same view written out in full (defaults made explicit): no new history entry. */
export function replaceSearch(search: string): void {
  if (search === window.location.search) return;
  window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  changed();
}
