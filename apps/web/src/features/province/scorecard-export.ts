// A province's scorecard as a file: one row per metric in catalogue order, each with its own unit.
import { metricName, metricUnit } from '../../i18n/server-text';
import type { Metric, Plan, Province, ProvinceAttainment } from '../../api/fields';
import type { UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import type { ExportTable } from '../../export/export-table';
import { planLine, planSource, unitSetNotes } from '../../export/sources';
import { text } from '../../i18n/vi';
import { textExport } from '../../i18n/vi-export';
import { statusWords } from '../../ui/on-track';
import { orderByCatalogue } from './scorecard-rows';

export type ScorecardExportInput = {
  plan: Plan;
  province: Province;
  asOf: IsoDate;
  rows: readonly ProvinceAttainment[];
  metrics: readonly Metric[];
  /** How many provinces are ranked against each other. */
  total: number;
  /** The set the province is a unit of (default: the plan's own). */
  unitSet?: UnitSet;
};

export function toScorecardExport({
  plan,
  province,
  asOf,
  rows,
  metrics,
  total,
  unitSet = plan.unitSet,
}: ScorecardExportInput): ExportTable {
  const t = text.province.scorecard;
  const c = textExport.columns;
  return {
    fileStem: `tinh-${province.code}`,
    sheetName: textExport.scorecard.sheet,
    title: textExport.scorecard.title(province.nameVi),
    plan: planLine(plan),
    asOf,
    source: planSource(plan, asOf),
    synthetic: plan.hasSyntheticActuals || rows.some((row) => row.synthetic),
    columns: [
      { header: t.metric, kind: 'text' },
      { header: c.unit, kind: 'text' },
      { header: t.rank, kind: 'integer' },
      { header: c.ranked, kind: 'integer' },
      { header: c.rankChange, kind: 'integer' },
      { header: t.target, kind: 'integer' },
      { header: t.targetToDate, kind: 'decimal' },
      { header: t.actual, kind: 'integer' },
      { header: t.attainmentToDate, kind: 'percent' },
      { header: t.attainmentOfPeriod, kind: 'percent' },
      { header: t.onTrack, kind: 'text' },
      { header: t.pacePerDay, kind: 'decimal' },
      { header: t.pacePerMonth, kind: 'decimal' },
      { header: t.projected, kind: 'percent' },
      { header: t.reportDate, kind: 'date' },
      { header: c.pending, kind: 'integer' },
    ],
    rows: orderByCatalogue(rows, metrics).map(({ row, metric }) => [
      metric ? metricName(metric) : row.metric,
      metric ? metricUnit(metric) : null,
      row.rank,
      total,
      row.rank === null ? null : row.rankChange,
      row.target,
      row.targetToDate,
      row.actual,
      row.attainmentToDate,
      row.attainmentOfPeriod,
      statusWords(row),
      row.requiredPacePerDay,
      row.requiredPacePerMonth,
      row.projectedAttainment,
      row.reportDate,
      row.pending?.value ?? null,
    ]),
    notes: unitSetNotes(plan, unitSet),
    frozenColumns: 1,
  };
}
