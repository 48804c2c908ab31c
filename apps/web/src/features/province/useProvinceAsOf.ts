import { useCallback, useEffect, useMemo } from 'react';
import type { Plan } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import { pushSearch, replaceSearch, useLocation } from '../../navigation/location-store';
import { resolveProvinceAsOf, toProvinceSearch } from './province-params';

/** The province page's date, read from and written to the URL query. */
export function useProvinceAsOf(plan: Plan) {
  const { search } = useLocation();
  const { asOf, invalid } = useMemo(() => resolveProvinceAsOf(search, plan), [search, plan]);

  // Write the default into the address bar so that copying it gives the same view.
  useEffect(() => {
    replaceSearch(toProvinceSearch(asOf, window.location.search));
  }, [asOf]);

  const setAsOf = useCallback((date: IsoDate) => pushSearch(toProvinceSearch(date, window.location.search)), []);
  return { asOf, invalid, setAsOf };
}
