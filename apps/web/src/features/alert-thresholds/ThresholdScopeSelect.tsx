import type { Plan } from '../../api/fields';
import { textAlertThresholds } from '../../i18n/vi-alert-thresholds';
import { planOptionLabel } from '../../plan/plan-choice';
import type { ThresholdScope } from './threshold-scope';

type ThresholdScopeSelectProps = {
  plans: readonly Plan[];
  scope: ThresholdScope;
  onChange: (scope: ThresholdScope) => void;
};

const t = textAlertThresholds.scope;
/** The option of the agency-wide thresholds: no plan id is empty. */
const AGENCY_WIDE = '';

/** "Toàn ngành" and each plan, named as the plan pickers of the other pages name them. */
export function ThresholdScopeSelect({ plans, scope, onChange }: ThresholdScopeSelectProps) {
  return (
    <div className="controls alert-thresholds__scope">
      <label className="controls__field controls__field--metric">
        <span className="controls__label">{t.label}</span>
        <select
          value={scope ?? AGENCY_WIDE}
          onChange={(event) => onChange(event.target.value === AGENCY_WIDE ? null : event.target.value)}
          data-testid="threshold-scope"
        >
          <option value={AGENCY_WIDE}>{t.agencyWide}</option>
          {plans.map((plan) => (
            <option key={plan.id} value={plan.id} translate="no">
              {planOptionLabel(plan)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
