import type { PlanReconciliation } from './plans.queries';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';

type ReconciliationCountsProps = {
  reconciliation: Pick<PlanReconciliation, 'cellsChecked' | 'roundingCount' | 'errorCount'>;
};

export function ReconciliationCounts({ reconciliation }: ReconciliationCountsProps) {
  const t = text.plans.reconciliation.counts;
  const { cellsChecked, roundingCount, errorCount } = reconciliation;
  return (
    <dl className="counts" data-testid="reconciliation-counts" aria-label={t.label}>
      <div className="counts__item">
        <dt>{t.cellsChecked}</dt>
        <dd data-count="cells-checked">{formatInteger(cellsChecked)}</dd>
      </div>
      <div className="counts__item counts__item--rounding">
        <dt>{t.rounding}</dt>
        <dd data-count="rounding">{formatInteger(roundingCount)}</dd>
      </div>
      <div className={`counts__item${errorCount > 0 ? ' counts__item--error' : ' counts__item--ok'}`}>
        <dt>{t.errors}</dt>
        <dd data-count="errors">{formatInteger(errorCount)}</dd>
      </div>
    </dl>
  );
}
