import { METRIC_FIELDS, PLAN_FIELDS, PROVINCE_FIELDS } from './fields';
import type { Metric, Plan, Province } from './graphql-types';
import { graphqlRequest } from './graphql-client';
import { useAsyncData } from './useAsyncData';

export const CATALOGUE_QUERY = /* GraphQL */ `
  query Catalogue {
    plans {
      ${PLAN_FIELDS}
    }
    metrics {
      ${METRIC_FIELDS}
    }
    provinces {
      ${PROVINCE_FIELDS}
    }
  }
`;

export type Catalogue = { plans: Plan[]; metrics: Metric[]; provinces: Province[] };

const NO_VARIABLES = {};

let prefetched: Promise<Catalogue> | undefined;

/**
 * Asks for the catalogue at start-up, beside the session check, for the pages that open with it: the page then
 * takes this answer instead of asking once the session is known. A failure (no session yet) is not kept: the page
 * asks again.
 */
export function prefetchCatalogue(): void {
  prefetched ??= graphqlRequest<Catalogue, Record<string, never>>(CATALOGUE_QUERY, NO_VARIABLES);
  prefetched.catch(() => undefined);
}

function loadCatalogue(signal: AbortSignal): Promise<Catalogue> {
  const early = prefetched;
  prefetched = undefined;
  const ask = () => graphqlRequest<Catalogue, Record<string, never>>(CATALOGUE_QUERY, NO_VARIABLES, { signal });
  return early ? early.catch(ask) : ask();
}

/** Plans, the metric catalogue and the 63 provinces: what the province page and the report form choose from. */
export function useCatalogue() {
  return useAsyncData(loadCatalogue, 'catalogue');
}
