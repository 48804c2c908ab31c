import type { VariablesOf } from '../../api/graphql-client';
import { useOperationQuery } from '../../api/useOperationQuery';
import { API_TOKENS_QUERY } from './api-tokens.queries';

/** The caller's tokens (all: every token, for data officers) and the provinces; asked again after a change. */
export function useApiTokens(variables: VariablesOf<typeof API_TOKENS_QUERY>) {
  return useOperationQuery(API_TOKENS_QUERY, variables);
}
