import type { IsoDate } from '@scorecard/domain';
import { insertColumns } from '../connection/bulk-insert';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import latestActualsSql from '../queries/latest-actuals-as-of.sql?raw';
import latestActualsTwoDatesSql from '../queries/latest-actuals-as-of-two-dates.sql?raw';

export type ActualReportInput = {
  planId: string;
  provinceCode: string;
  metric: string;
  reportDate: IsoDate;
  cumulativeValue: number;
  submittedAt: string;
  source: string;
  sourceRow: number | null;
  synthetic: boolean;
};

export type LatestActual = {
  provinceCode: string;
  reportDate: IsoDate;
  value: number;
  synthetic: boolean;
  source: string;
  sourceRow: number | null;
  submittedAt: string;
  submissionId: number;
};

type LatestActualRow = {
  province_code: string;
  report_date: string;
  cumulative_value: number;
  synthetic: boolean;
  source: string;
  source_row: number | null;
  submitted_at: string;
  id: bigint;
};

function toLatestActual(row: LatestActualRow): LatestActual {
  return {
    provinceCode: row.province_code,
    reportDate: row.report_date,
    value: row.cumulative_value,
    synthetic: row.synthetic,
    source: row.source,
    sourceRow: row.source_row === null ? null : Number(row.source_row),
    submittedAt: row.submitted_at,
    submissionId: Number(row.id),
  };
}

export class ActualRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  /** Appends submissions in one transaction; existing rows are never updated or deleted. */
  async append(reports: readonly ActualReportInput[]): Promise<number> {
    return this.db.transaction((connection) =>
      insertColumns(connection, 'actual_report', [
        { name: 'plan_id', type: 'VARCHAR', values: reports.map((r) => r.planId) },
        { name: 'province_code', type: 'VARCHAR', values: reports.map((r) => r.provinceCode) },
        { name: 'metric', type: 'VARCHAR', values: reports.map((r) => r.metric) },
        { name: 'report_date', type: 'DATE', values: reports.map((r) => r.reportDate) },
        { name: 'cumulative_value', type: 'DOUBLE', values: reports.map((r) => r.cumulativeValue) },
        { name: 'submitted_at', type: 'TIMESTAMP', values: reports.map((r) => r.submittedAt) },
        { name: 'source', type: 'VARCHAR', values: reports.map((r) => r.source) },
        { name: 'source_row', type: 'INTEGER', values: reports.map((r) => r.sourceRow) },
        { name: 'synthetic', type: 'BOOLEAN', values: reports.map((r) => r.synthetic) },
      ]),
    );
  }

  /** A(d) for every province that reported on one metric on or before the as-of date. */
  async latestAsOf(planId: string, metric: string, asOf: IsoDate): Promise<LatestActual[]> {
    const rows = await this.db.all<LatestActualRow>(latestActualsSql, { planId, metric, asOf });
    return rows.map(toLatestActual);
  }

  /**
   * A(d) at asOf and at an earlier date (the report date before it) in one read; `previous` null reads asOf only
   * and gives an empty list for it.
   */
  async latestAsOfTwoDates(
    planId: string,
    metric: string,
    asOf: IsoDate,
    previous: IsoDate | null,
  ): Promise<{ asOf: LatestActual[]; previous: LatestActual[] }> {
    const rows = await this.db.all<LatestActualRow & { as_of: string }>(latestActualsTwoDatesSql, {
      planId,
      metric,
      asOf,
      previous,
    });
    const result = { asOf: [] as LatestActual[], previous: [] as LatestActual[] };
    for (const row of rows) {
      if (row.as_of === asOf) result.asOf.push(toLatestActual(row));
      if (previous !== null && row.as_of === previous) result.previous.push(toLatestActual(row));
    }
    return result;
  }

  async count(planId: string): Promise<number> {
    const rows = await this.db.all<{ n: bigint }>('SELECT count(*) AS n FROM actual_report WHERE plan_id = $planId', {
      planId,
    });
    return Number(rows[0]?.n ?? 0);
  }
}
