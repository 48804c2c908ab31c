import type { CoverageBase, UnitSet } from '@scorecard/domain';
import { insertColumns } from '../connection/bulk-insert';
import type { WarehouseDatabase } from '../connection/warehouse-database';
import { utcTimestamp } from '../connection/utc-time';
import { AuditRepository, type AuditEventInput } from './audit.repository';
import basesSql from '../queries/coverage-bases.sql?raw';
import importedFilesSql from '../queries/coverage-imported-files.sql?raw';
import insertImportSql from '../queries/coverage-insert-import.sql?raw';
import tableInForceSql from '../queries/coverage-table-in-force.sql?raw';
import tablesSql from '../queries/coverage-tables.sql?raw';

// Coverage bases (docs/coverage.md): one table per unit set and year, each import kept, the latest in force.

/** A unit's row as stored: its numbers, the name its file gave it, and where the numbers come from. */
export type CoverageBaseRecord = CoverageBase & {
  provinceName: string;
  synthetic: boolean;
  /** The document the numbers come from. */
  source: string;
  sourceFile: string;
  sourceRow: number;
};

/** The table in force for a unit set and year. */
export type CoverageTableRecord = {
  importId: number;
  unitSet: UnitSet;
  year: number;
  contentHash: string;
  sourceFile: string;
  synthetic: boolean;
  importedAt: string;
  importedBy: string;
  unitCount: number;
  /** The distinct sources its rows name. */
  sources: string[];
};

/** A checked table to store: every unit of its set, once. */
export type CoverageTableInput = {
  unitSet: UnitSet;
  year: number;
  contentHash: string;
  sourceFile: string;
  rows: readonly Omit<CoverageBaseRecord, 'sourceFile'>[];
};

/** What became of a table: stored as a new import, equal to the one in force, or left out because one is present. */
export type CoverageTableOutcome = {
  unitSet: UnitSet;
  year: number;
  outcome: 'STORED' | 'UNCHANGED' | 'PRESENT';
  /** The import in force after the save. */
  importId: number;
};

type TableRow = {
  import_id: bigint;
  unit_set: UnitSet;
  year: number;
  content_hash: string;
  source_file: string;
  synthetic: boolean;
  imported_at: string;
  imported_by: string;
  unit_count: number;
  sources: string[] | null;
};

type BaseRow = {
  import_id: bigint;
  province_code: string;
  province_name: string;
  labour_force: bigint | null;
  population: bigint | null;
  si_participants: bigint | null;
  hi_participants: bigint | null;
  synthetic: boolean;
  source: string;
  source_file: string;
  source_row: number;
};

const count = (value: bigint | null): number | null => (value === null ? null : Number(value));

export class CoverageRepository {
  constructor(private readonly db: WarehouseDatabase) {}

  /** The table in force of every unit set and year, by year then set. */
  async tables(): Promise<CoverageTableRecord[]> {
    const rows = await this.db.all<TableRow>(tablesSql);
    return rows.map((row) => ({
      importId: Number(row.import_id),
      unitSet: row.unit_set,
      year: Number(row.year),
      contentHash: row.content_hash,
      sourceFile: row.source_file,
      synthetic: row.synthetic,
      importedAt: row.imported_at,
      importedBy: row.imported_by,
      unitCount: Number(row.unit_count),
      sources: row.sources ?? [],
    }));
  }

  /** The rows of the table in force for a unit set and year, in code order; empty when there is none. */
  async bases(unitSet: UnitSet, year: number): Promise<CoverageBaseRecord[]> {
    const rows = await this.db.all<BaseRow>(basesSql, { unitSet, year });
    return rows.map((row) => ({
      provinceCode: row.province_code,
      provinceName: row.province_name,
      labourForce: count(row.labour_force),
      population: count(row.population),
      siParticipants: count(row.si_participants),
      hiParticipants: count(row.hi_participants),
      synthetic: row.synthetic,
      source: row.source,
      sourceFile: row.source_file,
      sourceRow: Number(row.source_row),
    }));
  }

  /** Every file a table was imported from, in force or not. */
  async importedFiles(): Promise<string[]> {
    return (await this.db.all<{ source_file: string }>(importedFilesSql)).map((row) => row.source_file);
  }

  /**
   * Stores each table as the new import in force of its unit set and year, all in one transaction with the audit
   * event (written when anything is stored): a table equal to the one in force is UNCHANGED and not stored again;
   * with `onlyWhenAbsent` (the first start) a unit set and year that has any table is left alone (PRESENT).
   */
  async save(
    tables: readonly CoverageTableInput[],
    importedBy: string,
    audit: AuditEventInput | null,
    options: { onlyWhenAbsent?: boolean } = {},
  ): Promise<CoverageTableOutcome[]> {
    return this.db.transaction(async (connection) => {
      const outcomes: CoverageTableOutcome[] = [];
      const importedAt = utcTimestamp();
      for (const table of tables) {
        const { unitSet, year } = table;
        const inForce = (await connection.runAndReadAll(tableInForceSql, { unitSet, year })).getRowObjectsJS()[0] as
          { import_id: bigint; content_hash: string } | undefined;
        if (inForce && (options.onlyWhenAbsent || inForce.content_hash === table.contentHash)) {
          const outcome = inForce.content_hash === table.contentHash ? 'UNCHANGED' : 'PRESENT';
          outcomes.push({ unitSet, year, outcome, importId: Number(inForce.import_id) });
          continue;
        }
        const inserted = await connection.runAndReadAll(insertImportSql, {
          unitSet,
          year,
          contentHash: table.contentHash,
          sourceFile: table.sourceFile,
          synthetic: table.rows.some((row) => row.synthetic),
          importedAt,
          importedBy,
          unitCount: table.rows.length,
        });
        const importId = Number(inserted.getRowsJS()[0]?.[0]);
        const rows = table.rows;
        await insertColumns(connection, 'coverage_base', [
          { name: 'import_id', type: 'DOUBLE', values: rows.map(() => importId) },
          { name: 'unit_set', type: 'VARCHAR', values: rows.map(() => unitSet) },
          { name: 'year', type: 'INTEGER', values: rows.map(() => year) },
          { name: 'province_code', type: 'VARCHAR', values: rows.map((r) => r.provinceCode) },
          { name: 'province_name', type: 'VARCHAR', values: rows.map((r) => r.provinceName) },
          // Persons travel as doubles (exact up to 2^53) and are stored as BIGINT.
          { name: 'labour_force', type: 'DOUBLE', values: rows.map((r) => r.labourForce) },
          { name: 'population', type: 'DOUBLE', values: rows.map((r) => r.population) },
          { name: 'si_participants', type: 'DOUBLE', values: rows.map((r) => r.siParticipants) },
          { name: 'hi_participants', type: 'DOUBLE', values: rows.map((r) => r.hiParticipants) },
          { name: 'synthetic', type: 'BOOLEAN', values: rows.map((r) => r.synthetic) },
          { name: 'source', type: 'VARCHAR', values: rows.map((r) => r.source) },
          { name: 'source_file', type: 'VARCHAR', values: rows.map(() => table.sourceFile) },
          { name: 'source_row', type: 'INTEGER', values: rows.map((r) => r.sourceRow) },
        ]);
        outcomes.push({ unitSet, year, outcome: 'STORED', importId });
      }
      const stored = outcomes.filter((outcome) => outcome.outcome === 'STORED');
      if (audit && stored.length > 0)
        await AuditRepository.appendOn(connection, {
          ...audit,
          detail: {
            ...audit.detail,
            stored: stored.map((s) => ({ unitSet: s.unitSet, year: s.year, importId: s.importId })),
          },
        });
      return outcomes;
    });
  }
}
