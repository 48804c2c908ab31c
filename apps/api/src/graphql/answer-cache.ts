import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { WarehouseDatabase } from '@scorecard/warehouse';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FormattedExecutionResult, OperationDefinitionNode } from 'graphql';
import { ComputedCache, cacheKey } from '../cache/computed-cache';
import type { GraphQLContext } from '../auth/request-principal';

/**
 * The root fields whose whole answer follows from the data and the caller's role and province alone (no field
 * of them reads who the caller is beyond that, writes, or is recorded): a document asking only for these is
 * answered from the last identical answer until the next committed write, without running it again. Everything
 * else (who am I, tokens, accounts, the audit log, mutations) always runs.
 */
const ANSWERS_OF_DATA_AND_ROLE = new Set([
  '__typename',
  'ranking',
  'attainment',
  'nationalAttainment',
  'nationalAttainmentHistory',
  'provinceScorecard',
  'scorecard',
  'rankHistory',
  'rankChange',
  'periodProgress',
  'latePayment',
  'latePaymentTrend',
  'employersInArrears',
  'metrics',
  'provinces',
  'plans',
  'plan',
  'planTargetTotals',
  'planReconciliation',
  'reportingStatus',
  'compositeRanking',
  'planSettings',
  'planSettingsHistory',
]);

const KEPT_ANSWERS = 200;

/** An answer as it was sent: its result, its body's bytes (UTF-8, encoded once) and its content type. */
type Kept = { result: FormattedExecutionResult; body: Buffer; contentType: string };

function onlyCacheableFields(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === 'Field' && ANSWERS_OF_DATA_AND_ROLE.has(selection.name.value),
    )
  );
}

type Asked = { query: unknown; operationName?: unknown; variables?: unknown };

/**
 * Whole answers of read-only documents, kept per (caller's role and province, document, operation name,
 * variables, Accept header) until the next committed write (the database's write count is part of the key, and
 * ComputedCache drops everything when it moves). Only answers without errors are kept, and nothing is served to
 * a request whose credentials were refused (the access guard must answer that).
 *
 * Two doors, one store: a POST whose answer is kept is sent by a Fastify hook before GraphQL parses anything
 * (the bytes sent the first time: serialising and encoding a ranking took a third of the server's time under load); any
 * other request goes through Apollo, whose plugin answers from the kept result or marks a new answer to keep,
 * which an onSend hook then keeps with the exact body and content type Apollo sent. The caller is still settled,
 * rate-limited and timed out per request by the hooks before. A kept answer carries `Cache-Status: scorecard;
 * hit` (RFC 9211).
 */
export class AnswerCache {
  private readonly kept: ComputedCache<Kept>;
  /** Answers Apollo computed that may be kept once their text is known (onSend). */
  private readonly toKeep = new WeakMap<
    FastifyRequest,
    { key: string; result: FormattedExecutionResult; generation: number }
  >();

  constructor(private readonly db: WarehouseDatabase) {
    this.kept = new ComputedCache<Kept>({ capacity: KEPT_ANSWERS, generation: () => db.dataVersion });
  }

  private keyOf(request: FastifyRequest, asked: Asked, accept: string | undefined): string | null {
    if (request.credentialProblem !== null || typeof asked.query !== 'string') return null;
    return cacheKey(
      request.principal?.role ?? 'anonymous',
      request.principal?.provinceCode,
      typeof asked.operationName === 'string' ? asked.operationName : null,
      asked.query,
      JSON.stringify(asked.variables ?? {}),
      accept ?? '',
    );
  }

  /**
   * Keeps what Apollo sent for the answers its plugin marked. Register it before compression, so that the bytes
   * kept are the uncompressed ones.
   */
  registerKeeping(server: FastifyInstance): void {
    server.addHook('onSend', async (request, reply, payload) => {
      const pending = this.toKeep.get(request);
      if (!pending) return payload;
      this.toKeep.delete(request);
      const contentType = reply.getHeader('content-type');
      if (reply.statusCode === 200 && typeof payload === 'string' && typeof contentType === 'string')
        this.kept.put(
          pending.key,
          { result: pending.result, body: Buffer.from(payload), contentType },
          pending.generation,
        );
      return payload;
    });
  }

  /**
   * Sends a kept answer to a POST to `path` before GraphQL parses it: a preHandler of that route, added when the
   * route is, after the rate limit's own (also a route preHandler; register this after the rate limits), so a
   * kept answer still counts against the caller.
   */
  registerFastDoor(server: FastifyInstance, path = '/graphql'): void {
    const fastDoor = async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.method !== 'POST') return;
      const body = request.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
      const key = this.keyOf(request, body as Asked, headerText(request.headers.accept));
      const hit = key === null ? undefined : await this.kept.peek(key);
      if (!hit) return;
      return reply.status(200).header('content-type', hit.contentType).header('cache-status', HIT).send(hit.body);
    };
    server.addHook('onRoute', (route) => {
      if (route.url !== path) return;
      const before = route.preHandler;
      route.preHandler = [...(Array.isArray(before) ? before : before ? [before] : []), fastDoor];
    });
  }

  plugin(): ApolloServerPlugin<GraphQLContext> {
    return {
      requestDidStart: async () => {
        let key: string | null = null;
        // The write count before this document runs: its answer is kept only if no write committed meanwhile.
        const generation = this.db.dataVersion;
        return {
          responseForOperation: async (context) => {
            if (!onlyCacheableFields(context.operation)) return null;
            key = this.keyOf(
              context.contextValue.request,
              {
                query: context.source,
                operationName: context.request.operationName,
                variables: context.request.variables,
              },
              context.request.http?.headers.get('accept'),
            );
            const hit = key === null ? undefined : await this.kept.peek(key);
            if (!hit) return null;
            key = null;
            const headers = new HeaderMap([
              ['content-type', hit.contentType],
              ['cache-status', HIT],
            ]);
            const response: GraphQLResponse = {
              http: { status: 200, headers },
              body: { kind: 'single', singleResult: hit.result },
            };
            return response;
          },
          willSendResponse: async (context) => {
            if (key === null || context.response.body.kind !== 'single') return;
            const result = context.response.body.singleResult;
            if (result.errors !== undefined) return;
            this.toKeep.set(context.contextValue.request, { key, result, generation });
          },
        };
      },
    };
  }
}

const HIT = 'scorecard; hit';

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(', ') : value;
}
