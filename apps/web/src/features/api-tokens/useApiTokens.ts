import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { API_TOKENS_QUERY, type ApiTokensData, type ApiTokensVariables } from './api-tokens.queries';

/** The caller's tokens (all: every token, for data officers) and the provinces; reload() after a change. */
export function useApiTokens(variables: ApiTokensVariables) {
  return useGraphQLQuery<ApiTokensData, ApiTokensVariables>(API_TOKENS_QUERY, variables);
}
