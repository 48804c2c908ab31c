import { useMutation, useQueryClient, type UseMutationResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { graphqlRequest, type GraphQLDocument } from './graphql-client';
import { invalidateAfterChange } from './query-client';

export type MutationState<TData> =
  { status: 'idle' } | { status: 'running' } | { status: 'done'; data: TData } | { status: 'failed'; error: unknown };

/**
 * Runs a mutation on demand. A failure stays a failure (state 'failed' with the thrown error); a success marks the
 * cached answers stale, so the page on screen shows what changed.
 */
export function useOperationMutation<TData, TVariables>(document: GraphQLDocument<TData, TVariables>) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    // The variables are prepared inside the mutation (reading files takes a while): a failure there is its failure.
    mutationFn: async (prepare: () => Promise<TVariables>) => graphqlRequest(document, await prepare()),
    onSuccess: () => void invalidateAfterChange(queryClient),
  });
  const { mutateAsync, reset } = mutation;

  /** Resolves with the data, or undefined when it failed (the failure is in state). */
  const run = useCallback(
    (prepare: () => Promise<TVariables>): Promise<TData | undefined> => mutateAsync(prepare).catch(() => undefined),
    [mutateAsync],
  );
  return { state: mutationState(mutation), run, reset };
}

function mutationState<TData, TVariables>(
  mutation: UseMutationResult<TData, Error, () => Promise<TVariables>>,
): MutationState<TData> {
  switch (mutation.status) {
    case 'idle':
      return { status: 'idle' };
    case 'pending':
      return { status: 'running' };
    case 'success':
      return { status: 'done', data: mutation.data };
    case 'error':
      return { status: 'failed', error: mutation.error };
  }
}
