import { keepPreviousData, useQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback, useDeferredValue } from 'react';
import type { GraphQLDocument } from './graphql-client';
import { operationQuery } from './query-client';

export type QueryState<TData> = {
  /** Undefined while the first request runs and after a failure: a failure never shows old or empty data. */
  data: TData | undefined;
  error: unknown;
  /** A request runs (the first, or for new variables while the previous answer stays on screen). */
  loading: boolean;
  reload: () => void;
};

/** The key ([operation name, variables], and what else makes the answer) and the request of a query. */
export type StateQueryOptions<TData> = {
  queryKey: QueryKey;
  queryFn: (context: { signal: AbortSignal }) => Promise<TData>;
};

/**
 * A cached query as the pages read it: the previous answer stays on screen, marked as loading, while the answer to
 * new variables loads; a failure shows no data. A request no longer wanted (the view changed again, the page was
 * left) is aborted.
 */
export function useQueryState<TData>({ queryKey, queryFn }: StateQueryOptions<TData>): QueryState<TData> {
  const query = useQuery({ queryKey, queryFn, placeholderData: keepPreviousData });
  const answer = query.isError ? undefined : query.data;
  // A new answer renders at low priority, as in a transition: React renders a large page (63 provinces) in slices
  // and stays responsive to typing and clicks meanwhile. Until it has, the page still counts as loading.
  const data = useDeferredValue(answer);
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    data,
    error: query.isError ? query.error : undefined,
    loading: query.isFetching || data !== answer,
    reload,
  };
}

/** One GraphQL operation, cached under [operation name, variables]; new variables ask again. */
export function useOperationQuery<TData, TVariables>(
  document: GraphQLDocument<TData, TVariables>,
  variables: TVariables,
): QueryState<TData> {
  return useQueryState(operationQuery(document, variables));
}
