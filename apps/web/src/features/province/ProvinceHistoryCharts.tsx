import type { Metric, Province } from '../../api/graphql-types';
import { vi } from '../../i18n/vi';
import { ProvinceHistoryChart } from './ProvinceHistoryChart';

type ProvinceHistoryChartsProps = { planId: string; metrics: readonly Metric[]; province: Province };

/** One small chart per metric: cumulative actual against cumulative target on every report date. */
export function ProvinceHistoryCharts({ planId, metrics, province }: ProvinceHistoryChartsProps) {
  return (
    <section className="panel" aria-labelledby="province-history-title">
      <h2 id="province-history-title" className="panel__title">
        {vi.province.history.title}
      </h2>
      <div className="history-grid">
        {metrics.map((metric) => (
          <ProvinceHistoryChart key={metric.key} planId={planId} metric={metric} province={province} />
        ))}
      </div>
    </section>
  );
}
