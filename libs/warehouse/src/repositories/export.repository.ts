import type { ArrearsBucket } from '@scorecard/domain';
import { columnsOfQuery, type ExportQuery } from '../export/export-query';
import { parquetOf, parquetOfQuery } from '../export/parquet-export';
import type { Column } from '../connection/bulk-insert';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import employersInArrearsSql from '../queries/employers-in-arrears.sql?raw';
import { EVERY_EMPLOYER } from './ledger.repository';
import planTargetsSql from '../queries/export-plan-targets.sql?raw';
import reportHistorySql from '../queries/export-report-history.sql?raw';
import provinceMonthSql from '../queries/late-payment-province-month.sql?raw';

// The datasets of the bulk downloads that are tables of the warehouse as they are, each one SQL text with bound
// parameters: read as typed columns (CSV, XLSX, Arrow) or written as Parquet by DuckDB from the same text. Which
// province a caller may download is decided by the API before a query is made here.

/** Employers in arrears of every page at once: the page query without a limit or cursor, without its totals. */
const EMPLOYERS_IN_ARREARS_SQL = `SELECT province_code, employer_id, tax_code, name, district, ownership, workers, receivable,
  overdue, amount_under1, amount_1to3, amount_3plus, bucket, oldest_month
FROM (${employersInArrearsSql.replace(/;\s*$/, '')})
WHERE employer_id IS NOT NULL
ORDER BY overdue DESC, employer_id`;

export class ExportRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  /** Every province at every month end of the ledger (late-payment-province-month.sql). */
  static latePaymentProvinceMonths(): ExportQuery {
    return { sql: provinceMonthSql, params: {} };
  }

  /** Every submission of a plan, every revision, with its approval; `province` null for every province. */
  static reportHistory(planId: string, province: string | null): ExportQuery {
    return { sql: reportHistorySql, params: { planId, province } };
  }

  /** Every published cell of one version of a plan's targets. */
  static planTargets(planId: string, version: number): ExportQuery {
    return { sql: planTargetsSql, params: { planId, version } };
  }

  /** Employers in arrears at `asOf`, largest overdue first; `province` null for every province. */
  static employersInArrears(asOf: string, province: string | null, bucket: ArrearsBucket | null): ExportQuery {
    return {
      sql: EMPLOYERS_IN_ARREARS_SQL,
      params: { ...EVERY_EMPLOYER, asOf, province, bucket, limit: null, afterOverdue: null, afterId: null },
    };
  }

  columns(query: ExportQuery): Promise<Column[]> {
    return columnsOfQuery(this.db, query);
  }

  parquet(query: ExportQuery): Promise<Buffer> {
    return parquetOfQuery(this.db, query);
  }

  /** Columns computed by the API (attainment) as Parquet, written by DuckDB. */
  parquetOf(columns: readonly Column[]): Promise<Buffer> {
    return parquetOf(this.db, columns);
  }
}
