import { createProvinceNameMatcher, monthsBetween, type Province } from '@scorecard/domain';
import { PlanImportError, type PlanImportProblem } from './plan-import.errors';
import type { PlanManifest, PlanTableSpec } from './plan-manifest';
import type { PublishedMetricTable, PublishedPlan } from './published-plan';
import { readPublishedPlanTable } from './published-plan-table.reader';

export type PublishedTableText = {
  spec: PlanTableSpec;
  /** Path relative to the repository root. */
  file: string;
  text: string;
};

/** Reads every table of a plan and returns the problems of all of them together, not just the first file's. */
export function readPublishedPlanTables(
  manifest: PlanManifest,
  sources: readonly PublishedTableText[],
  provinces: readonly Province[],
): { tables: PublishedMetricTable[]; problems: PlanImportProblem[] } {
  const context = {
    periodMonths: monthsBetween(manifest.periodStart, manifest.periodEnd),
    provinces,
    matcher: createProvinceNameMatcher(provinces),
  };
  const tables: PublishedMetricTable[] = [];
  const problems: PlanImportProblem[] = [];
  for (const { spec, file, text } of sources) {
    const result = readPublishedPlanTable({ file, text, appendix: spec.appendix, metrics: spec.metrics }, context);
    for (const table of result.tables) tables.push(table);
    for (const problem of result.problems) problems.push(problem);
  }
  return { tables, problems };
}

/** A plan from its manifest and table texts; throws PlanImportError listing every problem found. */
export function parsePublishedPlan(
  manifest: PlanManifest,
  sources: readonly PublishedTableText[],
  provinces: readonly Province[],
): PublishedPlan {
  const { tables, problems } = readPublishedPlanTables(manifest, sources, provinces);
  if (problems.length > 0) throw new PlanImportError(problems);
  return { manifest, tables };
}
