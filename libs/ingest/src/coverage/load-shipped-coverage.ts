import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { CoverageRepository, type WarehouseDatabase } from '@scorecard/warehouse';
import { checkCoverageFiles, storeCoverageTables, type CoverageTableAnswer } from './coverage-import';

// The coverage tables shipped in data/coverage, loaded on a start: each (unit set, year) that has no table yet, so
// a table imported later (or before) is never replaced by a shipped one. Synthetic tables (all that ship today) are
// loaded only with the sample data on, as every other made-up figure. A file once loaded is not read again.

const COVERAGE_FILE = /\.(csv|xlsx)$/i;

export async function loadShippedCoverage(
  db: WarehouseDatabase,
  options: { dataDir: string; sampleData: boolean },
): Promise<CoverageTableAnswer[]> {
  const dir = join(options.dataDir, 'coverage');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => COVERAGE_FILE.test(name)).sort();
  if (names.length === 0) return [];
  const loaded = new Set(await new CoverageRepository(db).importedFiles());
  // Provenance names the files as they sit in the repository: data/coverage/coverage-2023-vn63-2004.csv.
  const repoRoot = dirname(options.dataDir);
  const files = [];
  for (const name of names) {
    const path = join(dir, name);
    const shippedName = relative(repoRoot, path).split('\\').join('/');
    if (loaded.has(shippedName)) continue;
    const bytes = await readFile(path);
    files.push({ name: shippedName, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
  }
  if (files.length === 0) return [];
  const { tables } = await checkCoverageFiles(db, files);
  const wanted = tables.filter((table) => options.sampleData || !table.rows.some((row) => row.synthetic));
  return storeCoverageTables(db, wanted, { importedBy: 'system:first-start', audit: null, onlyWhenAbsent: true });
}
