import type { FastifyInstance } from 'fastify';
import { errorBody } from './error-body';

/**
 * Answers only requests whose Host names this server (config.allowedHosts). A page of another site whose name
 * was pointed at 127.0.0.1 (DNS rebinding) sends its own name and gets 421, so a server bound to this machine stays
 * reachable from this machine's own pages only.
 */
export function registerHostAllowList(server: FastifyInstance, allowedHosts: readonly string[]): void {
  const allowed = new Set(allowedHosts.map((name) => name.toLowerCase()));
  server.addHook('onRequest', async (request, reply) => {
    const host = hostNameOf(request.headers.host);
    if (host !== null && allowed.has(host)) return;
    return reply
      .code(421)
      .type('application/json; charset=utf-8')
      .send(
        errorBody(
          'MISDIRECTED_REQUEST',
          'Máy chủ không phục vụ tên miền này. / This server does not answer to that host name: open it at its own address, or add the name to SCORECARD_ALLOWED_HOSTS (or SCORECARD_PUBLIC_URL).',
          'Máy chủ không phục vụ tên miền này: mở máy chủ theo địa chỉ của nó, hoặc thêm tên miền vào SCORECARD_ALLOWED_HOSTS (hoặc SCORECARD_PUBLIC_URL).',
        ),
      );
  });
}

/** The host name of a Host header, without the port, lower case; IPv6 addresses keep their brackets. */
export function hostNameOf(header: string | undefined): string | null {
  if (header === undefined || header === '') return null;
  const text = header.trim().toLowerCase();
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    return end < 0 ? null : text.slice(0, end + 1);
  }
  const colon = text.indexOf(':');
  return colon < 0 ? text : text.slice(0, colon);
}
