import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { GRAPHIQL_START } from '../graphql/graphiql-landing-page.plugin';
import { errorBody } from '../http/error-body';

/** Where the GraphiQL 3 and React 18 browser bundles live (their own workspace, tools/graphiql-assets). */
function graphiqlFiles(repoRoot: string): Record<string, string> {
  const require = createRequire(join(repoRoot, 'tools/graphiql-assets/package.json'));
  const graphiql = dirname(require.resolve('graphiql/package.json'));
  const react = dirname(require.resolve('react/package.json'));
  const reactDom = dirname(require.resolve('react-dom/package.json'));
  return {
    'graphiql.min.js': join(graphiql, 'graphiql.min.js'),
    'graphiql.min.css': join(graphiql, 'graphiql.min.css'),
    'react.production.min.js': join(react, 'umd/react.production.min.js'),
    'react-dom.production.min.js': join(reactDom, 'umd/react-dom.production.min.js'),
  };
}

/** Serves the built web app at / and the offline query editor's files at /graphiql/. */
export async function registerStaticAssets(
  server: FastifyInstance,
  options: { repoRoot: string; webDist: string },
): Promise<void> {
  const files = graphiqlFiles(options.repoRoot);
  for (const [name, file] of Object.entries(files)) {
    const body = readFileSync(file);
    const type = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'application/javascript; charset=utf-8';
    server.get(`/graphiql/${name}`, (_request, reply) =>
      reply.type(type).header('cache-control', 'public, max-age=86400').send(body),
    );
  }
  server.get('/graphiql/start.js', (_request, reply) =>
    reply.type('application/javascript; charset=utf-8').header('cache-control', 'no-cache').send(GRAPHIQL_START),
  );

  const index = join(options.webDist, 'index.html');
  if (!existsSync(index)) {
    server.get('/', (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(`The web app is not built (${index} is missing). Run "npm run build" or "npm start".`),
    );
    return;
  }
  await server.register(fastifyStatic, {
    root: options.webDist,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    // The build writes .br and .gz beside each text file (apps/web/precompress.plugin.ts).
    preCompressed: true,
    // Files under /assets/ carry a hash of their content in their name: cached for a year, never asked again. The page
    // itself is asked again each time, so a new release is seen at once.
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  server.get('/favicon.ico', (_request, reply) => reply.redirect('/favicon.svg', 301));
  // The app's pages have their own paths (/ke-hoach, …); a browser asking for one gets the app, which reads
  // the path. Anything else unknown stays a 404.
  const page = readFileSync(index);
  server.get('/*', (request, reply) => {
    const accept = request.headers.accept ?? '';
    if (!accept.includes('text/html') || /\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '')) {
      return reply
        .code(404)
        .type('application/json')
        .send(errorBody('Not Found', `No route for GET ${request.url}`, `Không có đường dẫn GET ${request.url}.`));
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page);
  });
}
