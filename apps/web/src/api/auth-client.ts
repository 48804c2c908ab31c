// The server's sign-in routes (apps/api auth.controller.ts): JSON in and out on the same origin; the session
// travels in an HttpOnly cookie the browser keeps. Every failure becomes a thrown AuthRequestError; the page turns
// it into Vietnamese (the server's own message when it sent one).
import { inLanguage } from '../i18n/language';
import type { Role } from '@scorecard/domain';

export type DemoAccount = {
  login: string;
  displayName: string;
  role: Role;
  provinceCode: string | null;
  provinceName: string | null;
};

/** What the sign-in page offers: the agency's identity provider when configured, demo accounts on a local demo. */
export type AuthConfig = {
  oidc: { label: string; startUrl: string } | null;
  demoAccounts: DemoAccount[];
};

export type SignedIn = { signedIn: boolean; login: string; role: Role; home: string; mustChangePassword: boolean };
export type PasswordChanged = { changed: boolean; home: string };

/** network: no answer; rate-limited: HTTP 429; refused: any other 4xx/5xx; invalid-response: not the JSON expected. */
export type AuthErrorKind = 'network' | 'rate-limited' | 'refused' | 'invalid-response';

export class AuthRequestError extends Error {
  override readonly name = 'AuthRequestError';

  constructor(
    readonly kind: AuthErrorKind,
    message: string,
    readonly status: number | null = null,
    /** The server's code (INVALID_CREDENTIALS, ACCOUNT_LOCKED, WEAK_PASSWORD, …) when it sent one. */
    readonly code: string | null = null,
    /** The server's explanation, in Vietnamese, when it sent one. */
    readonly serverMessage: string | null = null,
  ) {
    super(message);
  }
}

export type AuthRequestOptions = { fetchImpl?: typeof fetch };

export function fetchAuthConfig(options: AuthRequestOptions = {}): Promise<AuthConfig> {
  return authRequest<AuthConfig>('GET', '/auth/config', undefined, options);
}

export function signInWithPassword(login: string, password: string, options: AuthRequestOptions = {}) {
  return authRequest<SignedIn>('POST', '/auth/sign-in', { login, password }, options);
}

export function signInAsDemo(login: string, options: AuthRequestOptions = {}) {
  return authRequest<SignedIn>('POST', '/auth/demo', { login }, options);
}

export function signOut(options: AuthRequestOptions = {}) {
  return authRequest<unknown>('POST', '/auth/sign-out', undefined, options);
}

/** `current` is null after a one-time link, which signed the owner in without a password. */
export function changePassword(current: string | null, next: string, options: AuthRequestOptions = {}) {
  return authRequest<PasswordChanged>('POST', '/auth/password', { current, next }, options);
}

async function authRequest<T>(
  method: 'GET' | 'POST',
  path: string,
  body: Record<string, unknown> | undefined,
  options: AuthRequestOptions,
): Promise<T> {
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchImpl(path, {
      method,
      headers: body === undefined ? { accept: 'application/json' } : jsonHeaders,
      body: body === undefined ? null : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch (error) {
    throw new AuthRequestError('network', `Network error calling ${path}: ${describe(error)}`);
  }

  const text = await response.text();
  const parsed = parseJson(text);
  if (!response.ok) {
    const code = stringField(parsed, 'error');
    // The server's own words in the page's language: messageVi in Vietnamese, message in English.
    const english = stringField(parsed, 'message');
    const serverMessage = inLanguage(stringField(parsed, 'messageVi') ?? english, english);
    const kind: AuthErrorKind = response.status === 429 ? 'rate-limited' : 'refused';
    throw new AuthRequestError(
      kind,
      `HTTP ${response.status} from ${path}: ${english ?? text.slice(0, 300)}`,
      response.status,
      code,
      serverMessage,
    );
  }
  if (parsed === undefined) {
    throw new AuthRequestError('invalid-response', `Response from ${path} is not JSON: ${text.slice(0, 300)}`);
  }
  return parsed as T;
}

const jsonHeaders = { 'content-type': 'application/json', accept: 'application/json' };

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function stringField(value: unknown, name: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const field = (value as Record<string, unknown>)[name];
  return typeof field === 'string' && field !== '' ? field : null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
