import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  applyList,
  COMPLIANCE_STEPS,
  complianceFunnel,
  lateSteps,
  stepRefusal,
  type ComplianceCase,
} from '@scorecard/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WarehouseDatabase } from '../connection/warehouse-database';
import { COMPLIANCE_LIST_ROUNDS, COMPLIANCE_SAMPLE_END, syntheticTaxCode } from '../compliance/compliance-generator';
import { loadSyntheticCompliance } from '../compliance/compliance-sample';
import { generateLedger, LEDGER_FILES } from '../ledger/ledger-generator';
import { importLedger } from '../ledger/ledger-import';
import { ComplianceRepository, type StoredComplianceCase } from './compliance.repository';

// Synthetic compliance cases drawn for the employers of a small generated ledger, stored in DuckDB files and read
// back; every rule is checked with the domain's own functions.
const PROVINCES = [
  { code: '01', weight: 5 },
  { code: '79', weight: 8 },
  { code: '96', weight: 1 },
];
const ALL = { provinceCode: null, asOf: COMPLIANCE_SAMPLE_END };

/** Per step kind: the number of steps and a checksum of their cases, days and documents. */
const STEP_SUMMARY = `SELECT kind, count(*) AS steps,
    md5(string_agg(concat_ws('|', case_id, done_on, document, recorded_at), ',' ORDER BY case_id, done_on, recorded_at)) AS sum
  FROM compliance_step GROUP BY kind ORDER BY kind`;
const CASE_SUMMARY = `SELECT count(*) AS cases, md5(string_agg(concat_ws('|', c.id, tax_code, province_code, opened_on,
    o.kind, o.done_on, o.workers_registered, o.contribution_recovered, synthetic), ',' ORDER BY c.id)) AS sum
  FROM compliance_case c LEFT JOIN compliance_outcome o ON o.case_id = c.id`;
const LISTING_SUMMARY = `SELECT count(*) AS listings, md5(string_agg(concat_ws('|', case_id, kind, received_on, workers,
    employer_name, district, source), ',' ORDER BY case_id, received_on)) AS sum FROM compliance_listing`;

describe('synthetic compliance cases in DuckDB', () => {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-compliance-'));
  const ledgerDir = join(dir, 'ledger');
  const opened: WarehouseDatabase[] = [];
  let db: WarehouseDatabase;
  let cases: StoredComplianceCase[];

  async function databaseWithLedger(name: string, synthetic = true): Promise<WarehouseDatabase> {
    const database = await WarehouseDatabase.open(join(dir, name));
    opened.push(database);
    await database.all(
      `INSERT INTO province VALUES ('vn63-2004', '01', 'Hà Nội', 'Ha Noi', 'city', 'ĐBSH', 'RRD'),
        ('vn63-2004', '79', 'TP. Hồ Chí Minh', 'HCMC', 'city', 'ĐNB', 'SE'),
        ('vn63-2004', '96', 'Cà Mau', 'Ca Mau', 'province', 'ĐBSCL', 'MD')`,
    );
    await importLedger(database, {
      files: {
        employers: join(ledgerDir, LEDGER_FILES.employers),
        dues: join(ledgerDir, LEDGER_FILES.dues),
        payments: join(ledgerDir, LEDGER_FILES.payments),
      },
      importedBy: 'test',
      synthetic,
    });
    return database;
  }

  beforeAll(async () => {
    await generateLedger({ employers: 3000, months: 3, firstMonth: '2023-10', weights: PROVINCES, outDir: ledgerDir });
    db = await databaseWithLedger('first.duckdb');
    const stored = await loadSyntheticCompliance(db);
    expect(stored).not.toBeNull();
    cases = await new ComplianceRepository(db).cases(ALL);
  }, 60_000);
  afterAll(() => {
    for (const database of opened) database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the tables, whose checks accept exactly the domain step kinds and refuse others', async () => {
    const versions = await db.all<{ version: number }>('SELECT version FROM schema_migration ORDER BY version');
    expect(versions.map((row) => row.version)).toEqual(expect.arrayContaining([9, 10]));
    await db.transaction(async (connection) => {
      for (const kind of COMPLIANCE_STEPS)
        await connection.run(
          `INSERT INTO compliance_step VALUES (0, $kind, DATE '2023-01-01', NULL, 'test', TIMESTAMP '2023-01-01 00:00:00')`,
          { kind },
        );
      await connection.run('DELETE FROM compliance_step WHERE case_id = 0');
    });
    await expect(
      db.all(
        `INSERT INTO compliance_step VALUES (0, 'PHONED', DATE '2023-01-01', NULL, 'test', TIMESTAMP '2023-01-01')`,
      ),
    ).rejects.toThrow(/CHECK/i);
    await expect(
      db.all(
        `INSERT INTO compliance_outcome VALUES (0, 'PAID', DATE '2023-02-01', 0, 0, NULL, 'test', TIMESTAMP '2023-02-01')`,
      ),
    ).rejects.toThrow(/CHECK/i);
  });

  it('derives a ten-digit tax code from the sample employer id, and none from another id', () => {
    expect(syntheticTaxCode('DN0001234')).toBe('9900001234');
    expect(syntheticTaxCode('0101234567')).toBeNull();
    expect(cases.every((c) => /^99\d{8}$/.test(c.taxCode) && c.synthetic)).toBe(true);
  });

  it('draws the same cases, listings and steps again from the same ledger, and stores them once', async () => {
    const other = await databaseWithLedger('second.duckdb');
    await loadSyntheticCompliance(other);
    for (const sql of [CASE_SUMMARY, LISTING_SUMMARY, STEP_SUMMARY])
      expect(await other.all(sql)).toEqual(await db.all(sql));
    expect(await new ComplianceRepository(other).cases(ALL)).toEqual(cases);

    const before = await db.all(STEP_SUMMARY);
    expect(await loadSyntheticCompliance(db)).toBeNull();
    expect(await db.all(STEP_SUMMARY)).toEqual(before);
    expect(await new ComplianceRepository(db).caseCount()).toBe(cases.length);
  });

  it('records every step in order, none before the list, none after the sample, each accepted by the domain', () => {
    expect(cases.length).toBeGreaterThan(150);
    for (const c of cases) {
      const replay: ComplianceCase = { ...c, steps: [], outcome: null };
      for (const step of c.steps) {
        expect(stepRefusal(replay, step), `${c.taxCode} ${step.kind} ${step.on}`).toBeNull();
        replay.steps.push(step);
      }
      expect(c.steps.every((step) => step.on <= COMPLIANCE_SAMPLE_END)).toBe(true);
      if (c.outcome) {
        expect(c.outcome.on >= (c.steps.at(-1)?.on ?? c.listings[0]!.receivedOn)).toBe(true);
        expect(c.outcome.on <= COMPLIANCE_SAMPLE_END).toBe(true);
      }
    }
  });

  it('continues an open case with a later listing and opens a new case only once the last has ended', () => {
    // Replayed list by list through the domain's applyList, cases ending as their outcomes come: the same cases.
    let replayed: ComplianceCase[] = [];
    for (const round of COMPLIANCE_LIST_ROUNDS) {
      const known = replayed.map((c) => {
        const stored = cases.find(
          (s) => s.taxCode === c.taxCode && s.listings[0]!.receivedOn === c.listings[0]!.receivedOn,
        )!;
        return { ...c, outcome: stored.outcome !== null && stored.outcome.on < round ? stored.outcome : null };
      });
      const entries = cases.flatMap((c) =>
        c.listings
          .filter((l) => l.receivedOn === round)
          .map((l) => ({ taxCode: c.taxCode, provinceCode: c.provinceCode, ...l })),
      );
      replayed = applyList(known, entries).cases;
    }
    const shape = (list: readonly ComplianceCase[]) =>
      list.map((c) => `${c.taxCode}:${c.listings.map((l) => l.receivedOn).join(',')}`).sort();
    expect(shape(replayed)).toEqual(shape(cases));

    expect(cases.some((c) => c.listings.length > 1)).toBe(true);
    const byTaxCode = new Map<string, StoredComplianceCase[]>();
    for (const c of cases) byTaxCode.set(c.taxCode, [...(byTaxCode.get(c.taxCode) ?? []), c]);
    expect([...byTaxCode.values()].some((list) => list.length > 1)).toBe(true);
    for (const list of byTaxCode.values()) {
      expect(list.filter((c) => c.outcome === null).length).toBeLessThanOrEqual(1);
      const sorted = list.toSorted((a, b) => a.listings[0]!.receivedOn.localeCompare(b.listings[0]!.receivedOn));
      for (let i = 1; i < sorted.length; i += 1)
        expect(sorted[i - 1]!.outcome!.on < sorted[i]!.listings[0]!.receivedOn).toBe(true);
    }
  });

  it('fills the funnel at every step, with overdue, late, registered and closed cases at the end of 2023', () => {
    const funnel = complianceFunnel(cases, COMPLIANCE_SAMPLE_END);
    for (const kind of COMPLIANCE_STEPS) expect(funnel.reached[kind], kind).toBeGreaterThan(0);
    expect(funnel.reached.LIST_RECEIVED).toBe(cases.length);
    expect(funnel.overdue).toBeGreaterThan(0);
    expect(funnel.registered).toBeGreaterThan(0);
    expect(funnel.partlyRegistered).toBeGreaterThan(0);
    expect(funnel.closed).toBeGreaterThan(0);
    expect(funnel.workersRegistered).toBeGreaterThan(0);
    expect(cases.some((c) => lateSteps(c, COMPLIANCE_SAMPLE_END).some((late) => late.doneOn !== null))).toBe(true);
    // Some skip the conference: an inspection without one.
    expect(
      cases.some(
        (c) => c.steps.some((s) => s.kind === 'INSPECTION_DONE') && !c.steps.some((s) => s.kind === 'CONFERENCE_HELD'),
      ),
    ).toBe(true);
  });

  it('reads the cases of one province opened by a date, with steps in date order', async () => {
    const repository = new ComplianceRepository(db);
    const hanoi = await repository.cases({ provinceCode: '01', asOf: COMPLIANCE_SAMPLE_END });
    expect(hanoi.length).toBeGreaterThan(0);
    expect(hanoi.every((c) => c.provinceCode === '01')).toBe(true);
    expect(hanoi).toEqual(cases.filter((c) => c.provinceCode === '01'));
    const early = await repository.cases({ provinceCode: null, asOf: '2022-06-30' });
    expect(early.length).toBeGreaterThan(0);
    expect(early.every((c) => COMPLIANCE_LIST_ROUNDS.slice(0, 2).includes(c.listings[0]!.receivedOn))).toBe(true);
    expect(early.some((c) => c.listings[0]!.receivedOn === COMPLIANCE_LIST_ROUNDS[0])).toBe(true);
    for (const c of cases) expect(c.steps.map((s) => s.on)).toEqual(c.steps.map((s) => s.on).toSorted());
  });

  it('invents no case for the employers of a ledger that is not synthetic', async () => {
    const real = await databaseWithLedger('real.duckdb', false);
    expect(await loadSyntheticCompliance(real)).toBeNull();
    expect(await new ComplianceRepository(real).caseCount()).toBe(0);
  });
});
