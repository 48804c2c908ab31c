// The ranking table as a file: the rows in the table's order, every figure raw, the unit in the headers.
import type { IsoDate, Metric, Plan, ProvinceAttainment, RankBasis } from '../../api/graphql-types';
import type { ExportTable } from '../../export/export-table';
import { planLine, planSource } from '../../export/sources';
import { vi } from '../../i18n/vi';
import { viExport } from '../../i18n/vi-export';
import { statusWords } from '../../ui/on-track';
import { orderForTable } from './ranking-rows';

export type RankingExportInput = {
  plan: Plan;
  metric: Metric;
  rows: readonly ProvinceAttainment[];
  asOf: IsoDate;
  basis: RankBasis;
  synthetic: boolean;
};

export function toRankingExport({ plan, metric, rows, asOf, basis, synthetic }: RankingExportInput): ExportTable {
  const t = vi.ranking.table;
  const c = viExport.columns;
  const withUnit = (header: string) => c.withUnit(header, metric.unitVi);
  return {
    fileStem: `xep-hang_${metric.key}`,
    sheetName: viExport.ranking.sheet,
    title: viExport.ranking.title(metric.labelVi),
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
      row.province.region,
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
    notes: [viExport.ranking.basis(vi.ranking.controls.basisOptions[basis])],
    frozenColumns: 4,
  };
}
