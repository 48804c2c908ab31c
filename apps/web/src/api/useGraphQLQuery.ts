import { startTransition, useCallback, useEffect, useState } from 'react';
import { graphqlRequest, isAbortError } from './graphql-client';

export type QueryState<TData> = {
  /** Undefined while the first request runs and after a failure: a failure never shows old or empty data. */
  data: TData | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
};

type InternalState<TData> = { data: TData | undefined; error: unknown; loading: boolean };

/** Runs the query whenever its variables change; an older request still in flight is aborted. */
export function useGraphQLQuery<TData, TVariables extends Record<string, unknown>>(
  query: string,
  variables: TVariables,
): QueryState<TData> {
  const variablesKey = JSON.stringify(variables);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<InternalState<TData>>({ data: undefined, error: undefined, loading: true });

  useEffect(() => {
    const controller = new AbortController();
    // Keep the previous data on screen while the next request runs, marked as loading.
    setState((previous) => ({ data: previous.data, error: undefined, loading: true }));
    void graphqlRequest<TData, TVariables>(query, variables, { signal: controller.signal }).then(
      // An answer is shown in a transition: React renders a large page (63 provinces) in slices and keeps the page
      // responsive to typing and clicks meanwhile, instead of one long task.
      (data) => startTransition(() => setState({ data, error: undefined, loading: false })),
      (error: unknown) => {
        if (!isAbortError(error)) setState({ data: undefined, error, loading: false });
      },
    );
    return () => controller.abort();
    // variablesKey stands for variables: a new object with the same values must not refetch.
  }, [query, variablesKey, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
