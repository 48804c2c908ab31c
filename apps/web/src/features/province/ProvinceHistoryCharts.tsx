import type { Metric, Province } from '../../api/fields';
import { text } from '../../i18n/vi';
import { ProvinceHistoryChart } from './ProvinceHistoryChart';
import './province.css';

type ProvinceHistoryChartsProps = {
  planId: string;
  metrics: readonly Metric[];
  province: Province;
  /** The metric the page was opened on (a cell of the overview): its chart comes first, marked. */
  chosen?: string | null;
};

/** One small chart per metric: cumulative actual against cumulative target on every report date. */
export function ProvinceHistoryCharts({ planId, metrics, province, chosen = null }: ProvinceHistoryChartsProps) {
  const ordered =
    chosen === null ? metrics : [...metrics].sort((a, b) => Number(b.key === chosen) - Number(a.key === chosen));
  return (
    <section className="panel" aria-labelledby="province-history-title">
      <h2 id="province-history-title" className="panel__title">
        {text.province.history.title}
      </h2>
      <div className="history-grid">
        {ordered.map((metric) => (
          <ProvinceHistoryChart
            key={metric.key}
            planId={planId}
            metric={metric}
            province={province}
            chosen={metric.key === chosen}
          />
        ))}
      </div>
    </section>
  );
}
