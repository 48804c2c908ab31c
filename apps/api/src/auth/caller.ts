import type { FastifyRequest } from 'fastify';

// Who is asking. Headquarters staff may import plans; provincial directors and analysts read.
export type Role = 'HEADQUARTERS' | 'PROVINCE' | 'ANALYST';
export type Caller = { name: string; roles: readonly Role[] };
export type GraphQLContext = { caller: Caller; request: FastifyRequest };

/**
 * The seam for authentication: every request's caller comes from here. Until sign-in exists, every caller
 * is an unnamed headquarters user, so imports are open to anyone who can reach the server (bind it to
 * 127.0.0.1, the default, or a trusted network).
 */
export function identifyCaller(_request: FastifyRequest): Caller {
  return { name: 'anonymous', roles: ['HEADQUARTERS'] };
}
