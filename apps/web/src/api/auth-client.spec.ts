import { describe, expect, it } from 'vitest';
import { AuthRequestError, changePassword, fetchAuthConfig, signInAsDemo, signInWithPassword } from './auth-client';

function respond(status: number, body: string): typeof fetch {
  return () => Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } }));
}

async function failure(promise: Promise<unknown>): Promise<AuthRequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthRequestError);
  return error as AuthRequestError;
}

describe('the sign-in routes', () => {
  it('posts the login and password as JSON to /auth/sign-in and returns where to go', async () => {
    let seen: { url: string; init: RequestInit | undefined } | undefined;
    const fetchImpl: typeof fetch = (url, init) => {
      seen = { url: String(url), init };
      return Promise.resolve(
        new Response(
          JSON.stringify({
            signedIn: true,
            login: 'demo.gd-lai-chau',
            role: 'director',
            home: '/tinh/12',
            mustChangePassword: false,
          }),
        ),
      );
    };
    const answer = await signInWithPassword('nguyen.van.a', 'mật khẩu dài', { fetchImpl });
    expect(answer.home).toBe('/tinh/12');
    expect(seen?.url).toBe('/auth/sign-in');
    expect(seen?.init?.method).toBe('POST');
    expect(new Headers(seen?.init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(seen?.init?.body))).toEqual({ login: 'nguyen.van.a', password: 'mật khẩu dài' });
  });

  it('keeps the server’s Vietnamese message (messageVi) and code of a refusal', async () => {
    const body = {
      error: 'INVALID_CREDENTIALS',
      message: 'Wrong login or password.',
      messageVi: 'Sai tên đăng nhập hoặc mật khẩu.',
    };
    const error = await failure(signInWithPassword('a', 'b', { fetchImpl: respond(401, JSON.stringify(body)) }));
    expect(error.kind).toBe('refused');
    expect(error.status).toBe(401);
    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(error.serverMessage).toBe('Sai tên đăng nhập hoặc mật khẩu.');
    expect(error.message).toContain('Wrong login or password.');
  });

  it('tells the rate limiter’s refusal apart, whatever its message', async () => {
    const body = { statusCode: 429, error: 'Too Many Requests', message: 'Rate limit exceeded, retry in 1 minute' };
    const error = await failure(signInAsDemo('demo.lanh-dao', { fetchImpl: respond(429, JSON.stringify(body)) }));
    expect(error.kind).toBe('rate-limited');
  });

  it('sends no current password after a one-time link', async () => {
    let sent: unknown;
    const fetchImpl: typeof fetch = (_url, init) => {
      sent = JSON.parse(String(init?.body));
      return Promise.resolve(new Response('{"changed":true,"home":"/"}'));
    };
    expect(await changePassword(null, 'một mật khẩu mới', { fetchImpl })).toEqual({ changed: true, home: '/' });
    expect(sent).toEqual({ current: null, next: 'một mật khẩu mới' });
  });

  it('throws a network error when the server cannot be reached, and on an answer that is not JSON', async () => {
    const unreachable: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect((await failure(fetchAuthConfig({ fetchImpl: unreachable }))).kind).toBe('network');
    expect((await failure(fetchAuthConfig({ fetchImpl: respond(200, '<html>') }))).kind).toBe('invalid-response');
  });
});
