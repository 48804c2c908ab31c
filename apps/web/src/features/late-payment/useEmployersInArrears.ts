import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ArrearsBucket, IsoDate } from '../../api/graphql-types';
import { graphqlRequest, isAbortError } from '../../api/graphql-client';
import {
  employerPagesReducer,
  employerRows,
  employerTotals,
  initialEmployerPages,
  nextCursor,
  remainingCount,
} from './employer-pages';
import {
  EMPLOYERS_IN_ARREARS_QUERY,
  EMPLOYERS_PAGE_SIZE,
  type EmployersInArrearsData,
  type EmployersInArrearsVariables,
} from './late-payment.queries';

export type EmployersFilter = { province: string; asOf: IsoDate; bucket: ArrearsBucket | null };

function fetchPage(filter: EmployersFilter, after: string | null, signal: AbortSignal) {
  return graphqlRequest<EmployersInArrearsData, EmployersInArrearsVariables>(
    EMPLOYERS_IN_ARREARS_QUERY,
    { ...filter, first: EMPLOYERS_PAGE_SIZE, after },
    { signal },
  ).then((data) => data.employersInArrears);
}

/**
 * A province's employers in arrears, largest debt first, a page at a time. A new filter starts again from the
 * first page; `loadMore` appends the next; a failure stays a failure (the rows already shown stay too).
 */
export function useEmployersInArrears(filter: EmployersFilter) {
  const key = JSON.stringify(filter);
  const [state, dispatch] = useReducer(employerPagesReducer, key, initialEmployerPages);
  const [attempt, setAttempt] = useState(0);
  const moreRequest = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    moreRequest.current?.abort();
    dispatch({ type: 'reset', key });
    void fetchPage(filter, null, controller.signal).then(
      (page) => dispatch({ type: 'page', key, page }),
      (error: unknown) => {
        if (!isAbortError(error)) dispatch({ type: 'failed', key, error });
      },
    );
    return () => controller.abort();
    // key stands for filter: a new object with the same values must not start again.
  }, [key, attempt]);

  useEffect(() => () => moreRequest.current?.abort(), []);

  const after = nextCursor(state.pages);
  const busy = state.status === 'loading' || state.status === 'loading-more';
  const loadMore = useCallback(() => {
    if (after === null || busy) return;
    const controller = new AbortController();
    moreRequest.current = controller;
    dispatch({ type: 'loading-more', key });
    void fetchPage(filter, after, controller.signal).then(
      (page) => dispatch({ type: 'page', key, page }),
      (error: unknown) => {
        if (!isAbortError(error)) dispatch({ type: 'failed', key, error });
      },
    );
    // key stands for filter, as above.
  }, [key, after, busy]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // Until the reset for a new filter has run, the state still holds the previous filter's rows: hide them.
  const current = state.key === key;
  return {
    status: current ? state.status : 'loading',
    error: current ? state.error : undefined,
    rows: current ? employerRows(state.pages) : [],
    totals: current ? employerTotals(state.pages) : undefined,
    remaining: current ? remainingCount(state.pages) : 0,
    hasMore: current && after !== null,
    loadMore,
    reload,
  };
}
