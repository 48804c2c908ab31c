export * from './warehouse.errors';
export * from './connection/warehouse-database';
export * from './connection/bulk-insert';
export * from './migrations/migration-runner';
export * from './repositories/reference.repository';
export * from './repositories/plan.repository';
export * from './repositories/actual.repository';
export * from './repositories/actual-import.repository';
