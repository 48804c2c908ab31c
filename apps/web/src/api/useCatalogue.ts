import { METRIC_FIELDS, PLAN_FIELDS, PROVINCE_FIELDS } from './fields';
import type { Metric, Plan, Province } from './graphql-types';
import { useGraphQLQuery } from './useGraphQLQuery';

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

/** Plans, the metric catalogue and the 63 provinces: what the province page and the report form choose from. */
export function useCatalogue() {
  return useGraphQLQuery<Catalogue, Record<string, never>>(CATALOGUE_QUERY, NO_VARIABLES);
}
