// The one TanStack Query cache of the app: every GraphQL answer is kept under [operation name, variables], so a
// page opened again within half a minute shows its figures at once, and a change (a mutation) marks the answers
// it affects stale.
import { QueryClient } from '@tanstack/react-query';
import { graphqlRequest, type GraphQLDocument } from './graphql-client';

/** How long an answer counts as fresh: a page opened again within this time is not asked for again. */
const FRESH_FOR_MS = 30_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: FRESH_FOR_MS,
        // Charts do not redraw because the window got the focus back; "Thử lại" and a new view ask again.
        refetchOnWindowFocus: false,
        // A failure is shown at once, with its retry button, as before; nothing retries behind the user's back.
        retry: false,
        // Requests go out whatever navigator.onLine says: a network failure is an error to show, not a pause.
        networkMode: 'always',
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}

/** The operation's name as written in the document (`query Ranking(…)` → "Ranking"): the first part of its key. */
export function operationName(document: GraphQLDocument<unknown, never>): string {
  const name = /\b(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1];
  if (!name) throw new Error('A GraphQL document the app sends must name its operation (query Name { … })');
  return name;
}

/**
 * The query of one GraphQL operation with these variables, keyed [operation name, variables]: for useQuery, and for
 * queryClient.prefetchQuery and fetchQuery outside a component (the catalogue at start-up, the consolidated report).
 */
export function operationQuery<TData, TVariables>(document: GraphQLDocument<TData, TVariables>, variables: TVariables) {
  return {
    queryKey: [operationName(document), variables] as const,
    queryFn: ({ signal }: { signal: AbortSignal }) => graphqlRequest(document, variables, { signal }),
  };
}

/** The session's answer (ME_QUERY, session/viewer.queries.ts): a change to the figures or accounts leaves it be. */
const SESSION_OPERATION = 'Me';

/**
 * After a change stored by a mutation: every answer but the session's is marked stale. What one change affects
 * reaches across pages (an approved report moves ranks, scores, the overview, the report form and the approvals
 * list; a new account shows in the token page's account list and in the audit log), and a stale answer costs
 * nothing until a page shows it: only the queries of the page on screen ask again, as the pages reloaded before.
 */
export function invalidateAfterChange(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== SESSION_OPERATION });
}
