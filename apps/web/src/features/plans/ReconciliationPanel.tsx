import type { Metric } from '../../api/fields';
import { useOperationQuery } from '../../api/useOperationQuery';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PLAN_RECONCILIATION_QUERY, type PlanWithVersions } from './plans.queries';
import { ReconciliationReport } from './ReconciliationReport';

type ReconciliationPanelProps = { plan: PlanWithVersions; version: number; metrics: readonly Metric[] };

export function ReconciliationPanel({ plan, version, metrics }: ReconciliationPanelProps) {
  const query = useOperationQuery(PLAN_RECONCILIATION_QUERY, {
    planId: plan.id,
    version,
  });
  const data = query.data?.planReconciliation;
  // Until the new version's answer arrives the previous one stays, dimmed: never mix two versions' rows.
  const stale = query.loading || (data !== undefined && (data.planId !== plan.id || data.version !== version));

  return (
    <section className="panel" aria-labelledby="reconciliation-title" aria-busy={stale}>
      <h2 id="reconciliation-title" className="panel__title">
        {text.plans.reconciliation.title(plan.issuingDocument, formatInteger(version))}{' '}
        {stale && data ? <LoadingState label={text.common.updating} /> : null}
      </h2>
      {query.error !== undefined ? (
        <ErrorPanel title={text.plans.errors.reconciliationTitle} error={query.error} onRetry={query.reload} />
      ) : data ? (
        <div className={stale ? 'is-stale' : undefined}>
          <ReconciliationReport key={`${data.planId}:${data.version}`} reconciliation={data} metrics={metrics} />
        </div>
      ) : (
        <LoadingState />
      )}
    </section>
  );
}
