import { useState, type ReactNode } from 'react';
import { useOperationQuery } from '../../api/useOperationQuery';
import { textPlanSettings } from '../../i18n/vi-plan-settings';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { PageMain } from '../../ui/PageMain';
import '../accounts/access.css';
import './plan-settings.css';
import { PlanSettingsView } from './PlanSettingsView';
import { PLAN_SETTINGS_REFERENCE_QUERY } from './plan-settings.queries';
import { planTitleLabel } from '../../plan/plan-choice';

const t = textPlanSettings;
const NO_VARIABLES = {};

/** "Cài đặt kế hoạch": the settings in force and their history for everyone; a new version for the data officer. */
export function PlanSettingsPage() {
  const viewer = useViewer();
  // The server refuses anyone else anyway; the form is only shown to whom it would accept.
  const mayEdit = can(viewer, 'plan.settings');
  const reference = useOperationQuery(PLAN_SETTINGS_REFERENCE_QUERY, NO_VARIABLES);
  const [chosen, setChosen] = useState<string | null>(null);
  const plans = reference.data?.plans ?? [];
  // The API lists plans newest first.
  const plan = plans.find((p) => p.id === chosen) ?? plans[0];

  let content: ReactNode;
  if (reference.error !== undefined) {
    content = <ErrorPanel title={t.errors.reference} error={reference.error} onRetry={reference.reload} />;
  } else if (!reference.data) {
    content = <LoadingState />;
  } else if (!plan) {
    content = <p className="panel">{t.errors.noPlan}</p>;
  } else {
    content = (
      <>
        {plans.length > 1 ? (
          <div className="field plan-settings__plan">
            <label className="field__label" htmlFor="plan-settings-plan">
              {t.plan}
            </label>
            <select id="plan-settings-plan" value={plan.id} onChange={(event) => setChosen(event.target.value)}>
              {plans.map((p) => (
                <option key={p.id} value={p.id} translate="no">
                  {planTitleLabel(p)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <PlanSettingsView key={plan.id} planId={plan.id} metrics={reference.data.metrics} mayEdit={mayEdit} />
      </>
    );
  }

  return (
    <PageMain className="page access-page plan-settings">
      <PageHeader title={t.pageTitle}>
        <p className="page-header__intro">{plan ? `${t.intro} ${plan.title}.` : t.intro}</p>
      </PageHeader>
      <div className="page__main">{content}</div>
    </PageMain>
  );
}
