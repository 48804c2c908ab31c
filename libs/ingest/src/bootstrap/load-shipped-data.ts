import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { METRICS, reportDates as scheduleReportDates } from '@scorecard/domain';
import { ActualRepository, PlanRepository, ReferenceRepository, type WarehouseDatabase } from '@scorecard/warehouse';
import { readProvinceReference } from '../reference/province-reference.reader';
import { readPlanDirectory } from '../plan/plan-directory.reader';
import { planVersionInput } from '../plan/plan-version-input';
import { SAMPLE_SOURCE, generateSampleActuals, type SampleTarget } from '../sample/sample-actuals.generator';

export type LoadOptions = { dataDir: string; sampleData: boolean };

export type LoadSummary = {
  referenceLoaded: boolean;
  plansLoaded: string[];
  sampleReportsLoaded: number;
};

/**
 * Fills an empty warehouse from data/: the reference lists, every shipped plan that is not in the database yet
 * (a plan already there is never touched, so a corrected version imported later stays the latest), and,
 * when asked, the synthetic sample actuals of plans that have no actuals at all.
 */
export async function loadShippedData(db: WarehouseDatabase, options: LoadOptions): Promise<LoadSummary> {
  const references = new ReferenceRepository(db);
  const plans = new PlanRepository(db);
  const actuals = new ActualRepository(db);

  const provinces = await readProvinceReference(join(options.dataDir, 'reference', 'provinces63.csv'));
  const referenceLoaded = await references.loadIfEmpty('vn63-2004', provinces, METRICS);

  const existing = new Set((await plans.list()).map((plan) => plan.id));
  const plansLoaded: string[] = [];
  const planRoot = join(options.dataDir, 'plans');
  for (const entry of (await readdir(planRoot, { withFileTypes: true })).filter((e) => e.isDirectory())) {
    const published = await readPlanDirectory(join(planRoot, entry.name));
    if (existing.has(published.manifest.id)) continue;
    await plans.saveVersion(planVersionInput(published, { importedBy: 'system:first-start' }));
    plansLoaded.push(published.manifest.id);
  }

  let sampleReportsLoaded = 0;
  if (options.sampleData) {
    for (const plan of await plans.list()) {
      if (plan.latestVersion === null || (await actuals.count(plan.id)) > 0) continue;
      const cells = await plans.allTargets(plan.id, plan.latestVersion);
      const targets = new Map<string, SampleTarget>();
      for (const cell of cells) {
        if (cell.provinceCode === null) continue;
        const key = `${cell.provinceCode}|${cell.metric}`;
        const target = targets.get(key) ?? { provinceCode: cell.provinceCode, metric: cell.metric, periodTotal: 0, months: [] };
        if (cell.month === null) target.periodTotal = cell.value;
        else target.months = [...target.months, { month: cell.month, value: cell.value }];
        targets.set(key, target);
      }
      const dates = plan.reportDates.length > 0 ? plan.reportDates : scheduleReportDates({ start: plan.periodStart, end: plan.periodEnd }, ['last']);
      const reports = generateSampleActuals(plan.id, [...targets.values()], dates);
      sampleReportsLoaded += await actuals.append(
        reports.map((report) => ({ ...report, planId: plan.id, source: SAMPLE_SOURCE, sourceRow: null, synthetic: true })),
      );
    }
  }
  return { referenceLoaded, plansLoaded, sampleReportsLoaded };
}
