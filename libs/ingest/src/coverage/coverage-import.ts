import { createHash } from 'node:crypto';
import type { UnitSet } from '@scorecard/domain';
import {
  CoverageRepository,
  ReferenceRepository,
  type AuditEventInput,
  type CoverageTableInput,
  type WarehouseDatabase,
} from '@scorecard/warehouse';
import type { ComplianceSourceFile } from '../compliance/compliance-source.reader';
import { CoverageImportError, type CoverageWarning } from './coverage-import.errors';
import { readCoverageTables, type CoverageTableRead } from './coverage-table.reader';

// The one path by which coverage tables enter the warehouse (the first start, the command line and the GraphQL
// mutation): every file read and checked whole against the unit sets stored, then each (unit set, year) stored as
// the new table in force, all in one transaction with the audit event, or refused (CoverageImportError) with every
// problem and nothing written.

export type CoverageImportOptions = {
  /** Who imports, as stored with the table ("cli:…", an account's login, "system:first-start"). */
  importedBy: string;
  /** The audit event, written in the same transaction when anything is stored; null for the first start. */
  audit: AuditEventInput | null;
  /** The first start: a unit set and year that already has a table is left alone. */
  onlyWhenAbsent?: boolean;
};

export type CoverageTableAnswer = {
  unitSet: UnitSet;
  year: number;
  file: string;
  units: number;
  synthetic: boolean;
  /** STORED as the table in force; UNCHANGED: the same numbers are in force already; PRESENT: left alone. */
  outcome: 'STORED' | 'UNCHANGED' | 'PRESENT';
  importId: number;
};

export type CoverageImportAnswer = { tables: CoverageTableAnswer[]; warnings: CoverageWarning[] };

/** The tables of the files, checked against the unit sets of the database; throws CoverageImportError. */
export async function checkCoverageFiles(
  db: WarehouseDatabase,
  files: readonly ComplianceSourceFile[],
): Promise<{ tables: CoverageTableRead[]; warnings: CoverageWarning[] }> {
  const reference = new ReferenceRepository(db);
  const [units63, units34, crosswalk] = await Promise.all([
    reference.provinces('vn63-2004'),
    reference.provinces('vn34-2025'),
    reference.crosswalk('vn63-2004', 'vn34-2025'),
  ]);
  const read = await readCoverageTables(files, { units63, units34, crosswalk });
  if (read.problems.length > 0) throw new CoverageImportError(read.problems, read.problemCount);
  return { tables: read.tables, warnings: read.warnings };
}

/** Stores checked tables, each as the table in force of its unit set and year (or UNCHANGED, or PRESENT). */
export async function storeCoverageTables(
  db: WarehouseDatabase,
  tables: readonly CoverageTableRead[],
  options: CoverageImportOptions,
): Promise<CoverageTableAnswer[]> {
  const inputs: CoverageTableInput[] = tables.map((table) => ({
    unitSet: table.unitSet,
    year: table.year,
    contentHash: contentHash(table),
    sourceFile: table.file,
    rows: table.rows.map(({ file: _file, ...row }) => row),
  }));
  const outcomes = await new CoverageRepository(db).save(inputs, options.importedBy, options.audit, {
    onlyWhenAbsent: options.onlyWhenAbsent ?? false,
  });
  return tables.map((table, index) => ({
    unitSet: table.unitSet,
    year: table.year,
    file: table.file,
    units: table.rows.length,
    synthetic: table.rows.some((row) => row.synthetic),
    outcome: outcomes[index]!.outcome,
    importId: outcomes[index]!.importId,
  }));
}

/** Reads, checks and stores coverage files; throws CoverageImportError with every problem, writing nothing. */
export async function importCoverageFiles(
  db: WarehouseDatabase,
  files: readonly ComplianceSourceFile[],
  options: CoverageImportOptions,
): Promise<CoverageImportAnswer> {
  const checked = await checkCoverageFiles(db, files);
  return { tables: await storeCoverageTables(db, checked.tables, options), warnings: checked.warnings };
}

/** The numbers, flags and sources of a table by unit: not its file, rows or names as written. */
function contentHash(table: CoverageTableRead): string {
  const rows = table.rows.map((row) => [
    row.provinceCode,
    row.labourForce,
    row.population,
    row.siParticipants,
    row.hiParticipants,
    row.synthetic,
    row.source,
  ]);
  return createHash('sha256')
    .update(JSON.stringify([table.unitSet, table.year, rows]))
    .digest('hex');
}
