// GraphQL documents of the alerts in the app (docs/alerts.md); the shapes they return are generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { AlertKind } from '../../api/generated/graphql';
import type { ResultOf, VariablesOf } from '../../api/graphql-client';

export type { AlertKind };

/**
 * A page of the caller's notifications, newest date first, with subject and body written by the server in `language`
 * (figures in vi-VN formats in both). totalCount counts them all, unreadCount the unread ones, whatever the filter.
 */
export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int!, $offset: Int!, $unreadOnly: Boolean!, $language: String!) {
    notifications(first: $first, offset: $offset, unreadOnly: $unreadOnly, language: $language) {
      totalCount
      unreadCount
      items {
        id
        kind
        date
        planId
        provinceCode
        metric
        subject
        body
        link
        raisedAt
        readAt
      }
    }
  }
`);

export type NotificationsVariables = VariablesOf<typeof NOTIFICATIONS_QUERY>;
export type NotificationList = ResultOf<typeof NOTIFICATIONS_QUERY>['notifications'];
export type NotificationItem = NotificationList['items'][number];

/** The number in the header: only the unread count (one item is the least the query may be asked for). */
export const NOTIFICATION_COUNT_QUERY = graphql(`
  query NotificationCount {
    notifications(first: 1) {
      unreadCount
    }
  }
`);

/** Marks one notification read; the first time stays. Its success marks the count and the list stale. */
export const MARK_NOTIFICATION_READ_MUTATION = graphql(`
  mutation MarkNotificationRead($id: String!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);
