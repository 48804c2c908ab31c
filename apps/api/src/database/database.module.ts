import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { loadSampleLedger, loadShippedData } from '@scorecard/ingest';
import {
  ActualRepository,
  ComplianceRepository,
  ExportRepository,
  LedgerRepository,
  PlanRepository,
  PlanSettingsRepository,
  ReferenceRepository,
  WarehouseDatabase,
} from '@scorecard/warehouse';
import type { AppConfig } from '../config/app-config';

/** Opens (creating and migrating) the DuckDB file and fills it from data/ when empty. */
export async function openWarehouse(config: AppConfig): Promise<WarehouseDatabase> {
  const logger = new Logger('Warehouse');
  if (config.readOnly) {
    // A published copy: served as it is, beside other processes serving the same file.
    const db = await WarehouseDatabase.open(config.dbPath, { readOnly: true });
    logger.log(`DuckDB ${config.dbPath}: published copy, read-only`);
    return db;
  }
  const db = await WarehouseDatabase.open(config.dbPath);
  const summary = await loadShippedData(db, { dataDir: config.dataDir, sampleData: config.sampleData });
  logger.log(
    `DuckDB ${config.dbPath}: reference ${summary.referenceLoaded ? 'loaded' : 'present'}, plans loaded [${summary.plansLoaded.join(', ')}], ` +
      `${summary.sampleReportsLoaded} synthetic sample reports loaded (sample data ${config.sampleData ? 'on' : 'off'})`,
  );
  if (config.sampleData && config.ledgerEmployers > 0) {
    const started = Date.now();
    const ledger = await loadSampleLedger(db, {
      dataDir: config.dataDir,
      cacheDir: join(config.dataDir, 'generated'),
      employers: config.ledgerEmployers,
    });
    if (ledger)
      logger.log(
        `Synthetic contribution ledger loaded: ${ledger.employers} employers, ${ledger.dues} monthly dues, ${ledger.payments} payments, ${ledger.firstMonth} to ${ledger.lastMonth} (${Date.now() - started} ms)`,
      );
  }
  return db;
}

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(WarehouseDatabase) private readonly db: WarehouseDatabase) {}

  static forRoot(db: WarehouseDatabase): DynamicModule {
    const repositories = [
      ReferenceRepository,
      PlanRepository,
      ActualRepository,
      LedgerRepository,
      PlanSettingsRepository,
      ExportRepository,
      ComplianceRepository,
    ].map((repository) => ({
      provide: repository,
      useFactory: () => new repository(db),
    }));
    const providers = [{ provide: WarehouseDatabase, useValue: db }, ...repositories];
    return { module: DatabaseModule, providers, exports: providers.map((p) => p.provide) };
  }

  onApplicationShutdown(): void {
    this.db.close();
  }
}
