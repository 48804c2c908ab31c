import { GraphQLRequestError } from '../api/graphql-client';
import { text } from '../i18n/vi';
import { inLanguage } from '../i18n/language';

export type ErrorDescription = {
  /** What went wrong, in the page's language, for the user. */
  message: string;
  /** The technical detail, as received, for whoever fixes it. */
  detail: string;
};

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof GraphQLRequestError) {
    if (error.hasCode('UNAUTHENTICATED')) return { message: text.errors.unauthenticated, detail: error.message };
    if (error.hasCode('FORBIDDEN')) return { message: text.errors.forbidden, detail: error.message };
    // A refusal the server explains (a date outside the plan, an unknown plan…): its own words, in Vietnamese
    // from extensions.messageVi or in English from message; the generic text when it sent none.
    const explained = serverMessage(error);
    return { message: explained ?? text.errors.byKind[error.kind], detail: error.message };
  }
  if (error instanceof Error) return { message: text.errors.unknown, detail: `${error.name}: ${error.message}` };
  return { message: text.errors.unknown, detail: String(error) };
}

function serverMessage(error: GraphQLRequestError): string | undefined {
  const first = error.errors[0];
  if (!first || error.hasCode('INTERNAL_SERVER_ERROR')) return undefined;
  const vietnamese = first.extensions?.['messageVi'];
  if (typeof vietnamese !== 'string' || vietnamese === '') return undefined;
  return inLanguage(vietnamese, first.message);
}
