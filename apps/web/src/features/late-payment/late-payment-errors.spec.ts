import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { latePaymentErrorMessage } from './late-payment-errors';

const refused = new GraphQLRequestError('graphql', 'asOf 2019-12-31 is outside the ledger', 200, [
  { message: 'asOf 2019-12-31 is outside the ledger', extensions: { code: 'BAD_USER_INPUT' } },
]);

describe('latePaymentErrorMessage', () => {
  it('says the chosen date is not in the ledger when the server refuses it', () => {
    expect(latePaymentErrorMessage(refused, '2019-12-31')).toBe(
      'Sổ thu không có số liệu ngày 31/12/2019. Chọn một tháng khác hoặc xem số liệu mới nhất.',
    );
  });

  it('leaves other failures to the generic explanation', () => {
    expect(latePaymentErrorMessage(refused, null)).toBeUndefined();
    expect(latePaymentErrorMessage(new GraphQLRequestError('network', 'down'), '2023-09-30')).toBeUndefined();
    expect(latePaymentErrorMessage(new Error('x'), '2023-09-30')).toBeUndefined();
  });
});
