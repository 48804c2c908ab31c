import { listValue } from '@duckdb/node-api';
import type { ApprovalDecision, ApprovalRequirement, ApprovalState, Role } from '@scorecard/domain';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import { utcTimestamp } from '../connection/utc-time';
import reportSubmissionsSql from '../queries/report-submissions.sql?raw';
import figuresSql from '../queries/report-submission-figures.sql?raw';
import warningsSql from '../queries/report-submission-warnings.sql?raw';
import pendingSql from '../queries/pending-actuals-as-of.sql?raw';
import { AuditRepository, type AuditEventInput } from './audit.repository';
import { toStoredWarning, type StoredWarning, type WarningRow } from './actual-import.repository';

// Submitted reports (each import of actuals) and their approval. A decision is appended once per report, in the
// same transaction as its audit row; the report itself is never changed.

export type ReportFigure = {
  provinceCode: string;
  metric: string;
  reportDate: string;
  value: number;
};

export type ReportSubmissionRecord = {
  id: number;
  planId: string;
  source: string;
  importedAt: string;
  importedBy: string;
  submittedByRole: Role;
  provinceCode: string | null;
  requirement: ApprovalRequirement;
  decision: ApprovalDecision | null;
  reason: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  state: ApprovalState;
  figures: ReportFigure[];
  warnings: (StoredWarning & { importId: number })[];
};

export type PendingActual = {
  provinceCode: string;
  reportDate: string;
  value: number;
  submittedAt: string;
  submissionId: number;
};

type SubmissionRow = {
  id: bigint;
  plan_id: string;
  source: string;
  imported_at: string;
  imported_by: string;
  submitted_by_role: Role;
  province_code: string | null;
  approval_required: ApprovalRequirement;
  decision: ApprovalDecision | null;
  reason: string | null;
  decided_at: string | null;
  decided_by: string | null;
  state: ApprovalState;
};

const SUBMISSIONS = reportSubmissionsSql.replace(/;\s*$/, '');
/** A page of the reports, newest first, after the report `after` (the id of the last of the page before). */
const PAGE_SQL = `SELECT * FROM (${SUBMISSIONS}) WHERE ($after::BIGINT IS NULL OR id < $after) ORDER BY id DESC LIMIT $limit`;
const COUNT_SQL = `SELECT count(*) AS n FROM (${SUBMISSIONS})`;

type SubmissionFilter = { planId: string; state: ApprovalState | null; provinceCode: string | null };

export class ReportReviewRepository {
  /** Whether any report waits for approval, as of a data version of the database (see dataVersion). */
  private waiting: { version: number; any: boolean } | null = null;

  constructor(private readonly db: WarehouseDatabase) {}

  /** Reports matching the filter, newest first, at most `limit` after the report `after`. */
  async submissions(
    filter: SubmissionFilter & { id?: number | null; after?: number | null; limit: number },
  ): Promise<ReportSubmissionRecord[]> {
    const rows = await this.db.all<SubmissionRow>(PAGE_SQL, {
      ...this.params(filter),
      id: filter.id ?? null,
      after: filter.after ?? null,
      limit: filter.limit,
    });
    return this.withFigures(rows);
  }

  /** How many reports match the filter (the totalCount of every page). */
  async countSubmissions(filter: SubmissionFilter): Promise<number> {
    const rows = await this.db.all<{ n: bigint }>(COUNT_SQL, { ...this.params(filter), id: null });
    return Number(rows[0]?.n ?? 0);
  }

  private params(filter: SubmissionFilter) {
    return { planId: filter.planId, state: filter.state, province: filter.provinceCode };
  }

  private async withFigures(rows: SubmissionRow[]): Promise<ReportSubmissionRecord[]> {
    if (rows.length === 0) return [];
    const ids = listValue(rows.map((row) => row.id));
    const [figures, warnings] = await Promise.all([
      this.db.all<{
        import_id: bigint;
        province_code: string;
        metric: string;
        report_date: string;
        cumulative_value: number;
      }>(figuresSql, { ids }),
      this.db.all<WarningRow & { import_id: bigint }>(warningsSql, { ids }),
    ]);
    return rows.map((row) => ({
      id: Number(row.id),
      planId: row.plan_id,
      source: row.source,
      importedAt: row.imported_at,
      importedBy: row.imported_by,
      submittedByRole: row.submitted_by_role,
      provinceCode: row.province_code,
      requirement: row.approval_required,
      decision: row.decision,
      reason: row.reason,
      decidedAt: row.decided_at,
      decidedBy: row.decided_by,
      state: row.state,
      figures: figures
        .filter((f) => f.import_id === row.id)
        .map((f) => ({
          provinceCode: f.province_code,
          metric: f.metric,
          reportDate: f.report_date,
          value: f.cumulative_value,
        })),
      warnings: warnings
        .filter((w) => w.import_id === row.id)
        .map((w) => ({ ...toStoredWarning(w), importId: Number(w.import_id) })),
    }));
  }

  /** Records the decision; false when the report was decided already (nothing written). */
  async decide(
    importId: number,
    decision: { decision: ApprovalDecision; reason: string | null; decidedBy: string },
    audit: AuditEventInput,
  ): Promise<boolean> {
    return this.db.transaction(async (connection) => {
      const existing = (
        await connection.runAndReadAll('SELECT 1 FROM report_decision WHERE import_id = $id', { id: importId })
      ).getRowsJS();
      if (existing.length > 0) return false;
      await connection.run('INSERT INTO report_decision VALUES ($id, $decision, $reason, $now::TIMESTAMP, $by)', {
        id: importId,
        decision: decision.decision,
        reason: decision.reason,
        now: utcTimestamp(),
        by: decision.decidedBy,
      });
      await AuditRepository.appendOn(connection, audit);
      return true;
    });
  }

  /** Per province, the latest submission on a metric at or before asOf still waiting for approval. */
  async pendingAsOf(planId: string, metric: string, asOf: string): Promise<PendingActual[]> {
    // Most of the time nothing waits: one cheap check per write to the database spares the query on every page.
    const version = this.db.dataVersion;
    if (this.waiting?.version !== version) {
      const [row] = await this.db.all<{ n: bigint }>(
        `SELECT count(*) AS n FROM actual_import i LEFT JOIN report_decision d ON d.import_id = i.id
         WHERE i.approval_required <> 'NONE' AND d.import_id IS NULL`,
      );
      this.waiting = { version, any: Number(row?.n ?? 0) > 0 };
    }
    if (!this.waiting.any) return [];
    const rows = await this.db.all<{
      province_code: string;
      report_date: string;
      cumulative_value: number;
      submitted_at: string;
      import_id: bigint;
    }>(pendingSql, { planId, metric, asOf });
    return rows.map((row) => ({
      provinceCode: row.province_code,
      reportDate: row.report_date,
      value: row.cumulative_value,
      submittedAt: row.submitted_at,
      submissionId: Number(row.import_id),
    }));
  }
}
