import { useCallback, useEffect, useRef, useState } from 'react';
import { graphqlRequest, isAbortError } from './graphql-client';

export type MutationState<TData> =
  { status: 'idle' } | { status: 'running' } | { status: 'done'; data: TData } | { status: 'failed'; error: unknown };

/**
 * Runs a mutation on demand. A failure stays a failure (state 'failed' with the thrown error); leaving the
 * page aborts a request still running.
 */
export function useGraphQLMutation<TData, TVariables extends Record<string, unknown>>(mutation: string) {
  const [state, setState] = useState<MutationState<TData>>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  /** Resolves with the data, or undefined when it failed (the failure is in state). */
  const run = useCallback(
    async (prepare: () => Promise<TVariables>): Promise<TData | undefined> => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState({ status: 'running' });
      try {
        const data = await graphqlRequest<TData, TVariables>(mutation, await prepare(), { signal: current.signal });
        setState({ status: 'done', data });
        return data;
      } catch (error) {
        if (!isAbortError(error)) setState({ status: 'failed', error });
        return undefined;
      }
    },
    [mutation],
  );

  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, run, reset };
}
