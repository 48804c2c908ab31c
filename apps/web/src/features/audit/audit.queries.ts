// GraphQL document of the audit log page; the shape it returns is generated (src/api/generated).
import { graphql } from '../../api/generated/gql';
import type { ResultOf } from '../../api/graphql-client';

/**
 * Newest first, a page at a time (after: the endCursor of the page before). actor: an account login, "token:<id>",
 * "cli:<user>@<host>" or "system:…"; totalCount: the events that match the filter.
 */
export const AUDIT_LOG_QUERY = graphql(`
  query AuditLog($first: Int!, $after: String, $action: String, $actor: String) {
    auditLog(first: $first, after: $after, action: $action, actor: $actor) {
      edges {
        node {
          id
          at
          actor
          actorRole
          via
          origin
          action
          target
          outcome
          detail
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export type AuditPage = ResultOf<typeof AUDIT_LOG_QUERY>['auditLog'];
export type AuditEvent = AuditPage['edges'][number]['node'];
