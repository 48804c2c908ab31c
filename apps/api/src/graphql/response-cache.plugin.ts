import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { WarehouseDatabase } from '@scorecard/warehouse';
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
  'provinceScorecard',
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
]);

const KEPT_ANSWERS = 200;

type Kept = { result: FormattedExecutionResult; contentType: string | undefined };

function onlyCacheableFields(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every(
      (selection) => selection.kind === 'Field' && ANSWERS_OF_DATA_AND_ROLE.has(selection.name.value),
    )
  );
}

/**
 * Keeps whole answers of read-only documents per (document, variables, role, province) until the next committed
 * write (the database's write count is part of the key, and ComputedCache drops everything when it moves). The
 * caller is still settled and rate-limited per request; only the execution is skipped. Answers with errors are
 * never kept.
 */
export function responseCachePlugin(db: WarehouseDatabase): ApolloServerPlugin<GraphQLContext> {
  const kept = new ComputedCache<Kept>({ capacity: KEPT_ANSWERS, generation: () => db.dataVersion });
  return {
    async requestDidStart() {
      let key: string | null = null;
      // The write count before this document runs: its answer is kept only if no write committed meanwhile.
      const generation = db.dataVersion;
      return {
        async responseForOperation(context) {
          if (!onlyCacheableFields(context.operation)) return null;
          const principal = context.contextValue.principal;
          key = cacheKey(
            principal?.role ?? 'anonymous',
            principal?.provinceCode,
            context.operationName,
            context.source,
            JSON.stringify(context.request.variables ?? {}),
          );
          const hit = await kept.peek(key);
          if (!hit) return null;
          key = null;
          const headers = new HeaderMap();
          if (hit.contentType) headers.set('content-type', hit.contentType);
          const response: GraphQLResponse = {
            http: { status: 200, headers },
            body: { kind: 'single', singleResult: hit.result },
          };
          return response;
        },
        async willSendResponse(context) {
          if (key === null || context.response.body.kind !== 'single') return;
          const result = context.response.body.singleResult;
          if (
            result.errors !== undefined ||
            (context.response.http.status !== undefined && context.response.http.status !== 200)
          )
            return;
          kept.put(key, { result, contentType: context.response.http.headers.get('content-type') }, generation);
        },
      };
    },
  };
}
