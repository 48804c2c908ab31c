// A failed request as the access pages show it: what the error code means, and the server's own words (in the
// page's language: extensions.messageVi or message), which say what exactly was refused (a taken login, a missing
// reason, a role the caller may not give).
import { GraphQLRequestError } from '../../api/graphql-client';
import { textAccess } from '../../i18n/vi-access';
import { inLanguage } from '../../i18n/language';
import { describeError } from '../../ui/describe-error';

export type ServerFailure = {
  /** extensions.code of the first error, e.g. FORBIDDEN; undefined for a failure without one. */
  code: string | undefined;
  explanation: string;
  /** The server's messages, or the technical detail of a failure that never reached it. */
  reasons: string[];
};

export function explainFailure(error: unknown): ServerFailure {
  if (error instanceof GraphQLRequestError && error.errors.length > 0) {
    const first = error.errors[0]?.extensions?.code;
    const code = typeof first === 'string' ? first : undefined;
    return {
      code,
      explanation: (code && textAccess.errors.byCode[code]) || describeError(error).message,
      reasons: [...new Set(error.errors.map(serverWords))],
    };
  }
  const described = describeError(error);
  return { code: undefined, explanation: described.message, reasons: [described.detail] };
}

function serverWords(entry: { message: string; extensions?: Record<string, unknown> }): string {
  const vietnamese = entry.extensions?.['messageVi'];
  return inLanguage(typeof vietnamese === 'string' && vietnamese !== '' ? vietnamese : entry.message, entry.message);
}
