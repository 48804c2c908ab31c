import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isAbortError } from './graphql-client';
import type { QueryState } from './useGraphQLQuery';

type InternalState<TData> = { data: TData | undefined; error: unknown; loading: boolean };

/**
 * useGraphQLQuery for an answer made of several requests (one per metric, or a request and its fallback): runs
 * `load` whenever `key` changes, aborting the run still in flight. The same states: the previous data stays on
 * screen while the next run loads, and a failure shows no data, never old or empty figures.
 */
export function useAsyncData<TData>(load: (signal: AbortSignal) => Promise<TData>, key: string): QueryState<TData> {
  const loadRef = useRef(load);
  // The latest `load` is what a run uses; layout effects run before the effect below.
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<InternalState<TData>>({ data: undefined, error: undefined, loading: true });

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, error: undefined, loading: true }));
    void loadRef.current(controller.signal).then(
      (data) => {
        // In a transition, as useGraphQLQuery: a large answer renders in slices.
        if (!controller.signal.aborted) startTransition(() => setState({ data, error: undefined, loading: false }));
      },
      (error: unknown) => {
        if (!isAbortError(error) && !controller.signal.aborted) setState({ data: undefined, error, loading: false });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
