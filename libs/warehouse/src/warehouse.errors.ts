export type WarehouseErrorCode =
  'DATABASE_LOCKED' | 'DATABASE_OPEN_FAILED' | 'MIGRATION_FAILED' | 'PLAN_NOT_FOUND' | 'QUERY_FAILED' | 'READ_ONLY';

export class WarehouseError extends Error {
  constructor(
    readonly code: WarehouseErrorCode,
    message: string,
    /** The same failure in Vietnamese, with the same values. */
    readonly messageVi: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WarehouseError';
  }
}
