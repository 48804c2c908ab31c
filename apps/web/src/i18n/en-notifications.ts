// The English texts of vi-notifications.ts (same shape, checked by the compiler). Only types come from
// vi-notifications.ts: it imports this module's value, so a value imported back would be a circular import.
import { alertKindLabels } from './alert-kind-labels';
import type { NotificationMessages } from './vi-notifications';

export const enNotificationMessages: NotificationMessages = {
  header: {
    label: 'Alerts',
    unread: (count: string) => `, ${count} unread`,
    noneUnread: ', none unread',
    countFailed: ', the unread count could not be loaded',
    countFailedTitle: 'The unread count could not be loaded. Open the Alerts page to see the list.',
  },
  intro:
    'What needs doing in your area: reports due soon or not sent, provinces falling in rank or status band, a pace that can no longer reach the plan, high late payment, reports waiting long for approval. Newest date first; open an alert to see the page with its figures.',
  pagesLabel: 'Alert settings pages',
  listTitle: 'Alert list',
  summary: (unread: string, total: string) => `${unread} unread of ${total} alerts`,
  shown: (from: string, to: string, count: string) => `Showing ${from}–${to} of ${count}`,
  loadTitle: 'Could not load the alerts',
  empty: 'No alerts yet. When something needs attention, its alert appears here.',
  emptyUnread: 'No unread alerts.',
  filter: {
    label: 'Filter alerts',
    unreadOnly: 'Unread only',
  },
  item: {
    unread: 'Unread',
    raisedAt: (when: string) => `Received ${when}`,
    readAt: (when: string) => `read ${when}`,
    markRead: 'Mark as read',
    marking: 'Marking…',
    noLink: 'This alert has no page to open.',
  },
  kinds: alertKindLabels('en'),
  paging: {
    label: 'Pages of the alert list',
    previous: 'Previous page',
    next: 'Next page',
    position: (page: string, pages: string) => `Page ${page} of ${pages}`,
  },
  marked: (subject: string) => `Marked as read: ${subject}`,
  errors: {
    mark: (subject: string) => `Could not mark “${subject}” as read`,
    open: (subject: string) => `Could not open “${subject}”: it could not be marked as read`,
  },
};
