import type { IsoDate } from '@scorecard/domain';
import { insertColumns } from '../connection/bulk-insert';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import { WarehouseError } from '../warehouse.errors';
import plansSql from '../queries/plans.sql?raw';
import planTargetsSql from '../queries/plan-targets.sql?raw';
import planAllTargetsSql from '../queries/plan-all-targets.sql?raw';
import planVersionsSql from '../queries/plan-versions.sql?raw';
import { AuditRepository, type AuditEventInput } from './audit.repository';

export type PlanHeader = {
  id: string;
  title: string;
  issuingDocument: string;
  issuedOn: IsoDate;
  issuer: string;
  periodStart: IsoDate;
  periodEnd: IsoDate;
  unitSet: string;
  /** Made up for demonstration, not a published plan (see migration 013). */
  synthetic: boolean;
};

export type PlanRecord = PlanHeader & {
  reportDates: IsoDate[];
  latestVersion: number | null;
  latestReportDateWithData: IsoDate | null;
  hasSyntheticActuals: boolean;
};

/** One published cell. provinceCode null: the national row; month null: the period total. */
export type TargetCell = {
  metric: string;
  provinceCode: string | null;
  publishedName: string;
  month: string | null;
  value: number;
  publishedText: string;
  sourceFile: string;
  sourceLine: number;
  sourceColumn: number;
};

export type PlanVersionInput = {
  header: PlanHeader;
  reportDates: readonly IsoDate[];
  contentHash: string;
  importedBy: string;
  source: string;
  cells: readonly TargetCell[];
};

export type PlanVersionRecord = {
  planId: string;
  version: number;
  contentHash: string;
  importedAt: string;
  importedBy: string;
  source: string;
};

type PlanRow = {
  id: string;
  title: string;
  issuing_document: string;
  issued_on: string;
  issuer: string;
  period_start: string;
  period_end: string;
  unit_set: string;
  synthetic: boolean | null;
  report_dates: string[] | null;
  latest_version: number | null;
  latest_report_date_with_data: string | null;
  has_synthetic_actuals: boolean;
};

type TargetRow = {
  metric?: string;
  province_code: string | null;
  published_name: string;
  month: string | null;
  value: number;
  published_text: string;
  source_file: string;
  source_line: number;
  source_column: number;
};

function toCell(row: TargetRow, metric: string): TargetCell {
  return {
    metric: row.metric ?? metric,
    provinceCode: row.province_code,
    publishedName: row.published_name,
    month: row.month,
    value: row.value,
    publishedText: row.published_text,
    sourceFile: row.source_file,
    sourceLine: Number(row.source_line),
    sourceColumn: Number(row.source_column),
  };
}

export class PlanRepository {
  // Plans change only through this process (it holds DuckDB's write lock), so the list is kept until the next
  // committed write; a stored plan version never changes, so its cells are kept for good.
  private listCache: { dataVersion: number; plans: Promise<PlanRecord[]> } | undefined;
  private readonly targetCache = new Map<string, Promise<TargetCell[]>>();

  constructor(private readonly db: WarehouseDatabase) {}

  list(): Promise<PlanRecord[]> {
    if (this.listCache?.dataVersion !== this.db.dataVersion) {
      const plans = this.loadList();
      plans.catch(() => (this.listCache = undefined));
      this.listCache = { dataVersion: this.db.dataVersion, plans };
    }
    return this.listCache.plans;
  }

  private async loadList(): Promise<PlanRecord[]> {
    const rows = await this.db.all<PlanRow>(plansSql);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      issuingDocument: row.issuing_document,
      issuedOn: row.issued_on,
      issuer: row.issuer,
      periodStart: row.period_start,
      periodEnd: row.period_end,
      unitSet: row.unit_set,
      synthetic: row.synthetic === true,
      reportDates: row.report_dates ?? [],
      latestVersion: row.latest_version === null ? null : Number(row.latest_version),
      latestReportDateWithData: row.latest_report_date_with_data,
      hasSyntheticActuals: row.has_synthetic_actuals,
    }));
  }

  async get(planId: string): Promise<PlanRecord> {
    const plan = (await this.list()).find((candidate) => candidate.id === planId);
    if (!plan)
      throw new WarehouseError('PLAN_NOT_FOUND', `No plan with id "${planId}"`, `Không có kế hoạch mã "${planId}".`);
    return plan;
  }

  async versions(planId: string): Promise<PlanVersionRecord[]> {
    const rows = await this.db.all<{
      plan_id: string;
      version: number;
      content_hash: string;
      imported_at: string;
      imported_by: string;
      source: string;
    }>(planVersionsSql, { planId });
    return rows.map((row) => ({
      planId: row.plan_id,
      version: Number(row.version),
      contentHash: row.content_hash,
      importedAt: row.imported_at,
      importedBy: row.imported_by,
      source: row.source,
    }));
  }

  targets(planId: string, version: number, metric: string): Promise<TargetCell[]> {
    const key = JSON.stringify([planId, version, metric]);
    let cells = this.targetCache.get(key);
    if (!cells) {
      cells = this.db
        .all<TargetRow>(planTargetsSql, { planId, version, metric })
        .then((rows) => rows.map((row) => toCell(row, metric)));
      cells.catch(() => this.targetCache.delete(key));
      this.targetCache.set(key, cells);
    }
    return cells;
  }

  async allTargets(planId: string, version: number): Promise<TargetCell[]> {
    const rows = await this.db.all<TargetRow>(planAllTargetsSql, { planId, version });
    return rows.map((row) => toCell(row, ''));
  }

  /**
   * Stores a plan's published tables as a new version in one transaction. The same content again (same hash as
   * the latest version) stores nothing and returns the existing version.
   */
  async saveVersion(
    input: PlanVersionInput,
    audit: AuditEventInput | null = null,
  ): Promise<{ version: number; created: boolean }> {
    return this.db.transaction(async (connection) => {
      const latest = (
        await connection.runAndReadAll(
          'SELECT version, content_hash FROM plan_version WHERE plan_id = $planId ORDER BY version DESC LIMIT 1',
          { planId: input.header.id },
        )
      ).getRowObjectsJS()[0] as { version: number; content_hash: string } | undefined;
      if (latest && latest.content_hash === input.contentHash)
        return { version: Number(latest.version), created: false };

      const h = input.header;
      if (!latest) {
        await connection.run(
          `INSERT INTO plan (id, title, issuing_document, issued_on, issuer, period_start, period_end, unit_set, synthetic)
           VALUES ($id, $title, $issuingDocument, $issuedOn::DATE, $issuer, $periodStart::DATE, $periodEnd::DATE, $unitSet, $synthetic)`,
          { ...h },
        );
        await insertColumns(connection, 'plan_report_date', [
          { name: 'plan_id', type: 'VARCHAR', values: input.reportDates.map(() => h.id) },
          { name: 'report_date', type: 'DATE', values: [...input.reportDates] },
        ]);
      }
      const version = latest ? Number(latest.version) + 1 : 1;
      await connection.run(
        'INSERT INTO plan_version VALUES ($planId, $version, $hash, current_timestamp, $importedBy, $source)',
        { planId: h.id, version, hash: input.contentHash, importedBy: input.importedBy, source: input.source },
      );
      const cells = input.cells;
      await insertColumns(connection, 'plan_target', [
        { name: 'plan_id', type: 'VARCHAR', values: cells.map(() => h.id) },
        { name: 'version', type: 'INTEGER', values: cells.map(() => version) },
        { name: 'metric', type: 'VARCHAR', values: cells.map((c) => c.metric) },
        { name: 'province_code', type: 'VARCHAR', values: cells.map((c) => c.provinceCode) },
        { name: 'published_name', type: 'VARCHAR', values: cells.map((c) => c.publishedName) },
        { name: 'month', type: 'VARCHAR', values: cells.map((c) => c.month) },
        { name: 'value', type: 'DOUBLE', values: cells.map((c) => c.value) },
        { name: 'published_text', type: 'VARCHAR', values: cells.map((c) => c.publishedText) },
        { name: 'source_file', type: 'VARCHAR', values: cells.map((c) => c.sourceFile) },
        { name: 'source_line', type: 'INTEGER', values: cells.map((c) => c.sourceLine) },
        { name: 'source_column', type: 'INTEGER', values: cells.map((c) => c.sourceColumn) },
      ]);
      if (audit)
        await AuditRepository.appendOn(connection, {
          ...audit,
          target: `plan ${h.id} version ${version}`,
          detail: { ...audit.detail, planId: h.id, version, source: input.source },
        });
      return { version, created: true };
    });
  }
}
