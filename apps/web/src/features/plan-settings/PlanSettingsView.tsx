import { useEffect, useRef, useState } from 'react';
import { useOperationQuery } from '../../api/useOperationQuery';
import { textPlanSettings } from '../../i18n/vi-plan-settings';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PLAN_SETTINGS_QUERY, type SettingsMetric } from './plan-settings.queries';
import { SettingsForm } from './SettingsForm';
import { SettingsHistory } from './SettingsHistory';
import { SettingsSummary } from './SettingsSummary';

type PlanSettingsViewProps = { planId: string; metrics: readonly SettingsMetric[]; mayEdit: boolean };

const t = textPlanSettings;

/** One plan's settings in force, the form of a new version (data officer) and every version before. */
export function PlanSettingsView({ planId, metrics, mayEdit }: PlanSettingsViewProps) {
  const settings = useOperationQuery(PLAN_SETTINGS_QUERY, { planId });
  const [saved, setSaved] = useState('');
  const status = useRef<HTMLParagraphElement>(null);

  // The outcome is where the keyboard goes after saving, so it is read out and the form starts afresh below it.
  useEffect(() => {
    if (saved) status.current?.focus();
  }, [saved]);

  if (settings.error !== undefined)
    return <ErrorPanel title={t.errors.settings} error={settings.error} onRetry={settings.reload} />;
  if (!settings.data) return <LoadingState />;
  const inForce = settings.data.planSettings;

  return (
    <>
      <p
        ref={status}
        tabIndex={-1}
        className={saved ? 'access-announcement' : 'access-announcement access-announcement--empty'}
        role="status"
        aria-live="polite"
        data-testid="plan-settings-status"
      >
        {saved}
      </p>
      <SettingsSummary settings={inForce} metrics={metrics} />
      {mayEdit ? (
        // A new version in force gives a fresh form, prefilled from it.
        <SettingsForm
          key={inForce.version}
          planId={planId}
          inForce={inForce}
          metrics={metrics}
          onSaved={(version) => {
            // The new version in force arrives with the settings the save marked stale.
            setSaved(t.form.saved(version));
          }}
        />
      ) : null}
      <SettingsHistory history={settings.data.planSettingsHistory} metrics={metrics} inForce={inForce.version} />
    </>
  );
}
