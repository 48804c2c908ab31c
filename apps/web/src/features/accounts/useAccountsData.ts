import { useOperationQuery } from '../../api/useOperationQuery';
import { ACCOUNTS_QUERY } from './accounts.queries';

const NO_VARIABLES = {};

/** Every account and the provinces to choose from; a change marks it stale and the page asks again. */
export function useAccountsData() {
  return useOperationQuery(ACCOUNTS_QUERY, NO_VARIABLES);
}
