import { createHash } from 'node:crypto';
import { reportDates } from '@scorecard/domain';
import type { PlanVersionInput, TargetCell } from '@scorecard/warehouse';
import type { PublishedPlan } from './published-plan';

/** Every published cell of a plan, in a stable order, ready to store. */
export function planCells(plan: PublishedPlan): TargetCell[] {
  const cells: TargetCell[] = [];
  for (const table of plan.tables) {
    for (const row of [table.national, ...table.provinces]) {
      const base = { metric: table.metric, provinceCode: row.code, publishedName: row.publishedName, sourceFile: table.file };
      cells.push({
        ...base,
        month: null,
        value: row.total.value,
        publishedText: row.total.text,
        sourceLine: row.total.line,
        sourceColumn: row.total.column,
      });
      for (const { month, cell } of row.months) {
        cells.push({ ...base, month, value: cell.value, publishedText: cell.text, sourceLine: cell.line, sourceColumn: cell.column });
      }
    }
  }
  return cells;
}

/** The content that makes a version: header, schedule and every number with its published text. */
export function planContentHash(plan: PublishedPlan, cells: readonly TargetCell[]): string {
  const m = plan.manifest;
  const content = JSON.stringify({
    header: [m.id, m.title, m.issuingDocument, m.issuedOn, m.periodStart, m.periodEnd, m.reportDays],
    cells: cells.map((c) => [c.metric, c.provinceCode, c.month, c.value, c.publishedText]),
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
    },
    reportDates: reportDates({ start: m.periodStart, end: m.periodEnd }, m.reportDays),
    contentHash: planContentHash(plan, cells),
    importedBy: options.importedBy,
    source: [...new Set(plan.tables.map((table) => table.file))].join(', '),
    cells,
  };
}
