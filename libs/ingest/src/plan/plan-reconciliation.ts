import type { PublishedCell, PublishedMetricTable, PublishedPlan, PublishedRow } from './published-plan';

// Where a published plan disagrees with itself. Nothing is corrected: each finding shows the published number,
// the number computed from its parts, and whether rounding can explain the difference.

export type ReconciliationKind = 'ROW_MONTHS_VS_TOTAL' | 'PROVINCES_VS_NATIONAL';
export type ReconciliationSeverity = 'ROUNDING' | 'ERROR';

export type ReconciliationFinding = {
  metric: string;
  kind: ReconciliationKind;
  /** null for the national row. */
  provinceCode: string | null;
  publishedName: string;
  /** YYYY-MM; null for the period total. */
  month: string | null;
  published: number;
  computed: number;
  /** published − computed */
  difference: number;
  severity: ReconciliationSeverity;
  file: string;
  line: number;
  message: string;
};

export type ReconciliationReport = {
  planId: string;
  /** Published cells that took part in at least one check (every total and month of every row). */
  cellsChecked: number;
  findings: ReconciliationFinding[];
  roundingCount: number;
  errorCount: number;
};

/**
 * The largest difference, in whole units, that rounding alone can explain when the sum of `addends`
 * published numbers is compared with a published total, all rounded to whole units.
 *
 * Each of the n + 1 numbers is at most half a unit from its exact value, so the worst case is (n + 1) / 2.
 * That worst case needs every rounding to err by almost half a unit in the same direction: for the sum of
 * 63 provinces it is 32 units, which would hide real mistakes. The rounding errors are independent and
 * uniform on [−½, ½] (variance 1/12), so their sum has standard deviation √((n + 1) / 12); we take the
 * smaller of the worst case and four standard deviations (a rounding-only difference exceeds it with
 * probability below 1 in 10,000). Months against a total (n = 4): 2.5, so ±2 is rounding. 63 provinces
 * against the national row: 9.2, so ±9 is rounding.
 */
export function roundingTolerance(addends: number): number {
  const worstCase = (addends + 1) / 2;
  const fourSigma = 4 * Math.sqrt((addends + 1) / 12);
  return Math.min(worstCase, fourSigma);
}

type Check = {
  table: PublishedMetricTable;
  kind: ReconciliationKind;
  row: PublishedRow;
  month: string | null;
  published: PublishedCell;
  parts: readonly number[];
  subject: string;
};

function check({ table, kind, row, month, published, parts, subject }: Check): ReconciliationFinding | null {
  const computed = parts.reduce((sum, value) => sum + value, 0);
  const difference = published.value - computed;
  if (difference === 0) return null;
  const tolerance = roundingTolerance(parts.length);
  const severity: ReconciliationSeverity = Math.abs(difference) <= tolerance ? 'ROUNDING' : 'ERROR';
  const maxRounding = Math.floor(tolerance);
  return {
    metric: table.metric,
    kind,
    provinceCode: row.code,
    publishedName: row.publishedName,
    month,
    published: published.value,
    computed,
    difference,
    severity,
    file: table.file,
    line: published.line,
    message: `${subject}: computed ${computed}, published ${published.value}, difference ${difference} (rounding explains at most ±${maxRounding})`,
  };
}

function reconcileTable(table: PublishedMetricTable): ReconciliationFinding[] {
  const findings: (ReconciliationFinding | null)[] = [];
  // A computed national row (the source published none) is the sum of the provinces: there is nothing to check.
  const nationalPublished = table.national.computed !== true;
  for (const row of nationalPublished ? [table.national, ...table.provinces] : table.provinces) {
    findings.push(
      check({
        table,
        kind: 'ROW_MONTHS_VS_TOTAL',
        row,
        month: null,
        published: row.total,
        parts: row.months.map(({ cell }) => cell.value),
        subject: `${row.publishedName} (${table.metric}): sum of months vs period total`,
      }),
    );
  }
  const provinceCount = table.provinces.length;
  if (!nationalPublished) return findings.filter((finding): finding is ReconciliationFinding => finding !== null);
  findings.push(
    check({
      table,
      kind: 'PROVINCES_VS_NATIONAL',
      row: table.national,
      month: null,
      published: table.national.total,
      parts: table.provinces.map((row) => row.total.value),
      subject: `${table.metric}: sum of ${provinceCount} provinces vs national period total`,
    }),
  );
  table.months.forEach((month, index) => {
    const published = table.national.months[index]?.cell;
    if (!published) return;
    findings.push(
      check({
        table,
        kind: 'PROVINCES_VS_NATIONAL',
        row: table.national,
        month,
        published,
        parts: table.provinces.map((row) => row.months[index]?.cell.value ?? 0),
        subject: `${table.metric}: sum of ${provinceCount} provinces vs national ${month}`,
      }),
    );
  });
  return findings.filter((finding): finding is ReconciliationFinding => finding !== null);
}

export function reconcilePlan(plan: PublishedPlan): ReconciliationReport {
  const findings = plan.tables.flatMap(reconcileTable);
  const cellsChecked = plan.tables.reduce(
    (sum, table) => sum + ((table.national.computed ? 0 : 1) + table.provinces.length) * (1 + table.months.length),
    0,
  );
  const errorCount = findings.filter((finding) => finding.severity === 'ERROR').length;
  return { planId: plan.manifest.id, cellsChecked, findings, roundingCount: findings.length - errorCount, errorCount };
}
