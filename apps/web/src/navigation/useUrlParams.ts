import { useCallback, useEffect, useMemo } from 'react';
import { pushSearch, replaceSearch, useLocation } from './location-store';

export type ResolvedParams<TParams, TName extends string> = {
  params: TParams;
  /** Parameters present in the URL but not usable; the default was used instead. */
  invalid: TName[];
};

/**
 * A page's choices, read from and written to the URL query. `resolve` reads them from a query string (keep it stable
 * with useCallback: it runs again when it changes) and `toSearch` writes them, keeping other parameters.
 */
export function useUrlParams<TParams, TName extends string>(
  resolve: (search: string) => ResolvedParams<TParams, TName>,
  toSearch: (params: TParams, currentSearch: string) => string,
) {
  const { search } = useLocation();
  const { params, invalid } = useMemo(() => resolve(search), [resolve, search]);

  // Write the defaults into the address bar so that copying it gives the same view.
  useEffect(() => {
    replaceSearch(toSearch(params, window.location.search));
  }, [params, toSearch]);

  const update = useCallback(
    (change: Partial<TParams>) => pushSearch(toSearch({ ...params, ...change }, window.location.search)),
    [params, toSearch],
  );

  return { params, invalid, update };
}
