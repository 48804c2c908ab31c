import { createHash } from 'node:crypto';
import { reportDates } from '@scorecard/domain';
import type { PlanVersionInput, TargetCell } from '@scorecard/warehouse';
import type { PublishedPlan } from './published-plan';

/** Every published cell of a plan, in a stable order, ready to store. */
export function planCells(plan: PublishedPlan): TargetCell[] {
  const cells: TargetCell[] = [];
  for (const table of plan.tables) {
    // A national row the source did not publish (a CSV without one) is computed, not published: not stored.
    for (const row of [table.national, ...table.provinces].filter((r) => !r.computed)) {
      const base = {
        metric: table.metric,
        provinceCode: row.code,
        publishedName: row.publishedName,
        sourceFile: table.file,
      };
      cells.push({
        ...base,
        month: null,
        value: row.total.value,
        publishedText: row.total.text,
        sourceLine: row.total.line,
        sourceColumn: row.total.column,
      });
      for (const { month, cell } of row.months) {
        cells.push({
          ...base,
          month,
          value: cell.value,
          publishedText: cell.text,
          sourceLine: cell.line,
          sourceColumn: cell.column,
        });
      }
    }
  }
  return cells;
}

/**
 * The content that makes a version: the plan and its period, and every number by metric, province and month.
 * The printed text and the file it came from are provenance, not content: the same numbers from a spreadsheet
 * instead of the text are the same version. The plan's title and schedule belong to the plan, not a version.
 */
export function planContentHash(plan: PublishedPlan, cells: readonly TargetCell[]): string {
  const m = plan.manifest;
  const content = JSON.stringify({
    plan: [m.id, m.periodStart, m.periodEnd],
    cells: cells
      .map((c) => [c.metric, c.provinceCode ?? '', c.month ?? '', c.value] as const)
      .sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2])),
  });
  return createHash('sha256').update(content).digest('hex');
}

export function planVersionInput(plan: PublishedPlan, options: { importedBy: string }): PlanVersionInput {
  const m = plan.manifest;
  const cells = planCells(plan);
  return {
    header: {
      id: m.id,
      title: m.title,
      issuingDocument: m.issuingDocument,
      issuedOn: m.issuedOn,
      issuer: m.issuer,
      periodStart: m.periodStart,
      periodEnd: m.periodEnd,
      unitSet: m.unitSet,
      synthetic: m.synthetic,
    },
    reportDates: reportDates({ start: m.periodStart, end: m.periodEnd }, m.reportDays),
    contentHash: planContentHash(plan, cells),
    importedBy: options.importedBy,
    source: [...new Set(plan.tables.map((table) => table.file))].join(', '),
    cells,
  };
}
