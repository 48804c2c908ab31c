import type { QueryClient } from '@tanstack/react-query';
import { CATALOGUE_QUERY } from './catalogue.queries';
import { operationQuery } from './query-client';
import { useOperationQuery } from './useOperationQuery';

const NO_VARIABLES = {};

/**
 * Asks for the catalogue at start-up, beside the session check, for the pages that open with it: the page then
 * takes this answer from the cache instead of asking once the session is known. A failure (no session yet) is not
 * kept: the page asks again.
 */
export function prefetchCatalogue(queryClient: QueryClient): void {
  void queryClient.prefetchQuery(operationQuery(CATALOGUE_QUERY, NO_VARIABLES));
}

/** Plans, the metric catalogue and the 63 provinces: what the province page and the report form choose from. */
export function useCatalogue() {
  return useOperationQuery(CATALOGUE_QUERY, NO_VARIABLES);
}
