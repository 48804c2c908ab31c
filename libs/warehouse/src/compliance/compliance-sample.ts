import type { WarehouseDatabase } from '../connection/warehouse-database';
import { insertColumns } from '../connection/bulk-insert';
import employersSql from '../queries/compliance-sample-employers.sql?raw';
import {
  COMPLIANCE_SAMPLE_RECORDED_BY,
  COMPLIANCE_SAMPLE_SOURCE,
  generateComplianceCases,
  type SampleEmployer,
} from './compliance-generator';

export type SyntheticComplianceSummary = { cases: number; listings: number; steps: number };

/**
 * Stores the synthetic compliance cases of the synthetic ledger's employers, once: nothing is done when the
 * database holds any case, or when its ledger is missing or not synthetic (no case is invented for a real
 * employer). Null when nothing was stored.
 */
export async function loadSyntheticCompliance(db: WarehouseDatabase): Promise<SyntheticComplianceSummary | null> {
  return db.transaction(async (connection) => {
    const read = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
    const [existing] = await read('SELECT count(*) AS cases, coalesce(max(id), 0) AS last FROM compliance_case');
    if (Number(existing!['cases']) > 0) return null;
    const [ledger] = await read('SELECT synthetic FROM ledger_import ORDER BY id DESC LIMIT 1');
    if (ledger?.['synthetic'] !== true) return null;
    const employers: SampleEmployer[] = (await read(employersSql)).map((row) => ({
      id: String(row['id']),
      name: String(row['name']),
      district: String(row['district']),
      provinceCode: String(row['province_code']),
      workers: Number(row['workers']),
    }));
    const cases = generateComplianceCases(employers);
    const ids = cases.map((_, index) => Number(existing!['last']) + index + 1);
    await insertColumns(connection, 'compliance_case', [
      { name: 'id', type: 'INTEGER', values: ids },
      { name: 'tax_code', type: 'VARCHAR', values: cases.map((c) => c.taxCode) },
      { name: 'province_code', type: 'VARCHAR', values: cases.map((c) => c.provinceCode) },
      { name: 'opened_on', type: 'DATE', values: cases.map((c) => c.listings[0]!.receivedOn) },
      { name: 'synthetic', type: 'BOOLEAN', values: cases.map(() => true) },
    ]);
    const ended = cases.flatMap((c, index) => (c.outcome ? [{ id: ids[index]!, outcome: c.outcome }] : []));
    await insertColumns(connection, 'compliance_outcome', [
      { name: 'case_id', type: 'INTEGER', values: ended.map((e) => e.id) },
      { name: 'kind', type: 'VARCHAR', values: ended.map((e) => e.outcome.kind) },
      { name: 'done_on', type: 'DATE', values: ended.map((e) => e.outcome.on) },
      { name: 'workers_registered', type: 'INTEGER', values: ended.map((e) => e.outcome.workersRegistered) },
      { name: 'contribution_recovered', type: 'DOUBLE', values: ended.map((e) => e.outcome.contributionRecovered) },
      { name: 'document', type: 'VARCHAR', values: ended.map(() => null) },
      { name: 'recorded_by', type: 'VARCHAR', values: ended.map(() => COMPLIANCE_SAMPLE_RECORDED_BY) },
      { name: 'recorded_at', type: 'TIMESTAMP', values: ended.map((e) => `${e.outcome.on} 17:00:00`) },
    ]);
    const listings = cases.flatMap((c, index) => c.listings.map((listing) => ({ id: ids[index]!, c, listing })));
    await insertColumns(connection, 'compliance_listing', [
      { name: 'case_id', type: 'INTEGER', values: listings.map((l) => l.id) },
      { name: 'kind', type: 'VARCHAR', values: listings.map((l) => l.listing.kind) },
      { name: 'received_on', type: 'DATE', values: listings.map((l) => l.listing.receivedOn) },
      { name: 'workers', type: 'INTEGER', values: listings.map((l) => l.listing.workers) },
      { name: 'employer_name', type: 'VARCHAR', values: listings.map((l) => l.c.employerName) },
      { name: 'district', type: 'VARCHAR', values: listings.map((l) => l.c.district) },
      { name: 'source', type: 'VARCHAR', values: listings.map(() => COMPLIANCE_SAMPLE_SOURCE) },
      { name: 'source_row', type: 'INTEGER', values: listings.map(() => null) },
      { name: 'address', type: 'VARCHAR', values: listings.map(() => null) },
      { name: 'wage_fund', type: 'DOUBLE', values: listings.map(() => null) },
    ]);
    const steps = cases.flatMap((c, index) => c.steps.map((step) => ({ id: ids[index]!, step })));
    await insertColumns(connection, 'compliance_step', [
      { name: 'case_id', type: 'INTEGER', values: steps.map((s) => s.id) },
      { name: 'kind', type: 'VARCHAR', values: steps.map((s) => s.step.kind) },
      { name: 'done_on', type: 'DATE', values: steps.map((s) => s.step.on) },
      { name: 'document', type: 'VARCHAR', values: steps.map((s) => s.step.document) },
      { name: 'recorded_by', type: 'VARCHAR', values: steps.map(() => COMPLIANCE_SAMPLE_RECORDED_BY) },
      // Recorded at the end of the day the step was done.
      { name: 'recorded_at', type: 'TIMESTAMP', values: steps.map((s) => `${s.step.on} 17:00:00`) },
    ]);
    return { cases: cases.length, listings: listings.length, steps: steps.length };
  });
}
