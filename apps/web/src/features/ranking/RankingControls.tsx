import type { ChangeEvent } from 'react';
import type { Metric, Plan, RankBasis } from '../../api/graphql-types';
import { vi } from '../../i18n/vi';
import { isDateInPlan } from '../../plan/plan-dates';
import { ReportDateChips } from '../../ui/ReportDateChips';
import type { RankingParams } from './ranking-params';

type RankingControlsProps = {
  plan: Plan;
  metrics: readonly Metric[];
  params: RankingParams;
  onChange: (change: Partial<RankingParams>) => void;
};

const BASES: readonly RankBasis[] = ['TO_DATE', 'PERIOD'];

export function RankingControls({ plan, metrics, params, onChange }: RankingControlsProps) {
  const t = vi.ranking.controls;

  const onDateInput = (event: ChangeEvent<HTMLInputElement>) => {
    // A half-typed or cleared date keeps the current one.
    const value = event.target.value;
    if (isDateInPlan(plan, value)) onChange({ asOf: value });
  };

  return (
    <form className="controls" onSubmit={(event) => event.preventDefault()}>
      <label className="controls__field controls__field--metric">
        <span className="controls__label">{t.metric}</span>
        <select
          data-testid="metric-picker"
          value={params.metric}
          onChange={(event) => onChange({ metric: event.target.value })}
        >
          {metrics.map((metric) => (
            <option key={metric.key} value={metric.key}>
              {metric.labelVi}
            </option>
          ))}
        </select>
      </label>

      <label className="controls__field">
        <span className="controls__label">{t.asOf}</span>
        <input
          type="date"
          data-testid="as-of-picker"
          min={plan.periodStart}
          max={plan.periodEnd}
          value={params.asOf}
          onChange={onDateInput}
        />
      </label>

      <ReportDateChips plan={plan} selected={params.asOf} onSelect={(date) => onChange({ asOf: date })} />

      <label className="controls__field">
        <span className="controls__label">{t.basis}</span>
        <select
          data-testid="basis-picker"
          value={params.basis}
          onChange={(event) => onChange({ basis: event.target.value === 'PERIOD' ? 'PERIOD' : 'TO_DATE' })}
        >
          {BASES.map((basis) => (
            <option key={basis} value={basis}>
              {t.basisOptions[basis]}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
