import type { Plan } from '../../api/fields';
import { textOverview } from '../../i18n/vi-overview';
import { defaultAsOf } from '../../plan/plan-dates';
import { unitSetsOf } from '../../plan/unit-set-view';
import { PeriodFields } from '../../ui/PeriodFields';
import { PlanSelect } from '../../ui/PlanSelect';
import { UnitSetField } from '../../ui/UnitSetField';
import type { OverviewParams } from './overview-params';

type OverviewControlsProps = {
  plans: readonly Plan[];
  plan: Plan;
  params: OverviewParams;
  onChange: (change: Partial<OverviewParams>) => void;
};

const t = textOverview.controls;

/** The plan (when there is more than one), the unit set, the as-of date and the basis. */
export function OverviewControls({ plans, plan, params, onChange }: OverviewControlsProps) {
  return (
    <form className="controls" aria-label={t.label} onSubmit={(event) => event.preventDefault()}>
      {plans.length > 1 ? (
        <PlanSelect
          label={t.plan}
          plans={plans}
          value={plan.id}
          testId="overview-plan-picker"
          // Another plan has another period: start on its own default date, and on the same units if it can.
          onChange={(next) =>
            onChange({
              planId: next.id,
              asOf: defaultAsOf(next),
              unitSet: unitSetsOf(next).includes(params.unitSet) ? params.unitSet : next.unitSet,
            })
          }
        />
      ) : null}
      <UnitSetField plan={plan} value={params.unitSet} onChange={(unitSet) => onChange({ unitSet })} />
      <PeriodFields plan={plan} view={params} onChange={onChange} basisLabel={t.basis} basisOptions={t.basisOptions} />
    </form>
  );
}
