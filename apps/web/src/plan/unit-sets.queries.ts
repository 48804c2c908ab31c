// The units of a unit set with the units of the 63 merged into each (the 34 of 2025); the shapes are generated
// (src/api/generated).
import { graphql } from '../api/generated/gql';
import type { ResultOf } from '../api/graphql-client';

export const UNIT_SET_PROVINCES_QUERY = graphql(`
  query UnitSetProvinces($unitSet: UnitSet!) {
    provinces(unitSet: $unitSet) {
      ...ProvinceFields
      predecessors {
        code
        nameVi
      }
    }
  }
`);

/** A unit of a set; predecessors: for a unit of the 34, the units of the 63 merged into it (empty on the 63). */
export type UnitProvince = ResultOf<typeof UNIT_SET_PROVINCES_QUERY>['provinces'][number];
export type Predecessor = UnitProvince['predecessors'][number];
