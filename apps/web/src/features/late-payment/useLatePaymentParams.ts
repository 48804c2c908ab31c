import { useCallback, useMemo } from 'react';
import { pushSearch, useLocation } from '../../navigation/location-store';
import { resolveLatePaymentParams, toLatePaymentSearch, type LatePaymentParams } from './late-payment-params';

/**
 * Date, unit set, province and bucket, read from and written to the URL query. The latest month is not written in: a
 * link without a date keeps showing the latest month as the ledger grows.
 */
export function useLatePaymentParams() {
  const { search } = useLocation();
  const { params, invalid } = useMemo(() => resolveLatePaymentParams(search), [search]);

  const update = useCallback(
    (change: Partial<LatePaymentParams>) =>
      pushSearch(toLatePaymentSearch({ ...params, ...change }, window.location.search)),
    [params],
  );

  return { params, invalid, update };
}
