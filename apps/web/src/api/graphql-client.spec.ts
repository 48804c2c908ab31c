import { describe, expect, it } from 'vitest';
import { GraphQLRequestError, graphqlRequest, isUnauthenticated } from './graphql-client';

function respond(status: number, body: string): typeof fetch {
  return () => Promise.resolve(new Response(body, { status, headers: { 'content-type': 'application/json' } }));
}

async function failure(promise: Promise<unknown>): Promise<GraphQLRequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphQLRequestError);
  return error as GraphQLRequestError;
}

describe('graphqlRequest', () => {
  it('returns the data of a successful response', async () => {
    const data = await graphqlRequest<{ plans: string[] }, Record<string, never>>(
      '{ plans }',
      {},
      {
        fetchImpl: respond(200, JSON.stringify({ data: { plans: ['2800-KH-BHXH-2021'] } })),
      },
    );
    expect(data.plans).toEqual(['2800-KH-BHXH-2021']);
  });

  it('posts the query and variables as JSON to the same-origin endpoint', async () => {
    let seen: { url: string; init: RequestInit | undefined } | undefined;
    const fetchImpl: typeof fetch = (url, init) => {
      seen = { url: String(url), init };
      return Promise.resolve(new Response('{"data":{"ok":true}}', { status: 200 }));
    };
    await graphqlRequest('query Q($m: String!) { ok }', { m: 'revenue' }, { fetchImpl });
    expect(seen?.url).toBe('/graphql');
    expect(seen?.init?.method).toBe('POST');
    expect(JSON.parse(String(seen?.init?.body))).toEqual({
      query: 'query Q($m: String!) { ok }',
      variables: { m: 'revenue' },
    });
  });

  it('throws the GraphQL error messages, even when partial data came with them', async () => {
    const body = {
      data: { ranking: [] },
      errors: [{ message: 'Unknown metric "foo"', path: ['ranking'], extensions: { code: 'METRIC_NOT_FOUND' } }],
    };
    const error = await failure(graphqlRequest('{ ranking }', {}, { fetchImpl: respond(200, JSON.stringify(body)) }));
    expect(error.kind).toBe('graphql');
    expect(error.message).toBe('[METRIC_NOT_FOUND] Unknown metric "foo" (ranking)');
  });

  it('keeps the extensions of every error, so a page can show the problems the server listed', async () => {
    const problems = [
      { kind: 'NOT_A_NUMBER', file: 'appendix-01.txt', line: 12, column: 3, value: '1.2x', message: 'm', fix: 'f' },
    ];
    const body = {
      data: null,
      errors: [
        {
          message: 'The published plan cannot be imported',
          path: ['importPlan'],
          extensions: { code: 'BAD_USER_INPUT', reason: 'PLAN_IMPORT_INVALID', problems },
        },
        { message: 'Second error without extensions' },
      ],
    };
    const error = await failure(
      graphqlRequest('mutation { importPlan }', {}, { fetchImpl: respond(200, JSON.stringify(body)) }),
    );
    expect(error.extensions).toHaveLength(1);
    expect(error.extensionsWithReason('PLAN_IMPORT_INVALID')?.['problems']).toEqual(problems);
    expect(error.extensionsWithReason('UNKNOWN_PLAN')).toBeUndefined();
  });

  it('keeps the extensions of the errors of an HTTP failure too', async () => {
    const body = { errors: [{ message: 'Variable "$files" is invalid', extensions: { code: 'BAD_USER_INPUT' } }] };
    const error = await failure(
      graphqlRequest('mutation { importPlan }', {}, { fetchImpl: respond(400, JSON.stringify(body)) }),
    );
    expect(error.kind).toBe('http');
    expect(error.extensions).toEqual([{ code: 'BAD_USER_INPUT' }]);
  });

  it('throws with the status and body on an HTTP failure', async () => {
    const error = await failure(graphqlRequest('{ plans }', {}, { fetchImpl: respond(502, 'Bad Gateway') }));
    expect(error.kind).toBe('http');
    expect(error.status).toBe(502);
    expect(error.message).toContain('HTTP 502');
    expect(error.message).toContain('Bad Gateway');
  });

  it('throws when the response is not JSON', async () => {
    const error = await failure(graphqlRequest('{ plans }', {}, { fetchImpl: respond(200, '<html>index</html>') }));
    expect(error.kind).toBe('invalid-response');
  });

  it('throws a network error when the server cannot be reached', async () => {
    const fetchImpl: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await failure(graphqlRequest('{ plans }', {}, { fetchImpl }));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('Failed to fetch');
  });

  it('tells a caller who is not signed in apart from other failures', async () => {
    const body = {
      errors: [{ message: 'Đăng nhập để dùng BHXH Scorecard.', extensions: { code: 'UNAUTHENTICATED' } }],
    };
    const error = await failure(
      graphqlRequest('{ me { login } }', {}, { fetchImpl: respond(200, JSON.stringify(body)) }),
    );
    expect(isUnauthenticated(error)).toBe(true);
    expect(error.hasCode('FORBIDDEN')).toBe(false);
    expect(isUnauthenticated(new GraphQLRequestError('network', 'Failed to fetch'))).toBe(false);
  });
});
