// Findings of a reconciliation as the table lists them: errors first, then rounding; within each, in
// catalogue order of the metric and in the order of the source file.
import type { Metric } from '../../api/fields';
import type { ReconciliationKind, ReconciliationSeverity } from '../../api/generated/graphql';
import type { ReconciliationFinding } from './plans.queries';
import { formatYearMonth } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { metricLabels } from '../../plan/metric-labels';
import { baseName } from './source-files';

export type FindingRow = {
  key: string;
  severity: ReconciliationSeverity;
  metricLabel: string;
  unit: string | undefined;
  kindLabel: string;
  /** Province name, or "Toàn quốc" for the national row. */
  rowLabel: string;
  /** The row name as printed, when it differs from rowLabel ("T. Thiên - Huế" for Thừa Thiên Huế). */
  printedName: string | null;
  monthLabel: string;
  published: number;
  computed: number;
  difference: number;
  /** "appendix-01.txt:68" */
  source: string;
  /** The full path of the source file. */
  file: string;
};

export type FindingRowGroups = { errors: FindingRow[]; rounding: FindingRow[] };

const SEVERITY_ORDER: Record<ReconciliationSeverity, number> = { ERROR: 0, ROUNDING: 1 };
const KIND_ORDER: Record<ReconciliationKind, number> = { ROW_MONTHS_VS_TOTAL: 0, PROVINCES_VS_NATIONAL: 1 };

export function monthLabel(month: string | null): string {
  return month === null ? text.plans.periodTotal : text.plans.month(formatYearMonth(month));
}

export function toFindingRows(findings: readonly ReconciliationFinding[], metrics: readonly Metric[]): FindingRow[] {
  const labels = metricLabels(metrics);
  const t = text.plans.reconciliation;
  return [...findings]
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        labels.order(a.metric) - labels.order(b.metric) ||
        a.metric.localeCompare(b.metric) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        (a.month ?? '').localeCompare(b.month ?? ''),
    )
    .map((finding) => {
      const rowLabel = finding.province?.nameVi ?? t.national;
      const printed = finding.publishedName.normalize('NFC');
      return {
        key: [finding.metric, finding.kind, finding.province?.code ?? 'national', finding.month ?? 'total'].join('|'),
        severity: finding.severity,
        metricLabel: labels.label(finding.metric),
        unit: labels.unit(finding.metric),
        kindLabel: t.kinds[finding.kind],
        rowLabel,
        printedName: printed === rowLabel.normalize('NFC') ? null : finding.publishedName,
        monthLabel: monthLabel(finding.month),
        published: finding.published,
        computed: finding.computed,
        difference: finding.difference,
        source: `${baseName(finding.file)}:${finding.line}`,
        file: finding.file,
      };
    });
}

export function groupBySeverity(rows: readonly FindingRow[]): FindingRowGroups {
  return {
    errors: rows.filter((row) => row.severity === 'ERROR'),
    rounding: rows.filter((row) => row.severity === 'ROUNDING'),
  };
}
