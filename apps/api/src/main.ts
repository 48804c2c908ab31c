import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ensureAdministrator, ensureDemoAccounts, type AccessServices, type SignInLink } from '@scorecard/access';
import { ConfigError, loadConfig, processEnvironment, type AppConfig } from '@scorecard/config';
import { AppModule } from './app.module';
import { ACCESS_SERVICES } from './auth/auth.tokens';
import { registerAuthentication } from './auth/authentication.hook';
import { openWarehouse } from './database/database.module';
import { AnswerCache } from './graphql/answer-cache';
import { registerStaticAssets } from './web/static-assets';
import { registerHostAllowList } from './http/host-allow-list';
import { registerRateLimits, registerRequestTimeout } from './http/request-limits';
import { registerSecurityHeaders } from './http/security-headers';

// apps/api/dist/main.js and apps/api/src/main.ts both sit three levels below the repository root.
// Plan imports arrive as base64 inside GraphQL requests; a workbook of a few megabytes must fit.
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type StartedApp = {
  app: NestFastifyApplication;
  /** A one-time sign-in link for the administrator, when nobody can administer the database yet. */
  firstSignIn: { login: string; link: SignInLink } | null;
};

export async function createApp(config: AppConfig): Promise<StartedApp> {
  const db = await openWarehouse(config);
  const answers = new AnswerCache(db);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, db, answers),
    new FastifyAdapter({
      bodyLimit: MAX_REQUEST_BYTES,
      // Time to receive a whole request (a slow sender holds no connection for ever).
      requestTimeout: 120_000,
      // Only the named proxies may say who the caller is (X-Forwarded-For); by default nobody may.
      ...(config.trustProxy.length > 0 ? { trustProxy: config.trustProxy } : {}),
    }),
    {
      logger: ['error', 'warn', 'log'],
    },
  );
  app.enableShutdownHooks();
  const server = app.getHttpAdapter().getInstance();
  const access = app.get<AccessServices>(ACCESS_SERVICES);
  registerHostAllowList(server, config.allowedHosts);
  await registerSecurityHeaders(server, { https: config.publicUrl.startsWith('https:') });
  // Before compression: the answers kept are the uncompressed bytes.
  answers.registerKeeping(server);
  // Answers compressed for the clients that ask; static files come compressed from the build (preCompressed).
  await server.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
    // Request bodies are never inflated here: a small compressed upload must not become gigabytes.
    globalDecompression: false,
  });
  registerRequestTimeout(server, config.requestTimeoutSeconds);
  await registerAuthentication(server, { db, access, cookieSecure: config.cookieSecure });
  await registerRateLimits(server, config.rateLimitPerMinute);
  // After the rate limits: a kept answer still counts against the caller's limit.
  answers.registerFastDoor(server);
  server.get('/healthz', (_request, reply) => reply.send({ status: 'ok' }));
  await registerStaticAssets(server, {
    repoRoot: config.repoRoot,
    webDist: config.webDist,
  });
  if (config.emitSchema || config.readOnly) return { app, firstSignIn: null };
  const firstSignIn = await ensureAdministrator(db, access.accounts);
  if (config.demoAccounts) await ensureDemoAccounts(db, access.accounts);
  return { app, firstSignIn };
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(processEnvironment(), process.argv.slice(2), REPO_ROOT);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const { app, firstSignIn } = await createApp(config);
  if (config.emitSchema) {
    await app.init();
    await app.close();
    console.log(`GraphQL schema written to ${config.emitSchema}`);
    return;
  }
  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  new Logger('Scorecard').log(
    `Dashboard: http://${shown}:${config.port}/   GraphQL: http://${shown}:${config.port}/graphql`,
  );
  console.log(
    `\n  BHXH Scorecard is running: http://${shown}:${config.port}/  (GraphQL editor: http://${shown}:${config.port}/graphql)\n`,
  );
  if (firstSignIn) {
    console.log(
      `  No administrator can sign in yet. Open this one-time link to sign in as "${firstSignIn.login}" and set a password\n` +
        `  (valid until ${firstSignIn.link.expiresAt.toISOString()}; a new one is printed at each start until then):\n\n` +
        `    ${config.publicUrl}/auth/link?t=${encodeURIComponent(firstSignIn.link.secret)}\n`,
    );
  }
  if (config.demoAccounts)
    console.log(
      '  Demo: the sign-in page lists a demo account for each role (sample data on, bound to this machine only).\n',
    );
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
