import { useOperationQuery } from '../../api/useOperationQuery';
import { LATE_PAYMENT_QUERY, LATE_PAYMENT_TREND_QUERY, type LatePaymentVariables } from './late-payment.queries';

/** National and province figures at a month end, in rank order: one request per date. */
export function useLatePayment(variables: LatePaymentVariables) {
  return useOperationQuery(LATE_PAYMENT_QUERY, variables);
}

const NO_VARIABLES = {};

/** The national ratio at every month end of the ledger: loaded once per page. */
export function useLatePaymentTrend() {
  return useOperationQuery(LATE_PAYMENT_TREND_QUERY, NO_VARIABLES);
}
