import type { Principal } from '@scorecard/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Who a request comes from is settled once, by the authentication hook, from a session cookie or an
// `Authorization: Bearer` token; resolvers and routes read it from here and never from their arguments.
declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    /** Why the credentials sent were not accepted (an unknown or expired token), when they were not: in English and Vietnamese. */
    credentialProblem: { message: string; messageVi: string } | null;
    /** The session id from the cookie, when the caller signed in with a browser. */
    sessionId: string | null;
  }
}

export type GraphQLContext = { request: FastifyRequest; reply: FastifyReply; principal: Principal | null };

/** Where a request came from, for the audit log. */
export function originOf(request: FastifyRequest): string {
  return request.ip;
}
