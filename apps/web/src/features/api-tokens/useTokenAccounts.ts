import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { TOKEN_ACCOUNTS_QUERY, type TokenAccountsData } from './api-tokens.queries';

const NO_VARIABLES = {};

/** The accounts a data officer may make a token for (only data officers may ask). */
export function useTokenAccounts() {
  return useGraphQLQuery<TokenAccountsData, Record<string, never>>(TOKEN_ACCOUNTS_QUERY, NO_VARIABLES);
}
