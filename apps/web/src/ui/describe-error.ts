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
    return { message: vi.errors.byKind[error.kind], detail: error.message };
  }
  if (error instanceof Error) return { message: vi.errors.unknown, detail: `${error.name}: ${error.message}` };
  return { message: vi.errors.unknown, detail: String(error) };
}
