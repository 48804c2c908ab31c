import { listValue } from '@duckdb/node-api';
import {
  COMPLIANCE_STEPS,
  type ComplianceCase,
  type ComplianceListing,
  type ComplianceOutcomeKind,
  type ComplianceStep,
  type IsoDate,
} from '@scorecard/domain';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import { utcTimestamp } from '../connection/utc-time';
import { AuditRepository, type AuditEventInput } from './audit.repository';
import { WarehouseError } from '../warehouse.errors';
import casesSql from '../queries/compliance-cases.sql?raw';

export type ComplianceCaseFilter = { provinceCode: string | null; asOf: IsoDate; id?: number | null };

/** A case as stored: the domain's case, with its number and whether it was generated. */
export type StoredComplianceCase = ComplianceCase & { id: number; synthetic: boolean };

/** Reads of the employer compliance workflow (docs/compliance.md). */
export class ComplianceRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  /**
   * The cases of a province (or every province) opened on or before `asOf`, with every listing and step and the
   * outcome, also those after `asOf`: what was known on a date is the domain's to cut (stepReached,
   * complianceFunnel).
   */
  async cases(filter: ComplianceCaseFilter): Promise<StoredComplianceCase[]> {
    const rows = await this.db.all<{
      id: bigint;
      tax_code: string;
      province_code: string;
      outcome: ComplianceOutcomeKind | null;
      outcome_on: string | null;
      workers_registered: number;
      synthetic: boolean;
      listings: ComplianceListing[] | null;
      steps: ComplianceStep[];
    }>(casesSql, {
      province: filter.provinceCode,
      asOf: filter.asOf,
      id: filter.id ?? null,
      stepOrder: listValue([...COMPLIANCE_STEPS]),
    });
    return rows.map((row) => {
      if (row.listings === null || row.listings.length === 0)
        throw new WarehouseError(
          'QUERY_FAILED',
          `Compliance case ${row.id} (tax code ${row.tax_code}) has no listing: every case is opened by one.`,
          `Hồ sơ ${row.id} (mã số thuế ${row.tax_code}) không có danh sách nào: mọi hồ sơ đều mở từ một danh sách.`,
        );
      return {
        id: Number(row.id),
        taxCode: row.tax_code,
        provinceCode: row.province_code,
        listings: row.listings,
        steps: row.steps,
        outcome:
          row.outcome === null || row.outcome_on === null
            ? null
            : { kind: row.outcome, on: row.outcome_on, workersRegistered: row.workers_registered },
        synthetic: row.synthetic,
      };
    });
  }

  /** One case with everything recorded on it, or null when there is none with this number. */
  async caseById(id: number): Promise<StoredComplianceCase | null> {
    return (await this.cases({ provinceCode: null, asOf: '9999-12-31', id }))[0] ?? null;
  }

  /**
   * Appends a step to a case, with its audit event, in one transaction (steps are never changed: a correction is
   * a later step). The caller has checked the step against the case (the domain's stepRefusal).
   */
  async appendStep(caseId: number, step: ComplianceStep, recordedBy: string, audit: AuditEventInput): Promise<void> {
    await this.db.transaction(async (connection) => {
      await connection.run(
        'INSERT INTO compliance_step VALUES ($caseId, $kind, CAST($on AS DATE), $document, $recordedBy, CAST($at AS TIMESTAMP))',
        { caseId, kind: step.kind, on: step.on, document: step.document, recordedBy, at: utcTimestamp() },
      );
      await AuditRepository.appendOn(connection, audit);
    });
  }

  async caseCount(): Promise<number> {
    const rows = await this.db.all<{ cases: bigint }>('SELECT count(*) AS cases FROM compliance_case');
    return Number(rows[0]?.cases ?? 0);
  }
}
