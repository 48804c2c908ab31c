import { GraphQLRequestError } from '../api/graphql-client';
import { vi } from '../i18n/vi';

export type ErrorDescription = {
  /** What went wrong, in Vietnamese, for the user. */
  message: string;
  /** The technical detail, as received, for whoever fixes it. */
  detail: string;
};

export function describeError(error: unknown): ErrorDescription {
  if (error instanceof GraphQLRequestError) {
    // The server explains a refusal in Vietnamese; the generic text goes first, its reason stays in the detail.
    if (error.hasCode('UNAUTHENTICATED')) return { message: vi.errors.unauthenticated, detail: error.message };
    if (error.hasCode('FORBIDDEN')) return { message: vi.errors.forbidden, detail: error.message };
    return { message: vi.errors.byKind[error.kind], detail: error.message };
  }
  if (error instanceof Error) return { message: vi.errors.unknown, detail: `${error.name}: ${error.message}` };
  return { message: vi.errors.unknown, detail: String(error) };
}
