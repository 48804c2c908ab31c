// The consolidated headquarters report (báo cáo tổng hợp), laid out as the agency's periodic result reports are:
// one row per province in official code order, a block of columns per metric of the plan, and the national row
// ("Toàn quốc") first. The national figures are computed from the province rows, as everywhere in the app: the sum
// of the actuals of the provinces that reported over the sum of the targets.
import { metricName, metricUnit, regionName } from '../../i18n/server-text';
import type { Metric, Plan, ProvinceAttainment } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import type { NationalAttainment } from './ranking.queries';
import type { ExportColumn, ExportTable, ExportValue } from '../../export/export-table';
import { planLine, planSource } from '../../export/sources';
import { formatQuantity } from '../../i18n/format';
import { textExport } from '../../i18n/vi-export';

/** One metric's ranking as the `ranking` query gives it, with the published national target beside it. */
export type MetricRanking = {
  metric: Metric;
  rows: readonly ProvinceAttainment[];
  national?: Pick<NationalAttainment, 'publishedTarget' | 'publishedTargetDiffers'>;
};

export type ConsolidatedReportInput = {
  plan: Plan;
  asOf: IsoDate;
  /** In the catalogue's order: the order of the column blocks. */
  rankings: readonly MetricRanking[];
};

export type NationalTotal = {
  target: number;
  targetToDate: number;
  /** Null when no province has reported: nothing is not zero. */
  actual: number | null;
  attainmentOfPeriod: number | null;
  attainmentToDate: number | null;
};

/** Sum of the actuals over the sum of the targets; a province without a target for the metric is left out. */
export function nationalTotal(rows: readonly ProvinceAttainment[]): NationalTotal {
  let target = 0;
  let targetToDate = 0;
  let actual = 0;
  let reported = 0;
  for (const row of rows) {
    if (row.target === null || row.target <= 0) continue;
    target += row.target;
    targetToDate += row.targetToDate ?? 0;
    if (row.actual !== null) {
      actual += row.actual;
      reported += 1;
    }
  }
  if (reported === 0) return { target, targetToDate, actual: null, attainmentOfPeriod: null, attainmentToDate: null };
  return {
    target,
    targetToDate,
    actual,
    attainmentOfPeriod: target > 0 ? actual / target : null,
    attainmentToDate: targetToDate > 0 ? actual / targetToDate : null,
  };
}

export function toConsolidatedReport({ plan, asOf, rankings }: ConsolidatedReportInput): ExportTable {
  const t = textExport.consolidated;
  const provinces = provincesInCodeOrder(rankings);
  const byMetric = rankings.map(({ rows }) => new Map(rows.map((row) => [row.province.code, row])));
  const periodHeader = coversCalendarYear(plan) ? t.ofYear : t.ofPeriod;

  const columns: ExportColumn[] = [
    { header: t.order, kind: 'integer' },
    { header: textExport.columns.provinceCode, kind: 'text' },
    { header: t.province, kind: 'text' },
    { header: t.region, kind: 'text' },
    ...rankings.flatMap(({ metric }): ExportColumn[] => {
      const group = `${metricName(metric)} (${metricUnit(metric)})`;
      return [
        { header: t.target, kind: 'integer', group },
        { header: t.actual, kind: 'integer', group },
        { header: periodHeader, kind: 'percent', group },
        { header: t.toDate, kind: 'percent', group },
      ];
    }),
  ];

  const national: ExportValue[] = [null, null, t.national, null];
  for (const { rows } of rankings) {
    const total = nationalTotal(rows);
    national.push(total.target, total.actual, total.attainmentOfPeriod, total.attainmentToDate);
  }

  const rows = provinces.map((province, i) => {
    const cells: ExportValue[] = [i + 1, province.code, province.nameVi, regionName(province)];
    for (const figures of byMetric) {
      const row = figures.get(province.code);
      cells.push(
        row?.target ?? null,
        row?.actual ?? null,
        row?.attainmentOfPeriod ?? null,
        row?.attainmentToDate ?? null,
      );
    }
    return cells;
  });

  const someNotReported = rankings.some(({ rows: metricRows }) =>
    metricRows.some((row) => row.target !== null && row.actual === null),
  );
  const published = rankings.flatMap(({ metric, rows: metricRows, national: figures }) =>
    figures?.publishedTargetDiffers && figures.publishedTarget !== null
      ? [
          t.publishedDiffers(
            metricName(metric),
            formatQuantity(figures.publishedTarget),
            formatQuantity(nationalTotal(metricRows).target),
          ),
        ]
      : [],
  );

  return {
    fileStem: `bao-cao-tong-hop_${plan.id}`,
    sheetName: t.sheet,
    title: t.title(plan.issuingDocument),
    plan: planLine(plan),
    asOf,
    source: planSource(plan, asOf),
    synthetic: plan.hasSyntheticActuals || rankings.some(({ rows: metricRows }) => metricRows.some((r) => r.synthetic)),
    columns,
    rows,
    totals: { placement: 'before', rows: [national] },
    notes: [t.nationalNote, ...(someNotReported ? [t.notReportedNote] : []), ...published],
    frozenColumns: 3,
  };
}

type ProvinceOfRow = ProvinceAttainment['province'];

/** Every province any metric lists, by its official code (01 Hà Nội … 96 Cà Mau), never by a row number. */
function provincesInCodeOrder(rankings: readonly MetricRanking[]): ProvinceOfRow[] {
  const provinces = new Map<string, ProvinceOfRow>();
  for (const { rows } of rankings) for (const row of rows) provinces.set(row.province.code, row.province);
  return [...provinces.values()].sort((a, b) => Number(a.code) - Number(b.code) || a.code.localeCompare(b.code));
}

/** A plan for a calendar year is reported against as "% kế hoạch năm"; a shorter one (Sep–Dec 2021) by its period. */
function coversCalendarYear(plan: Pick<Plan, 'periodStart' | 'periodEnd'>): boolean {
  const year = plan.periodStart.slice(0, 4);
  return plan.periodStart === `${year}-01-01` && plan.periodEnd === `${year}-12-31`;
}
