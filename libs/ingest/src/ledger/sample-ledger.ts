import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  LEDGER_FILES,
  LEDGER_GENERATOR_VERSION,
  LEDGER_MANIFEST,
  LedgerRepository,
  generateLedger,
  importLedger,
  loadSyntheticCompliance,
  type LedgerImportOutcome,
  type SyntheticComplianceSummary,
  type WarehouseDatabase,
} from '@scorecard/warehouse';
import { revenueQuotaWeights } from './ledger-weights';

// The synthetic national ledger the product starts with (marked synthetic wherever shown). The default slice
// keeps the first start quick; SCORECARD_LEDGER_EMPLOYERS=450000 is the size of the country. Synthetic
// compliance cases (docs/compliance.md) are drawn for its employers with it.

export const SAMPLE_LEDGER = { employers: 20_000, months: 36, firstMonth: '2021-01' } as const;
export const NATIONAL_LEDGER_EMPLOYERS = 450_000;

export type SampleLedgerOptions = { dataDir: string; cacheDir: string; employers: number };

export type SampleLedgerOutcome = LedgerImportOutcome & {
  /** The synthetic compliance cases stored with the ledger; null when the database already held cases. */
  compliance: SyntheticComplianceSummary | null;
};

/**
 * Generates (or reuses from the cache) the sample ledger and imports it when the database has no ledger, then
 * stores the synthetic compliance cases of its employers when the database has none (also for a ledger imported
 * by an earlier version). Null when the ledger was there already.
 */
export async function loadSampleLedger(
  db: WarehouseDatabase,
  options: SampleLedgerOptions,
): Promise<SampleLedgerOutcome | null> {
  if ((await new LedgerRepository(db).coverage()) !== null) {
    await loadSyntheticCompliance(db);
    return null;
  }
  const dir = await sampleLedgerFiles(options);
  const ledger = await importLedger(db, {
    files: {
      employers: join(dir, LEDGER_FILES.employers),
      dues: join(dir, LEDGER_FILES.dues),
      payments: join(dir, LEDGER_FILES.payments),
    },
    importedBy: 'system:first-start',
    synthetic: true,
  });
  return { ...ledger, compliance: await loadSyntheticCompliance(db) };
}

/** The directory of a generated ledger of this size, generated once and kept for later starts and benches. */
export async function sampleLedgerFiles(options: SampleLedgerOptions & { months?: number }): Promise<string> {
  const months = options.months ?? SAMPLE_LEDGER.months;
  const dir = join(options.cacheDir, `ledger-${options.employers}x${months}`);
  const manifest = join(dir, LEDGER_MANIFEST);
  if (existsSync(manifest)) {
    const parameters = (JSON.parse(readFileSync(manifest, 'utf8')) as { parameters?: Record<string, unknown> })
      .parameters;
    if (
      parameters?.['version'] === LEDGER_GENERATOR_VERSION &&
      parameters['employers'] === options.employers &&
      parameters['months'] === months
    )
      return dir;
  }
  // Generated beside, then moved into place: a start killed half-way, or two starting at once, never leave a
  // half-written ledger where the next start would take it.
  const partial = `${dir}.partial-${process.pid}-${Date.now()}`;
  await generateLedger({
    employers: options.employers,
    months,
    firstMonth: SAMPLE_LEDGER.firstMonth,
    weights: await revenueQuotaWeights(options.dataDir),
    outDir: partial,
  });
  rmSync(dir, { recursive: true, force: true });
  try {
    renameSync(partial, dir);
  } catch (error) {
    // Another process moved its identical ledger into place first.
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(manifest)) throw error;
  }
  return dir;
}
