import { listValue } from '@duckdb/node-api';
import { insertColumns } from '../connection/bulk-insert';
import { utcTimestamp } from '../connection/utc-time';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import latestRevisionsSql from '../queries/latest-revisions.sql?raw';
import actualHistorySql from '../queries/actual-history.sql?raw';
import reportDateSubmissionsSql from '../queries/report-date-submissions.sql?raw';
import dataQualityWarningsSql from '../queries/data-quality-warnings.sql?raw';
import valuesSubmittedAtSql from '../queries/values-submitted-at.sql?raw';
import type { ApprovalDecision, ApprovalRequirement, Role } from '@scorecard/domain';
import { AuditRepository, type AuditEventInput } from './audit.repository';

export type SubmissionInput = {
  provinceCode: string;
  metric: string;
  reportDate: string;
  cumulativeValue: number;
  submittedAt: string;
  source: string;
  sourceRow: number | null;
};

export type WarningInput = {
  provinceCode: string;
  metric: string;
  reportDate: string;
  kind: string;
  value: number;
  previousValue: number | null;
  periodTotal: number | null;
  message: string;
  source: string;
};

export type ImportInput = {
  planId: string;
  contentHash: string;
  source: string;
  importedBy: string;
  submissions: readonly SubmissionInput[];
  rowsUnchanged: number;
  warnings: readonly WarningInput[];
  /** The role of who sent it, the province of a form report (null for a file), and who must approve it. */
  submittedByRole: Role;
  provinceCode: string | null;
  approvalRequired: ApprovalRequirement;
  /** Written in the same transaction; its detail gets the import id. */
  audit: AuditEventInput | null;
};

export type LatestRevision = {
  provinceCode: string;
  metric: string;
  reportDate: string;
  value: number;
  submittedAt: string;
};
/** A value already stored, with where it came from (to name it when a new import contradicts it). */
export type StoredValue = LatestRevision & { importId: number | null; source: string; sourceRow: number | null };

export type Submission = {
  reportDate: string;
  value: number;
  submittedAt: string;
  source: string;
  sourceRow: number | null;
  synthetic: boolean;
  id: number;
  /** The report (import) it came with; null for the shipped sample data. */
  submissionId: number | null;
  approvalRequired: ApprovalRequirement;
  decision: ApprovalDecision | null;
  submittedBy: string | null;
};
export type ReportDateSubmissions = {
  provinceCode: string;
  metricsReported: number;
  firstSubmittedAt: string | null;
  lastReportDate: string | null;
};
export type StoredWarning = WarningInput & { detectedAt: string };

type RevisionRow = {
  province_code: string;
  metric: string;
  report_date: string;
  cumulative_value: number;
  submitted_at: string;
};

function toLatestRevision(r: RevisionRow): LatestRevision {
  return {
    provinceCode: r.province_code,
    metric: r.metric,
    reportDate: r.report_date,
    value: r.cumulative_value,
    submittedAt: r.submitted_at,
  };
}

export type WarningRow = {
  province_code: string;
  metric: string;
  report_date: string;
  kind: string;
  value: number;
  previous_value: number | null;
  period_total: number | null;
  message: string;
  source: string;
  detected_at: string;
};

export function toStoredWarning(r: WarningRow): StoredWarning {
  return {
    provinceCode: r.province_code,
    metric: r.metric,
    reportDate: r.report_date,
    kind: r.kind,
    value: r.value,
    previousValue: r.previous_value,
    periodTotal: r.period_total,
    message: r.message,
    source: r.source,
    detectedAt: r.detected_at,
  };
}

/** Imports of actuals: submissions, their import record and their data-quality warnings, written together. */
export class ActualImportRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  async isImported(planId: string, contentHash: string): Promise<boolean> {
    const rows = await this.db.all(
      'SELECT 1 FROM actual_import WHERE plan_id = $planId AND content_hash = $contentHash LIMIT 1',
      {
        planId,
        contentHash,
      },
    );
    return rows.length > 0;
  }

  /**
   * Writes one import in one transaction: its record, its submissions and its warnings. Returns false, writing
   * nothing, when the same content was imported before (checked inside the transaction).
   */
  async write(input: ImportInput): Promise<{ importId: number; written: boolean }> {
    return this.db.transaction(async (connection) => {
      const existing = (
        await connection.runAndReadAll(
          'SELECT id FROM actual_import WHERE plan_id = $planId AND content_hash = $contentHash LIMIT 1',
          { planId: input.planId, contentHash: input.contentHash },
        )
      ).getRowsJS()[0];
      if (existing) return { importId: Number(existing[0]), written: false };
      const importId = Number(
        (await connection.runAndReadAll("SELECT nextval('actual_import_id')")).getRowsJS()[0]![0],
      );
      await connection.run(
        `INSERT INTO actual_import (id, plan_id, content_hash, source, imported_at, imported_by, rows_stored,
           rows_unchanged, submitted_by_role, province_code, approval_required)
         VALUES ($id, $planId, $contentHash, $source, $importedAt::TIMESTAMP, $importedBy, $stored, $unchanged, $role,
           $province, $approval)`,
        {
          id: importId,
          planId: input.planId,
          contentHash: input.contentHash,
          source: input.source,
          // UTC, whatever the server's time zone (as every time the access tables write).
          importedAt: utcTimestamp(),
          importedBy: input.importedBy,
          stored: input.submissions.length,
          unchanged: input.rowsUnchanged,
          role: input.submittedByRole,
          province: input.provinceCode,
          approval: input.approvalRequired,
        },
      );
      const s = input.submissions;
      await insertColumns(connection, 'actual_report', [
        { name: 'plan_id', type: 'VARCHAR', values: s.map(() => input.planId) },
        { name: 'province_code', type: 'VARCHAR', values: s.map((r) => r.provinceCode) },
        { name: 'metric', type: 'VARCHAR', values: s.map((r) => r.metric) },
        { name: 'report_date', type: 'DATE', values: s.map((r) => r.reportDate) },
        { name: 'cumulative_value', type: 'DOUBLE', values: s.map((r) => r.cumulativeValue) },
        { name: 'submitted_at', type: 'TIMESTAMP', values: s.map((r) => r.submittedAt) },
        { name: 'source', type: 'VARCHAR', values: s.map((r) => r.source) },
        { name: 'source_row', type: 'INTEGER', values: s.map((r) => r.sourceRow) },
        { name: 'synthetic', type: 'BOOLEAN', values: s.map(() => false) },
        { name: 'import_id', type: 'INTEGER', values: s.map(() => importId) },
      ]);
      const w = input.warnings;
      await insertColumns(connection, 'data_quality_warning', [
        { name: 'plan_id', type: 'VARCHAR', values: w.map(() => input.planId) },
        { name: 'import_id', type: 'INTEGER', values: w.map(() => importId) },
        { name: 'province_code', type: 'VARCHAR', values: w.map((r) => r.provinceCode) },
        { name: 'metric', type: 'VARCHAR', values: w.map((r) => r.metric) },
        { name: 'report_date', type: 'DATE', values: w.map((r) => r.reportDate) },
        { name: 'kind', type: 'VARCHAR', values: w.map((r) => r.kind) },
        { name: 'value', type: 'DOUBLE', values: w.map((r) => r.value) },
        { name: 'previous_value', type: 'DOUBLE', values: w.map((r) => r.previousValue) },
        { name: 'period_total', type: 'DOUBLE', values: w.map((r) => r.periodTotal) },
        { name: 'message', type: 'VARCHAR', values: w.map((r) => r.message) },
        { name: 'source', type: 'VARCHAR', values: w.map((r) => r.source) },
        { name: 'detected_at', type: 'TIMESTAMP', values: w.map(() => new Date().toISOString().slice(0, 19)) },
      ]);
      if (input.audit)
        await AuditRepository.appendOn(connection, {
          ...input.audit,
          target: input.audit.target ?? `report ${importId}`,
          detail: { ...input.audit.detail, submissionId: importId },
        });
      return { importId, written: true };
    });
  }

  async latestRevisions(planId: string): Promise<LatestRevision[]> {
    const rows = await this.db.all<RevisionRow>(latestRevisionsSql, { planId });
    return rows.map(toLatestRevision);
  }

  /** The values of the plan stored with any of these submission times (YYYY-MM-DDTHH:MM:SS), approved or not. */
  async valuesSubmittedAt(planId: string, times: readonly string[]): Promise<StoredValue[]> {
    if (times.length === 0) return [];
    const rows = await this.db.all<
      RevisionRow & { import_id: bigint | null; source: string; source_row: number | null }
    >(valuesSubmittedAtSql, { planId, times: listValue([...times]) });
    return rows.map((r) => ({
      ...toLatestRevision(r),
      importId: r.import_id === null ? null : Number(r.import_id),
      source: r.source,
      sourceRow: r.source_row === null ? null : Number(r.source_row),
    }));
  }

  async history(planId: string, province: string, metric: string): Promise<Submission[]> {
    const rows = await this.db.all<{
      report_date: string;
      cumulative_value: number;
      submitted_at: string;
      source: string;
      source_row: number | null;
      synthetic: boolean;
      id: bigint;
      import_id: bigint | null;
      approval_required: ApprovalRequirement;
      decision: ApprovalDecision | null;
      imported_by: string | null;
    }>(actualHistorySql, { planId, province, metric });
    return rows.map((r) => ({
      reportDate: r.report_date,
      value: r.cumulative_value,
      submittedAt: r.submitted_at,
      source: r.source,
      sourceRow: r.source_row === null ? null : Number(r.source_row),
      synthetic: r.synthetic,
      id: Number(r.id),
      submissionId: r.import_id === null ? null : Number(r.import_id),
      approvalRequired: r.approval_required,
      decision: r.decision,
      submittedBy: r.imported_by,
    }));
  }

  async reportDateSubmissions(planId: string, reportDate: string): Promise<ReportDateSubmissions[]> {
    const rows = await this.db.all<{
      province_code: string;
      metrics_reported: bigint;
      first_submitted_at: string | null;
      last_report_date: string | null;
    }>(reportDateSubmissionsSql, { planId, reportDate });
    return rows.map((r) => ({
      provinceCode: r.province_code,
      metricsReported: Number(r.metrics_reported),
      firstSubmittedAt: r.first_submitted_at,
      lastReportDate: r.last_report_date,
    }));
  }

  async warnings(planId: string, province: string | null): Promise<StoredWarning[]> {
    const rows = await this.db.all<WarningRow>(dataQualityWarningsSql, { planId, province });
    return rows.map(toStoredWarning);
  }
}
