// The ranking table as a file: the rows in the table's order, every figure raw, the unit in the headers.
import { metricName, metricUnit, regionName } from '../../i18n/server-text';
import type { Metric, Plan, ProvinceAttainment } from '../../api/fields';
import type { RankBasis, UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import type { ExportTable } from '../../export/export-table';
import { planLine, planSource, unitSetNotes } from '../../export/sources';
import { text } from '../../i18n/vi';
import { textExport } from '../../i18n/vi-export';
import { statusWords } from '../../ui/on-track';
import { orderForTable } from './ranking-rows';

export type RankingExportInput = {
  plan: Plan;
  metric: Metric;
  rows: readonly ProvinceAttainment[];
  asOf: IsoDate;
  basis: RankBasis;
  /** The units the rows are of (default: the plan's own). */
  unitSet?: UnitSet;
  synthetic: boolean;
};

export function toRankingExport({
  plan,
  metric,
  rows,
  asOf,
  basis,
  unitSet = plan.unitSet,
  synthetic,
}: RankingExportInput): ExportTable {
  const t = text.ranking.table;
  const c = textExport.columns;
  const withUnit = (header: string) => c.withUnit(header, metricUnit(metric));
  return {
    fileStem: `xep-hang_${metric.key}`,
    sheetName: textExport.ranking.sheet,
    title: textExport.ranking.title(metricName(metric)),
    plan: planLine(plan),
    asOf,
    source: planSource(plan, asOf),
    synthetic,
    columns: [
      { header: t.rank, kind: 'integer' },
      { header: c.rankChange, kind: 'integer' },
      { header: c.provinceCode, kind: 'text' },
      { header: t.province, kind: 'text' },
      { header: t.region, kind: 'text' },
      { header: withUnit(t.target), kind: 'integer' },
      { header: withUnit(t.targetToDate), kind: 'decimal' },
      { header: withUnit(t.actual), kind: 'integer' },
      { header: t.attainmentToDate, kind: 'percent' },
      { header: t.attainmentOfPeriod, kind: 'percent' },
      { header: t.onTrack, kind: 'text' },
      { header: withUnit(t.requiredPacePerDay), kind: 'decimal' },
      { header: t.projectedAttainment, kind: 'percent' },
      { header: c.reportDate, kind: 'date' },
      { header: withUnit(c.pending), kind: 'integer' },
    ],
    rows: orderForTable(rows).map((row) => [
      row.rank,
      row.rank === null ? null : row.rankChange,
      row.province.code,
      row.province.nameVi,
      regionName(row.province),
      row.target,
      row.targetToDate,
      row.actual,
      row.attainmentToDate,
      row.attainmentOfPeriod,
      statusWords(row),
      row.requiredPacePerDay,
      row.projectedAttainment,
      row.reportDate,
      row.pending?.value ?? null,
    ]),
    notes: [textExport.ranking.basis(text.ranking.controls.basisOptions[basis]), ...unitSetNotes(plan, unitSet)],
    frozenColumns: 4,
  };
}
