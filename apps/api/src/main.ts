import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { openWarehouse } from './database/database.module';
import { registerStaticAssets } from './web/static-assets';

// apps/api/dist/main.js and apps/api/src/main.ts both sit three levels below the repository root.
// Plan imports arrive as base64 inside GraphQL requests; a workbook of a few megabytes must fit.
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const db = await openWarehouse(config);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, db),
    new FastifyAdapter({ bodyLimit: MAX_REQUEST_BYTES }),
    {
      logger: ['error', 'warn', 'log'],
    },
  );
  app.enableShutdownHooks();
  await registerStaticAssets(app.getHttpAdapter().getInstance(), {
    repoRoot: config.repoRoot,
    webDist: config.webDist,
  });
  return app;
}

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env, process.argv.slice(2), REPO_ROOT);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const app = await createApp(config);
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
}

const isEntry = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isEntry) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
