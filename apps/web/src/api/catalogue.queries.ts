// The catalogue the province, report, approvals and overview pages open with; its shape is generated
// (src/api/generated).
import { graphql } from './generated/gql';
import type { ResultOf } from './graphql-client';

export const CATALOGUE_QUERY = graphql(`
  query Catalogue {
    plans {
      ...PlanFields
    }
    metrics {
      ...MetricFields
    }
    provinces {
      ...ProvinceFields
    }
  }
`);

/** Plans, the metric catalogue and the 63 provinces. */
export type Catalogue = ResultOf<typeof CATALOGUE_QUERY>;
