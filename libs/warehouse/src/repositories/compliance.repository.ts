import { listValue, type DuckDBValue } from '@duckdb/node-api';
import {
  applyList,
  COMPLIANCE_STEPS,
  type ComplianceCase,
  type ComplianceListEntry,
  type ComplianceListing,
  type ComplianceOutcome,
  type ComplianceStep,
  type IsoDate,
} from '@scorecard/domain';
import { insertColumns } from '../connection/bulk-insert';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import { utcTimestamp } from '../connection/utc-time';
import { AuditRepository, type AuditEventInput } from './audit.repository';
import { WarehouseError } from '../warehouse.errors';
import casesSql from '../queries/compliance-cases.sql?raw';

export type ComplianceCaseFilter = { provinceCode: string | null; asOf: IsoDate; id?: number | null };

/** A case as stored: the domain's case, with its number, its employer as last listed, and whether it was generated. */
export type StoredComplianceCase = ComplianceCase & {
  id: number;
  employerName: string;
  district: string;
  address: string | null;
  synthetic: boolean;
};

/** One employer of a list to store (a row of the list's file, checked). */
export type ComplianceListRowToStore = ComplianceListEntry & {
  employerName: string;
  address: string;
  district: string;
  wageFund: number | null;
  sourceRow: number;
};

/**
 * What a list did: the cases it opened and those it continued (case numbers), in the order of its rows; or,
 * storing nothing, the rows whose employer already has a listing received that day (the list was imported before).
 */
export type StoredList =
  | { kind: 'stored'; opened: number[]; continued: number[] }
  | { kind: 'already-listed'; rows: ComplianceListRowToStore[] };

/** A step or an outcome to append to a case, checked against it. */
export type ComplianceRecord =
  { caseId: number; step: ComplianceStep } | { caseId: number; outcome: ComplianceOutcome };

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
      synthetic: boolean;
      employer_name: string;
      district: string;
      address: string | null;
      listings: ComplianceListing[] | null;
      steps: ComplianceStep[];
      outcome: (Omit<ComplianceOutcome, 'contributionRecovered'> & { contributionRecovered: bigint }) | null;
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
        employerName: row.employer_name,
        district: row.district,
        address: row.address,
        listings: row.listings,
        steps: row.steps,
        outcome:
          row.outcome === null
            ? null
            : { ...row.outcome, contributionRecovered: Number(row.outcome.contributionRecovered) },
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

  /**
   * Stores a list as the domain's applyList reads it, in one transaction with its audit event: each row continues
   * its employer's open case (a new listing) or opens a case, entered on `enteredOn`. Nothing is stored when an
   * employer already has a listing received that day (the list was imported before): those rows are answered.
   */
  async storeList(input: {
    rows: readonly ComplianceListRowToStore[];
    enteredOn: IsoDate;
    source: string;
    recordedBy: string;
    audit: AuditEventInput;
  }): Promise<StoredList> {
    return this.db.transaction(async (connection) => {
      const read = async (sql: string, params: Record<string, DuckDBValue>) =>
        (await connection.runAndReadAll(sql, params)).getRowObjectsJS();
      const taxCodes = listValue(input.rows.map((row) => row.taxCode));
      const again = await read(
        `SELECT DISTINCT c.tax_code, strftime(l.received_on, '%Y-%m-%d') AS received_on FROM compliance_listing l
         JOIN compliance_case c ON c.id = l.case_id
         WHERE list_contains($taxCodes, c.tax_code) AND l.received_on IN (SELECT DISTINCT unnest($received)::DATE)`,
        { taxCodes, received: listValue([...new Set(input.rows.map((row) => row.receivedOn))]) },
      );
      const seen = new Set(again.map((row) => `${row['tax_code']}|${row['received_on']}`));
      const repeated = input.rows.filter((row) => seen.has(`${row.taxCode}|${row.receivedOn}`));
      if (repeated.length > 0) return { kind: 'already-listed', rows: repeated };
      const openRows = await read(
        `SELECT c.id, c.tax_code FROM compliance_case c
         WHERE list_contains($taxCodes, c.tax_code)
           AND NOT EXISTS (SELECT 1 FROM compliance_outcome o WHERE o.case_id = c.id)`,
        { taxCodes },
      );
      const open: (ComplianceCase & { id: number })[] = openRows.map((row) => ({
        id: Number(row['id']),
        taxCode: String(row['tax_code']),
        provinceCode: '',
        listings: [],
        steps: [],
        outcome: null,
      }));
      const applied = applyList(open, input.rows, input.enteredOn);
      const [last] = await read('SELECT coalesce(max(id), 0) AS last FROM compliance_case', {});
      const byTaxCode = new Map<string, number>();
      const opened: number[] = [];
      applied.cases.forEach((c, index) => {
        const id = index < open.length ? open[index]!.id : Number(last!['last']) + 1 + (index - open.length);
        byTaxCode.set(c.taxCode, id);
        if (index >= open.length) opened.push(id);
      });
      const created = applied.cases.slice(open.length);
      await insertColumns(connection, 'compliance_case', [
        { name: 'id', type: 'DOUBLE', values: opened },
        { name: 'tax_code', type: 'VARCHAR', values: created.map((c) => c.taxCode) },
        { name: 'province_code', type: 'VARCHAR', values: created.map((c) => c.provinceCode) },
        { name: 'opened_on', type: 'DATE', values: created.map((c) => c.listings[0]!.receivedOn) },
        { name: 'synthetic', type: 'BOOLEAN', values: created.map(() => false) },
      ]);
      const rows = input.rows;
      await insertColumns(connection, 'compliance_listing', [
        { name: 'case_id', type: 'DOUBLE', values: rows.map((row) => byTaxCode.get(row.taxCode)!) },
        { name: 'kind', type: 'VARCHAR', values: rows.map((row) => row.kind) },
        { name: 'received_on', type: 'DATE', values: rows.map((row) => row.receivedOn) },
        { name: 'workers', type: 'INTEGER', values: rows.map((row) => row.workers) },
        { name: 'employer_name', type: 'VARCHAR', values: rows.map((row) => row.employerName) },
        { name: 'district', type: 'VARCHAR', values: rows.map((row) => row.district) },
        { name: 'source', type: 'VARCHAR', values: rows.map(() => input.source) },
        { name: 'source_row', type: 'INTEGER', values: rows.map((row) => row.sourceRow) },
        { name: 'address', type: 'VARCHAR', values: rows.map((row) => row.address) },
        { name: 'wage_fund', type: 'DOUBLE', values: rows.map((row) => row.wageFund) },
      ]);
      const at = utcTimestamp();
      const entered = created.flatMap((c) => c.steps.map((step) => ({ id: byTaxCode.get(c.taxCode)!, step })));
      await insertColumns(connection, 'compliance_step', [
        { name: 'case_id', type: 'DOUBLE', values: entered.map((e) => e.id) },
        { name: 'kind', type: 'VARCHAR', values: entered.map((e) => e.step.kind) },
        { name: 'done_on', type: 'DATE', values: entered.map((e) => e.step.on) },
        { name: 'document', type: 'VARCHAR', values: entered.map((e) => e.step.document) },
        { name: 'recorded_by', type: 'VARCHAR', values: entered.map(() => input.recordedBy) },
        { name: 'recorded_at', type: 'TIMESTAMP', values: entered.map(() => at) },
      ]);
      await AuditRepository.appendOn(connection, input.audit);
      const continued = rows.map((row) => byTaxCode.get(row.taxCode)!).filter((id) => !opened.includes(id));
      return { kind: 'stored', opened, continued };
    });
  }

  /**
   * Appends steps and outcomes to cases, in the order given, in one transaction with the audit event: all or
   * none. The caller has checked each against its case as it stood after the ones before it.
   */
  async appendRecords(records: readonly ComplianceRecord[], recordedBy: string, audit: AuditEventInput): Promise<void> {
    await this.db.transaction(async (connection) => {
      const at = utcTimestamp();
      for (const record of records) {
        if ('step' in record)
          await connection.run(
            'INSERT INTO compliance_step VALUES ($caseId, $kind, CAST($on AS DATE), $document, $recordedBy, CAST($at AS TIMESTAMP))',
            { caseId: record.caseId, ...record.step, recordedBy, at },
          );
        else
          await connection.run(
            `INSERT INTO compliance_outcome VALUES ($caseId, $kind, CAST($on AS DATE), $workers, $recovered, $document,
               $recordedBy, CAST($at AS TIMESTAMP))`,
            {
              caseId: record.caseId,
              kind: record.outcome.kind,
              on: record.outcome.on,
              workers: record.outcome.workersRegistered,
              recovered: BigInt(Math.round(record.outcome.contributionRecovered)),
              document: record.outcome.document,
              recordedBy,
              at,
            },
          );
      }
      await AuditRepository.appendOn(connection, audit);
    });
  }

  /** The first list received and the last day anything was recorded as done (null, null: no case). */
  async dataRange(): Promise<{ from: IsoDate | null; to: IsoDate | null }> {
    const [row] = await this.db.all<{ first: string | null; last: string | null }>(
      `SELECT strftime(min(received_on), '%Y-%m-%d') AS first,
         strftime(greatest(max(received_on), (SELECT max(done_on) FROM compliance_step),
           (SELECT max(done_on) FROM compliance_outcome)), '%Y-%m-%d') AS last
       FROM compliance_listing`,
    );
    return { from: row?.first ?? null, to: row?.last ?? null };
  }

  async caseCount(): Promise<number> {
    const rows = await this.db.all<{ cases: bigint }>('SELECT count(*) AS cases FROM compliance_case');
    return Number(rows[0]?.cases ?? 0);
  }
}
