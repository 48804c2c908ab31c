import type { Plan } from '../../api/fields';
import { textOverview } from '../../i18n/vi-overview';
import { defaultAsOf } from '../../plan/plan-dates';
import { PeriodFields } from '../../ui/PeriodFields';
import type { OverviewParams } from './overview-params';

type OverviewControlsProps = {
  plans: readonly Plan[];
  plan: Plan;
  params: OverviewParams;
  onChange: (change: Partial<OverviewParams>) => void;
};

const t = textOverview.controls;

/** The plan (when there is more than one), the as-of date and the basis. */
export function OverviewControls({ plans, plan, params, onChange }: OverviewControlsProps) {
  return (
    <form className="controls" aria-label={t.label} onSubmit={(event) => event.preventDefault()}>
      {plans.length > 1 ? (
        <label className="controls__field controls__field--metric">
          <span className="controls__label">{t.plan}</span>
          <select
            data-testid="overview-plan-picker"
            value={plan.id}
            onChange={(event) => {
              const next = plans.find((p) => p.id === event.target.value);
              // Another plan has another period: start on its own default date.
              if (next) onChange({ planId: next.id, asOf: defaultAsOf(next) });
            }}
          >
            {plans.map((p) => (
              <option key={p.id} value={p.id} translate="no">
                {p.issuingDocument} — {p.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <PeriodFields plan={plan} view={params} onChange={onChange} basisLabel={t.basis} basisOptions={t.basisOptions} />
    </form>
  );
}
