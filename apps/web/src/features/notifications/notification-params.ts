// The notifications page's view lives in the URL (?unread=1&page=2), so a reload or Back shows the same list. Every
// alert, first page, is the default and needs no parameter. The server pages by offset, 20 to a page.
import type { NotificationsVariables } from './notifications.queries';

export const NOTIFICATION_PAGE_SIZE = 20;

export type NotificationParams = { unreadOnly: boolean; page: number };
export type NotificationParamName = 'unread' | 'page';
export type ResolvedNotificationParams = { params: NotificationParams; invalid: NotificationParamName[] };

export const DEFAULT_NOTIFICATION_PARAMS: NotificationParams = { unreadOnly: false, page: 1 };

export function resolveNotificationParams(search: string): ResolvedNotificationParams {
  const query = new URLSearchParams(search);
  const invalid: NotificationParamName[] = [];

  const unreadText = query.get('unread');
  const unreadOnly = unreadText === '1' || unreadText === 'true';
  if (unreadText !== null && !unreadOnly && unreadText !== '0' && unreadText !== 'false') invalid.push('unread');

  const pageText = query.get('page');
  const page = pageText !== null && /^[1-9]\d{0,5}$/.test(pageText) ? Number(pageText) : null;
  if (pageText !== null && page === null) invalid.push('page');

  return { params: { unreadOnly, page: page ?? 1 }, invalid };
}

/** The query for the view, keeping other parameters; the defaults are left out. */
export function toNotificationSearch(params: NotificationParams, currentSearch: string): string {
  const query = new URLSearchParams(currentSearch);
  if (params.unreadOnly) query.set('unread', '1');
  else query.delete('unread');
  if (params.page > 1) query.set('page', String(params.page));
  else query.delete('page');
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** What the notifications query is asked for the view (the language is the page load's). */
export function pageVariables(params: NotificationParams): Omit<NotificationsVariables, 'language'> {
  return {
    first: NOTIFICATION_PAGE_SIZE,
    offset: (params.page - 1) * NOTIFICATION_PAGE_SIZE,
    unreadOnly: params.unreadOnly,
  };
}

/** How many notifications the filter lists: the unread ones, or all. */
export function matchingCount(counts: { totalCount: number; unreadCount: number }, unreadOnly: boolean): number {
  return unreadOnly ? counts.unreadCount : counts.totalCount;
}

/** How many pages of 20 the list has; an empty list is still one page. */
export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / NOTIFICATION_PAGE_SIZE));
}

/**
 * The page to show instead when the one asked for is past the end (the list shrank: read with "Chỉ chưa đọc", or
 * a link kept from before); null when the page asked for is there.
 */
export function pageInRange(page: number, count: number): number | null {
  const last = pageCount(count);
  return page > last ? last : null;
}

/** The positions (from 1) of a page's first and last notification; null for an empty page. */
export function shownRange(page: number, itemsOnPage: number): { from: number; to: number } | null {
  if (itemsOnPage === 0) return null;
  const from = (page - 1) * NOTIFICATION_PAGE_SIZE + 1;
  return { from, to: from + itemsOnPage - 1 };
}
