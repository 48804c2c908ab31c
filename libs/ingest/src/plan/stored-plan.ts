import type { PlanRecord, TargetCell } from '@scorecard/warehouse';
import type { PlanManifest } from './plan-manifest';
import type { PublishedMetricTable, PublishedPlan, PublishedRow } from './published-plan';

/**
 * Rebuilds a published plan from the cells stored for one version, so the reconciliation of any stored version
 * reads the numbers exactly as they were stored (and with the lines they were printed on).
 */
export function publishedPlanFromCells(plan: PlanRecord, cells: readonly TargetCell[]): PublishedPlan {
  const byMetric = new Map<string, TargetCell[]>();
  for (const cell of cells) byMetric.set(cell.metric, [...(byMetric.get(cell.metric) ?? []), cell]);

  const tables: PublishedMetricTable[] = [...byMetric.entries()].map(([metric, metricCells]) => {
    const rows = new Map<string, PublishedRow>();
    const months = new Set<string>();
    for (const cell of metricCells) {
      const key = cell.provinceCode ?? '';
      const published = { value: cell.value, text: cell.publishedText, line: cell.sourceLine, column: cell.sourceColumn };
      const row = rows.get(key) ?? {
        code: cell.provinceCode,
        publishedName: cell.publishedName,
        line: cell.sourceLine,
        total: published,
        months: [],
      };
      if (cell.month === null) {
        row.total = published;
        row.line = cell.sourceLine;
      } else {
        row.months.push({ month: cell.month, cell: published });
        months.add(cell.month);
      }
      rows.set(key, row);
    }
    for (const row of rows.values()) row.months.sort((a, b) => a.month.localeCompare(b.month));
    const national = rows.get('');
    if (!national) throw new Error(`plan ${plan.id}: metric ${metric} has no national row stored`);
    return {
      metric,
      appendix: '',
      file: metricCells[0]?.sourceFile ?? '',
      months: [...months].sort(),
      national,
      provinces: [...rows.entries()].filter(([key]) => key !== '').sort(([a], [b]) => a.localeCompare(b)).map(([, row]) => row),
    };
  });

  const manifest: PlanManifest = {
    id: plan.id,
    title: plan.title,
    issuingDocument: plan.issuingDocument,
    issuedOn: plan.issuedOn,
    issuer: plan.issuer,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    reportDays: [],
    unitSet: 'vn63-2004',
    tables: [],
  };
  return { manifest, tables };
}
