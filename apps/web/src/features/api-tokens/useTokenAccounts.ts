import { useOperationQuery } from '../../api/useOperationQuery';
import { TOKEN_ACCOUNTS_QUERY } from './api-tokens.queries';

const NO_VARIABLES = {};

/** The accounts a data officer may make a token for (only data officers may ask). */
export function useTokenAccounts() {
  return useOperationQuery(TOKEN_ACCOUNTS_QUERY, NO_VARIABLES);
}
