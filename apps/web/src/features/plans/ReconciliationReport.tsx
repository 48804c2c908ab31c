import type { Metric } from '../../api/fields';
import type { PlanReconciliation } from './plans.queries';
import { text } from '../../i18n/vi';
import { FindingsTable } from './FindingsTable';
import { ReconciliationCounts } from './ReconciliationCounts';

type ReconciliationReportProps = { reconciliation: PlanReconciliation; metrics: readonly Metric[] };

/** Counts, what the figures mean, then the findings: errors first, rounding differences folded away. */
export function ReconciliationReport({ reconciliation, metrics }: ReconciliationReportProps) {
  return (
    <>
      <ReconciliationCounts reconciliation={reconciliation} />
      <p className="explanation">{text.plans.reconciliation.explanation}</p>
      <FindingsTable findings={reconciliation.findings} metrics={metrics} />
    </>
  );
}
