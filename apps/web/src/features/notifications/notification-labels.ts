// A notification in words and the header's count: the kind's name where known (the code otherwise, so a new kind
// still shows), the badge and the link's name, and whether an alert's link is a page of this app.
import { formatInteger } from '../../i18n/format';
import { textNotifications } from '../../i18n/vi-notifications';

const t = textNotifications;

export function kindLabel(kind: string): string {
  return (t.kinds as Readonly<Record<string, string>>)[kind] ?? kind;
}

/**
 * The badge beside "Cảnh báo": nothing for none, else the number in full (no "99+": what the link shows must be in
 * its name, and the name says the number).
 */
export function unreadBadge(count: number): string | null {
  return count > 0 ? formatInteger(count) : null;
}

export type UnreadState = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; count: number };

/**
 * What the header link's name says after "Cảnh báo": ", 2 chưa đọc", that none is unread, or that the count could
 * not be loaded; nothing while it loads.
 */
export function unreadSuffix(state: UnreadState): string {
  switch (state.status) {
    case 'loading':
      return '';
    case 'failed':
      return t.header.countFailed;
    case 'ready':
      return state.count > 0 ? t.header.unread(formatInteger(state.count)) : t.header.noneUnread;
  }
}

/**
 * The link of a notification when it is a path of this app ("/tinh/01?…"); null for anything else (another site,
 * "//host/…", a script URL), which is then not made a link.
 */
export function appPath(link: string): string | null {
  return /^\/(?![/\\])/.test(link) ? link : null;
}
