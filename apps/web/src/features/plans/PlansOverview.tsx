import { useCallback, useMemo } from 'react';
import type { Metric } from '../../api/fields';
import type { PlanWithVersions } from './plans.queries';
import { pushSearch, useLocation } from '../../navigation/location-store';
import { text } from '../../i18n/vi';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { PlanImportForm } from './PlanImportForm';
import { PlanList } from './PlanList';
import { resolvePlanSelection, toPlansSearch, type PlanChoice } from './plans-params';
import { ReconciliationPanel } from './ReconciliationPanel';
import { TargetTotalsPanel } from './TargetTotalsPanel';

type PlansOverviewProps = {
  plans: readonly PlanWithVersions[];
  metrics: readonly Metric[];
};

const RECONCILIATION_ID = 'plan-reconciliation';

export function PlansOverview({ plans, metrics }: PlansOverviewProps) {
  const { search } = useLocation();
  const { selection, invalid } = useMemo(() => resolvePlanSelection(search, plans), [search, plans]);
  // Only headquarters' data officers import plans; the others read them.
  const mayImport = can(useViewer(), 'plan.import');

  const choose = useCallback((choice: PlanChoice) => pushSearch(toPlansSearch(choice, window.location.search)), []);
  const show = useCallback(
    (choice: PlanChoice) => {
      choose(choice);
      document.getElementById(RECONCILIATION_ID)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
    [choose],
  );

  return (
    <>
      {invalid.length > 0 ? <p className="notice">{text.errors.invalidParams(invalid.join(', '))}</p> : null}
      {plans.length === 0 ? <p className="notice">{text.plans.errors.noPlans}</p> : null}
      <PlanList plans={plans} selection={selection} onChoose={choose} />
      {selection && selection.version !== null ? (
        <div id={RECONCILIATION_ID}>
          <ReconciliationPanel plan={selection.plan} version={selection.version} metrics={metrics} />
          <TargetTotalsPanel planId={selection.plan.id} version={selection.version} metrics={metrics} />
        </div>
      ) : null}
      {mayImport ? (
        <PlanImportForm plans={plans} metrics={metrics} defaultPlanId={selection?.plan.id ?? null} onShow={show} />
      ) : null}
    </>
  );
}
