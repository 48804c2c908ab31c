import { Global, Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { loadShippedData } from '@scorecard/ingest';
import { ActualRepository, PlanRepository, ReferenceRepository, WarehouseDatabase } from '@scorecard/warehouse';
import type { AppConfig } from '../config/app-config';

/** Opens (creating and migrating) the DuckDB file and fills it from data/ when empty. */
export async function openWarehouse(config: AppConfig): Promise<WarehouseDatabase> {
  const logger = new Logger('Warehouse');
  const db = await WarehouseDatabase.open(config.dbPath);
  const summary = await loadShippedData(db, { dataDir: config.dataDir, sampleData: config.sampleData });
  logger.log(
    `DuckDB ${config.dbPath}: reference ${summary.referenceLoaded ? 'loaded' : 'present'}, plans loaded [${summary.plansLoaded.join(', ')}], ` +
      `${summary.sampleReportsLoaded} synthetic sample reports loaded (sample data ${config.sampleData ? 'on' : 'off'})`,
  );
  return db;
}

@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(WarehouseDatabase) private readonly db: WarehouseDatabase) {}

  static forRoot(db: WarehouseDatabase): DynamicModule {
    const repositories = [ReferenceRepository, PlanRepository, ActualRepository].map((repository) => ({
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
