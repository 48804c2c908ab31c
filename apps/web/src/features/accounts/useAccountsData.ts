import { useGraphQLQuery } from '../../api/useGraphQLQuery';
import { ACCOUNTS_QUERY, type AccountsData } from './accounts.queries';

const NO_VARIABLES = {};

/** Every account and the provinces to choose from; reload() after a change. */
export function useAccountsData() {
  return useGraphQLQuery<AccountsData, Record<string, never>>(ACCOUNTS_QUERY, NO_VARIABLES);
}
