import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import '../auth/request-principal';
import { errorBody } from './error-body';

/** The paths of the API (GraphQL, sign-in, exports); the web app's files and the health probe are never limited. */
const LIMITED = /^\/(graphql|auth)(\/|\?|$)/;
const SIGN_IN = /^\/auth\/(sign-in|demo|link)/;

/**
 * Requests a minute per caller on the API, with sign-in's own stricter limits (their routes' config) on top; none of
 * it when `perMinute` is null (SCORECARD_RATE_LIMIT=off: a load bench, or a gateway in front that limits). A caller is
 * the account or token the request carries, so an office behind one address is not one caller; without credentials,
 * the address.
 */
export async function registerRateLimits(server: FastifyInstance, perMinute: number | null): Promise<void> {
  if (perMinute === null) return;
  await server.register(fastifyRateLimit, {
    global: true,
    max: perMinute,
    timeWindow: '1 minute',
    // After the caller is known (the authentication hook runs on request).
    hook: 'preHandler',
    allowList: (request: FastifyRequest) => !LIMITED.test(request.url),
    keyGenerator: callerKey,
    errorResponseBuilder: (request, context) => {
      const seconds = Math.ceil(context.ttl / 1000);
      return {
        statusCode: 429,
        ...(SIGN_IN.test(request.url)
          ? errorBody(
              'TOO_MANY_REQUESTS',
              `Quá nhiều lần thử: chờ ${seconds} giây rồi thử lại.`,
              `Quá nhiều lần thử: chờ ${seconds} giây rồi thử lại.`,
            )
          : errorBody(
              'TOO_MANY_REQUESTS',
              `Quá nhiều yêu cầu: chờ ${seconds} giây rồi thử lại. / Too many requests: wait ${seconds} s.`,
              `Quá nhiều yêu cầu: chờ ${seconds} giây rồi thử lại.`,
            )),
      };
    },
  });
}

function callerKey(request: FastifyRequest): string {
  const principal = request.principal;
  if (principal?.tokenId) return `token:${principal.tokenId}`;
  if (principal?.accountId) return `account:${principal.accountId}`;
  return `address:${request.ip}`;
}

/**
 * A request still unanswered after `seconds` gets 503 with a GraphQL-shaped error, so a caller is never left waiting
 * on a query that has gone wrong; what the handler answers later is dropped.
 */
export function registerRequestTimeout(server: FastifyInstance, seconds: number): void {
  const timers = new WeakMap<FastifyRequest, NodeJS.Timeout>();
  server.addHook('onRequest', async (request, reply) => {
    const timer = setTimeout(() => {
      if (reply.sent) return;
      void reply
        .code(503)
        .type('application/json; charset=utf-8')
        .send({
          errors: [
            {
              message: `Yêu cầu chưa được trả lời sau ${seconds} giây. / The request was not answered within ${seconds} s: narrow it, or try again later.`,
              extensions: {
                code: 'TIMEOUT',
                messageVi: `Yêu cầu chưa được trả lời sau ${seconds} giây: thu hẹp yêu cầu hoặc thử lại sau.`,
              },
            },
          ],
        });
    }, seconds * 1000);
    timer.unref();
    timers.set(request, timer);
  });
  const clear = async (request: FastifyRequest) => clearTimeout(timers.get(request));
  server.addHook('onResponse', clear);
  server.addHook('onRequestAbort', clear);
}
