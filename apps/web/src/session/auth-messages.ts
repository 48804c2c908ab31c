// What the sign-in pages tell the viewer when signing in fails: the server's own Vietnamese message when it sent
// one, a Vietnamese one for everything else (the rate limiter answers in English).
import { AuthRequestError } from '../api/auth-client';
import { text } from '../i18n/vi';

const t = text.signIn;

export function authErrorMessage(error: unknown): string {
  if (!(error instanceof AuthRequestError)) return text.errors.unknown;
  switch (error.kind) {
    case 'network':
      return t.errors.network;
    case 'rate-limited':
      return t.errors.rateLimited;
    case 'invalid-response':
      return t.errors.invalidResponse;
    case 'refused':
      return error.serverMessage ?? t.errors.refused(String(error.status ?? '?'));
  }
}

/** The message for ?loi=… (a bad one-time link, an identity without an account, a failed OIDC sign-in). */
export function signInProblem(search: string): string | null {
  const reason = new URLSearchParams(search).get('loi');
  if (reason === null) return null;
  return t.problems[reason] ?? t.unknownProblem;
}

/**
 * What the password form says when the server refuses: it refuses an account without a password of its own (a demo
 * account, an API token) with an English FORBIDDEN, so that one gets a Vietnamese explanation.
 */
export function passwordErrorMessage(error: unknown): string {
  if (error instanceof AuthRequestError && error.code === 'FORBIDDEN') return text.password.forbidden;
  return authErrorMessage(error);
}
