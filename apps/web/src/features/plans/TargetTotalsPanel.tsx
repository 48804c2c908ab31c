import { useMemo } from 'react';
import type { Metric } from '../../api/fields';
import { useOperationQuery } from '../../api/useOperationQuery';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PLAN_TARGET_TOTALS_QUERY } from './plans.queries';
import { toTargetSummary } from './target-summary';
import { TargetTotalsTable } from './TargetTotalsTable';

type TargetTotalsPanelProps = { planId: string; version: number; metrics: readonly Metric[] };

export function TargetTotalsPanel({ planId, version, metrics }: TargetTotalsPanelProps) {
  const query = useOperationQuery(PLAN_TARGET_TOTALS_QUERY, {
    planId,
    version,
  });
  const totals = query.data?.planTargetTotals;
  const summary = useMemo(() => (totals ? toTargetSummary(totals, metrics) : undefined), [totals, metrics]);

  return (
    <section className="panel" aria-labelledby="target-totals-title" aria-busy={query.loading}>
      <h2 id="target-totals-title" className="panel__title">
        {text.plans.totals.title}
      </h2>
      {query.error !== undefined ? (
        <ErrorPanel title={text.plans.errors.totalsTitle} error={query.error} onRetry={query.reload} />
      ) : summary ? (
        <div className={query.loading ? 'is-stale' : undefined}>
          <TargetTotalsTable summary={summary} labelledBy="target-totals-title" />
        </div>
      ) : (
        <LoadingState />
      )}
    </section>
  );
}
