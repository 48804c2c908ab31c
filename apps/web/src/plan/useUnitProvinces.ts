import { useMemo } from 'react';
import type { Province } from '../api/fields';
import type { UnitSet } from '../api/generated/graphql';
import { graphqlRequest } from '../api/graphql-client';
import { operationName } from '../api/query-client';
import { useQueryState } from '../api/useOperationQuery';
import { UNIT_SET_PROVINCES_QUERY, type UnitProvince } from './unit-sets.queries';

export type UnitProvincesState = {
  /** The units of the set asked for, in code order; undefined while they load (never the previous set's). */
  provinces: readonly UnitProvince[] | undefined;
  loading: boolean;
  error: unknown;
  reload: () => void;
};

/**
 * The units of the set. The 63 are the catalogue's provinces the page already has (at once, no request); the 34 are
 * asked for once, with their predecessors.
 */
export function useUnitProvinces(unitSet: UnitSet, catalogueProvinces: readonly Province[]): UnitProvincesState {
  const the63 = useMemo(
    () => catalogueProvinces.map((province) => ({ ...province, predecessors: [] })),
    [catalogueProvinces],
  );
  const query = useQueryState({
    queryKey: [operationName(UNIT_SET_PROVINCES_QUERY), { unitSet }],
    queryFn: ({ signal }) =>
      unitSet === 'VN63'
        ? Promise.resolve(null)
        : graphqlRequest(UNIT_SET_PROVINCES_QUERY, { unitSet }, { signal }).then((answer) => ({
            unitSet,
            provinces: answer.provinces,
          })),
  });
  if (unitSet === 'VN63') return { provinces: the63, loading: false, error: undefined, reload: query.reload };
  return {
    provinces: query.data?.unitSet === unitSet ? query.data.provinces : undefined,
    loading: query.loading,
    error: query.error,
    reload: query.reload,
  };
}
