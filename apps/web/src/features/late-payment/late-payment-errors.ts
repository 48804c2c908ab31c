// What to tell the user when the late-payment figures cannot be loaded, where the page knows better than the
// generic explanation of the error kind.
import { GraphQLRequestError } from '../../api/graphql-client';
import type { IsoDate } from '../../api/scalars';
import { formatDate } from '../../i18n/format';
import { text } from '../../i18n/vi';

/** A date the server refused (outside the ledger): say so and point to the latest month; otherwise undefined. */
export function latePaymentErrorMessage(error: unknown, asOf: IsoDate | null): string | undefined {
  if (asOf === null || !(error instanceof GraphQLRequestError)) return undefined;
  const refused = error.extensions.some((extensions) => extensions.code === 'BAD_USER_INPUT');
  return refused ? text.latePayment.errors.dateRefused(formatDate(asOf)) : undefined;
}
