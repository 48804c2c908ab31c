import { readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { METRICS, reportDates as scheduleReportDates } from '@scorecard/domain';
import { ActualRepository, PlanRepository, ReferenceRepository, type WarehouseDatabase } from '@scorecard/warehouse';
import { loadShippedCoverage } from '../coverage/load-shipped-coverage';
import { readUnitCrosswalk } from '../reference/unit-crosswalk.reader';
import { readProvinceReference } from '../reference/province-reference.reader';
import { PlanImportError } from '../plan/plan-import.errors';
import { importPlanFiles } from '../plan/plan-import';
import { parsePlanManifest } from '../plan/plan-manifest';
import { readPlanSourcePaths } from '../plan/plan-source-files';
import {
  SAMPLE_REPORTS_UNTIL,
  SAMPLE_SOURCE,
  generateSampleActuals,
  type SampleTarget,
} from '../sample/sample-actuals.generator';

export type LoadOptions = { dataDir: string; sampleData: boolean };

export type LoadSummary = {
  referenceLoaded: boolean;
  plansLoaded: string[];
  sampleReportsLoaded: number;
};

/** Loads the provinces and the metric catalogue into a database that has none; returns whether it did. */
export async function loadReferenceData(db: WarehouseDatabase, dataDir: string): Promise<boolean> {
  const provinces = await readProvinceReference(join(dataDir, 'reference', 'provinces63.csv'));
  const { units34, crosswalk } = await readUnitCrosswalk(join(dataDir, 'reference', 'merge_2025.csv'), provinces);
  const reference = new ReferenceRepository(db);
  const loaded = await reference.loadIfEmpty('vn63-2004', provinces, METRICS);
  // The 34 units come with the 63 on a new database, and are added to one made before they were shipped.
  const units34Loaded = await reference.loadUnitSetIfEmpty(units34, crosswalk);
  return loaded || units34Loaded;
}

/**
 * Fills an empty warehouse from data/: the reference lists, every shipped plan that is not in the database yet
 * (through the same import as any other plan; a plan already there is never touched, so a corrected version
 * imported later stays the latest), and, when asked, synthetic sample actuals for plans that have none.
 */
export async function loadShippedData(db: WarehouseDatabase, options: LoadOptions): Promise<LoadSummary> {
  const plans = new PlanRepository(db);
  const referenceLoaded = await loadReferenceData(db, options.dataDir);

  const existing = new Set((await plans.list()).map((plan) => plan.id));
  const plansLoaded: string[] = [];
  const planRoot = join(options.dataDir, 'plans');
  const repoRoot = dirname(options.dataDir);
  for (const entry of (await readdir(planRoot, { withFileTypes: true })).filter((e) => e.isDirectory())) {
    const read = await readPlanSourcePaths([join(planRoot, entry.name)]);
    if (read.problems.length > 0) throw new PlanImportError(read.problems);
    // Provenance names the files as they sit in the repository: data/plans/<id>/appendix-01.txt.
    const files = read.files.map((file) => ({ ...file, name: relative(repoRoot, file.name).split('\\').join('/') }));
    const manifest = files.find((file) => file.name.endsWith('/manifest.json'));
    if (manifest && existing.has(parsePlanManifest(new TextDecoder().decode(manifest.bytes), manifest.name).id))
      continue;
    const outcome = await importPlanFiles(db, { files, importedBy: 'system:first-start' });
    plansLoaded.push(outcome.planId);
  }

  // Coverage tables of data/coverage, each unit set and year once (synthetic ones with the sample data only).
  await loadShippedCoverage(db, options);
  const sampleReportsLoaded = options.sampleData ? await loadSampleActuals(db) : 0;
  return { referenceLoaded, plansLoaded, sampleReportsLoaded };
}

async function loadSampleActuals(db: WarehouseDatabase): Promise<number> {
  const plans = new PlanRepository(db);
  const actuals = new ActualRepository(db);
  let loaded = 0;
  for (const plan of await plans.list()) {
    if (plan.latestVersion === null || (await actuals.count(plan.id)) > 0) continue;
    const targets = new Map<string, SampleTarget>();
    for (const cell of await plans.allTargets(plan.id, plan.latestVersion)) {
      if (cell.provinceCode === null) continue;
      const key = `${cell.provinceCode}|${cell.metric}`;
      const target = targets.get(key) ?? {
        provinceCode: cell.provinceCode,
        metric: cell.metric,
        periodTotal: 0,
        months: [],
      };
      if (cell.month === null) target.periodTotal = cell.value;
      else target.months = [...target.months, { month: cell.month, value: cell.value }];
      targets.set(key, target);
    }
    const dates =
      plan.reportDates.length > 0
        ? plan.reportDates
        : scheduleReportDates({ start: plan.periodStart, end: plan.periodEnd }, ['last']);
    const reports = generateSampleActuals(
      plan.id,
      [...targets.values()],
      dates.filter((date) => date <= SAMPLE_REPORTS_UNTIL),
    );
    loaded += await actuals.append(
      reports.map((report) => ({
        ...report,
        planId: plan.id,
        source: SAMPLE_SOURCE,
        sourceRow: null,
        synthetic: true,
      })),
    );
  }
  return loaded;
}
