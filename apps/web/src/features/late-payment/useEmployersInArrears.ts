import type { ArrearsBucket } from '../../api/generated/graphql';
import { graphqlRequest } from '../../api/graphql-client';
import { operationName } from '../../api/query-client';
import type { IsoDate } from '../../api/scalars';
import { usePagedConnection } from '../../api/usePagedConnection';
import { employerTotals } from './employer-pages';
import {
  EMPLOYERS_IN_ARREARS_QUERY,
  EMPLOYERS_PAGE_SIZE,
  type EmployerArrears,
  type EmployerArrearsConnection,
} from './late-payment.queries';

export type EmployersFilter = { province: string; asOf: IsoDate; bucket: ArrearsBucket | null };

/**
 * A province's employers in arrears, largest debt first, a page at a time. A new filter starts again from the
 * first page (the previous filter's rows are not shown meanwhile); `loadMore` appends the next; a failure stays a
 * failure (the rows already shown stay too).
 */
export function useEmployersInArrears(filter: EmployersFilter) {
  const { pages, ...list } = usePagedConnection<EmployerArrears, EmployerArrearsConnection>({
    queryKey: [operationName(EMPLOYERS_IN_ARREARS_QUERY), filter],
    fetchPage: (after, signal) =>
      graphqlRequest(EMPLOYERS_IN_ARREARS_QUERY, { ...filter, first: EMPLOYERS_PAGE_SIZE, after }, { signal }).then(
        (data) => data.employersInArrears,
      ),
    rowKey: (row) => row.employer.id,
  });
  return { ...list, totals: employerTotals(pages) };
}
