import { metricName } from '../../i18n/server-text';
import type { Metric, Plan } from '../../api/fields';
import { text } from '../../i18n/vi';
import { PeriodFields } from '../../ui/PeriodFields';
import type { RankingParams } from './ranking-params';

type RankingControlsProps = {
  plan: Plan;
  metrics: readonly Metric[];
  params: RankingParams;
  onChange: (change: Partial<RankingParams>) => void;
};

export function RankingControls({ plan, metrics, params, onChange }: RankingControlsProps) {
  const t = text.ranking.controls;

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
              {metricName(metric)}
            </option>
          ))}
        </select>
      </label>

      <PeriodFields plan={plan} view={params} onChange={onChange} />
    </form>
  );
}
