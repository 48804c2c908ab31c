import { randomBytes } from 'node:crypto';
import fastifySecureSession from '@fastify/secure-session';
import type { AccessServices } from '@scorecard/access';
import { CredentialRepository, type WarehouseDatabase } from '@scorecard/warehouse';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import './request-principal';

export const SESSION_COOKIE = 'scorecard_session';
const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Session cookies (@fastify/secure-session: the session id travels encrypted and authenticated in an HttpOnly,
 * SameSite=Strict cookie; the key is made once and kept in the database so sessions outlive a restart), and the hook
 * that settles who every request comes from. Rate limits (sign-in's among them) are in http/request-limits.ts.
 */
export async function registerAuthentication(
  server: FastifyInstance,
  options: { db: WarehouseDatabase; access: AccessServices; cookieSecure: boolean },
): Promise<void> {
  const key = await new CredentialRepository(options.db).secret('session-cookie-key', () =>
    randomBytes(32).toString('hex'),
  );
  await server.register(fastifySecureSession, {
    key: Buffer.from(key, 'hex'),
    cookieName: SESSION_COOKIE,
    expiry: 12 * 60 * 60,
    cookie: { path: '/', httpOnly: true, sameSite: 'strict', secure: options.cookieSecure },
  });
  server.decorateRequest('principal', null);
  server.decorateRequest('credentialProblem', null);
  server.decorateRequest('sessionId', null);
  server.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    request.principal = null;
    request.credentialProblem = null;
    request.sessionId = null;
    const authorization = request.headers.authorization;
    if (authorization !== undefined) {
      const token = BEARER.exec(authorization)?.[1];
      request.principal = token ? await options.access.tokens.authenticate(token) : null;
      if (!request.principal)
        request.credentialProblem = token
          ? {
              message:
                'The API token is unknown, revoked or expired: create a new one (npx scorecard token create, or the "Khóa API" page).',
              messageVi:
                'Khóa API không đúng, đã bị thu hồi hoặc đã hết hạn: tạo khóa mới (npx scorecard token create, hoặc trang "Khóa API").',
            }
          : {
              message: 'Send the API token as "Authorization: Bearer <token>".',
              messageVi: 'Gửi khóa API trong tiêu đề "Authorization: Bearer <khóa>".',
            };
      return;
    }
    const sessionId = request.session.get('sid');
    if (typeof sessionId === 'string') {
      request.principal = await options.access.signIn.principalOfSession(sessionId);
      if (request.principal) request.sessionId = sessionId;
      else
        request.credentialProblem = {
          message: 'The session has ended or expired: sign in again.',
          messageVi: 'Phiên đăng nhập đã kết thúc hoặc hết hạn: đăng nhập lại.',
        };
    }
  });
}

declare module '@fastify/secure-session' {
  interface SessionData {
    sid: string;
    /** State, nonce and PKCE verifier of an OpenID Connect sign-in under way. */
    oidc: string;
  }
}
