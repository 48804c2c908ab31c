import type { UnitSet } from '@scorecard/domain';
import type { PlanRecord, TargetCell } from '@scorecard/warehouse';
import type { PlanManifest } from './plan-manifest';
import type { PublishedMetricTable, PublishedPlan, PublishedRow } from './published-plan';

function computedNationalRow(provinces: readonly PublishedRow[], months: readonly string[]): PublishedRow {
  const cell = (value: number) => ({ value, text: '', line: 0, column: 0 });
  return {
    code: null,
    publishedName: 'Toàn quốc (tổng các tỉnh)',
    line: 0,
    computed: true,
    total: cell(provinces.reduce((sum, row) => sum + row.total.value, 0)),
    months: months.map((month) => ({
      month,
      cell: cell(provinces.reduce((sum, row) => sum + (row.months.find((m) => m.month === month)?.cell.value ?? 0), 0)),
    })),
  };
}

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
      const published = {
        value: cell.value,
        text: cell.publishedText,
        line: cell.sourceLine,
        column: cell.sourceColumn,
      };
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
    const provinceRows = [...rows.entries()]
      .filter(([key]) => key !== '')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, row]) => row);
    // A source without a national row (a long CSV) has none stored; stand in the sum of the provinces, marked
    // computed, so reconciliation leaves it out.
    const national = rows.get('') ?? computedNationalRow(provinceRows, [...months].sort());
    return {
      metric,
      appendix: '',
      file: metricCells[0]?.sourceFile ?? '',
      months: [...months].sort(),
      national,
      provinces: provinceRows,
    };
  });

  return { manifest: manifestOfStoredPlan(plan, tables), tables };
}

/**
 * The manifest of a plan already stored. Its schedule stays as stored (report dates are the plan's, not a
 * version's), so reportDays is left empty.
 */
export function manifestOfStoredPlan(plan: PlanRecord, tables: readonly PublishedMetricTable[]): PlanManifest {
  return {
    id: plan.id,
    title: plan.title,
    issuingDocument: plan.issuingDocument,
    issuedOn: plan.issuedOn,
    issuer: plan.issuer,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    reportDays: [],
    unitSet: plan.unitSet as UnitSet,
    synthetic: plan.synthetic,
    tables: tables.map((table) => ({ file: table.file, appendix: table.appendix, metrics: [table.metric] })),
  };
}
