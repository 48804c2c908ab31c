// The one owner of the address bar: pages read the path and query through useLocation and change them through
// navigate, navigateTo, pushSearch and replaceSearch, so every part of the app sees the same location, back
// and forward included.
import { useSyncExternalStore } from 'react';
import { rankingHref, type PlanScope } from './links';
import { createSearchMemory, type NavRouteId } from './routes';

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
export function hrefFor(route: NavRouteId): string {
  return memory.href(route);
}

/** The ranking at a date, with the metric and basis it last showed; with a scope, on that plan and unit set. */
export function rankingHrefAt(asOf: string, scope?: PlanScope): string {
  memory.remember(window.location.pathname, window.location.search);
  return rankingHref(memory.search('ranking'), asOf, scope);
}

/** Shows another page, as a new history entry. */
export function navigate(route: NavRouteId): void {
  memory.remember(window.location.pathname, window.location.search);
  navigateTo(memory.href(route));
}

/** Shows the page at an href of the app (a province's page, the ranking at a date), as a new history entry. */
export function navigateTo(href: string): void {
  memory.remember(window.location.pathname, window.location.search);
  if (href === currentHref()) return;
  window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
  changed();
}

/** Shows another page of the app in place of this one (a redirect): no history entry, so Back does not return. */
export function redirectTo(href: string): void {
  if (href === currentHref()) return;
  window.history.replaceState(null, '', href);
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
