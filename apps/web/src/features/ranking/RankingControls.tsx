import { metricName } from '../../i18n/server-text';
import type { Metric, Plan } from '../../api/fields';
import { text } from '../../i18n/vi';
import { textOverview } from '../../i18n/vi-overview';
import { defaultAsOf } from '../../plan/plan-dates';
import { unitSetsOf } from '../../plan/unit-set-view';
import { PeriodFields } from '../../ui/PeriodFields';
import { PlanSelect } from '../../ui/PlanSelect';
import { UnitSetField } from '../../ui/UnitSetField';
import type { RankingParams } from './ranking-params';

type RankingControlsProps = {
  plans: readonly Plan[];
  plan: Plan;
  metrics: readonly Metric[];
  params: RankingParams;
  onChange: (change: Partial<RankingParams>) => void;
};

export function RankingControls({ plans, plan, metrics, params, onChange }: RankingControlsProps) {
  const t = text.ranking.controls;

  return (
    <form className="controls" onSubmit={(event) => event.preventDefault()}>
      {plans.length > 1 ? (
        <PlanSelect
          label={textOverview.controls.plan}
          plans={plans}
          value={plan.id}
          testId="ranking-plan-picker"
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
      <label className="controls__field controls__field--metric">
        <span className="controls__label">{t.metric}</span>
        <select
          data-testid="metric-picker"
          value={params.metric}
          onChange={(event) => onChange({ metric: event.target.value })}
        >
          {metrics.map((metric) => (
            <option key={metric.key} value={metric.key}>
              {metricName(metric)}
            </option>
          ))}
        </select>
      </label>

      <PeriodFields plan={plan} view={params} onChange={onChange} />
    </form>
  );
}
