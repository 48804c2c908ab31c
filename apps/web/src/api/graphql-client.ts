// Small fetch wrapper for the same-origin GraphQL endpoint. Every failure becomes a thrown
// GraphQLRequestError: a failed request is never turned into an empty result.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

export type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';

/** A document of the generated client (graphql(`…`) in src/api/generated): its text, result and variables. */
export type GraphQLDocument<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & { toString(): string };

export const GRAPHQL_ENDPOINT = '/graphql';

export type GraphQLErrorKind = 'network' | 'http' | 'graphql' | 'invalid-response';

export type GraphQLErrorExtensions = { code?: unknown; reason?: unknown } & Record<string, unknown>;

export type GraphQLErrorEntry = {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: GraphQLErrorExtensions;
};

export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';

  constructor(
    readonly kind: GraphQLErrorKind,
    message: string,
    readonly status?: number,
    readonly errors: readonly GraphQLErrorEntry[] = [],
  ) {
    super(message);
  }

  /** The extensions of every GraphQL error, in order (errors without extensions are left out). */
  get extensions(): GraphQLErrorExtensions[] {
    return this.errors.flatMap((entry) => (entry.extensions ? [entry.extensions] : []));
  }

  /** Whether any error carries this extensions.code, e.g. UNAUTHENTICATED or FORBIDDEN. */
  hasCode(code: string): boolean {
    return this.extensions.some((extensions) => extensions.code === code);
  }

  /** The extensions of the first error the server marked with this reason, e.g. PLAN_IMPORT_INVALID. */
  extensionsWithReason(reason: string): GraphQLErrorExtensions | undefined {
    return this.extensions.find((extensions) => extensions.reason === reason);
  }
}

type GraphQLResponseBody<TData> = {
  data?: TData | null;
  errors?: GraphQLErrorEntry[];
};

export type GraphQLRequestOptions = {
  signal?: AbortSignal;
  endpoint?: string;
  fetchImpl?: typeof fetch;
};

export async function graphqlRequest<TData, TVariables>(
  document: GraphQLDocument<TData, TVariables>,
  variables: TVariables,
  options: GraphQLRequestOptions = {},
): Promise<TData> {
  const fetchImpl = options.fetchImpl ?? globalThis.fetch.bind(globalThis);
  const endpoint = options.endpoint ?? GRAPHQL_ENDPOINT;
  const query = document.toString();

  let response: Response;
  try {
    response = await fetchImpl(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new GraphQLRequestError('network', `Network error calling ${endpoint}: ${describe(error)}`);
  }

  const text = await response.text();
  const body = parseBody<TData>(text);
  const errors = body?.errors ?? [];

  if (!response.ok) {
    const detail = errors.length > 0 ? joinMessages(errors) : truncate(text) || response.statusText;
    throw new GraphQLRequestError(
      'http',
      `HTTP ${response.status} from ${endpoint}: ${detail}`,
      response.status,
      errors,
    );
  }
  if (body === undefined) {
    throw new GraphQLRequestError(
      'invalid-response',
      `Response from ${endpoint} is not JSON: ${truncate(text)}`,
      response.status,
    );
  }
  // Partial data with errors is still a failure: the page would show an incomplete ranking.
  if (errors.length > 0) {
    throw new GraphQLRequestError('graphql', joinMessages(errors), response.status, errors);
  }
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError('invalid-response', `Response from ${endpoint} has no data`, response.status);
  }
  return body.data;
}

/** The caller is not signed in (no session, an expired one, or a bad token): the app asks them to sign in. */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.hasCode('UNAUTHENTICATED');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function parseBody<TData>(text: string): GraphQLResponseBody<TData> | undefined {
  if (text.trim() === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as GraphQLResponseBody<TData>) : undefined;
  } catch {
    return undefined;
  }
}

function joinMessages(errors: readonly GraphQLErrorEntry[]): string {
  return errors
    .map((e) => {
      const code = typeof e.extensions?.code === 'string' ? `[${e.extensions.code}] ` : '';
      const path = e.path && e.path.length > 0 ? ` (${e.path.join('.')})` : '';
      return `${code}${e.message}${path}`;
    })
    .join('; ');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function truncate(text: string, max = 300): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max)}…` : trimmed;
}
