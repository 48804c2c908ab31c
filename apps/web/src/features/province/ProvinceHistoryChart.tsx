import { useMemo } from 'react';
import type { ActualHistory, Metric, Province } from '../../api/graphql-types';
import { EChart } from '../../charts/EChart';
import { vi } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { HISTORY_CHART_HEIGHT, hasAnyActual, toHistoryLineOption } from './to-history-line-option';
import { useActualHistory } from './useProvinceData';

type ProvinceHistoryChartProps = {
  planId: string;
  metric: Metric;
  province: Province;
  /** The metric the page was opened on: marked, and named so in its title. */
  chosen?: boolean;
};

export function ProvinceHistoryChart({ planId, metric, province, chosen = false }: ProvinceHistoryChartProps) {
  const history = useActualHistory({ planId, province: province.code, metric: metric.key });
  // While another province's history is still on hand, show the loading state rather than its figures.
  const loaded = history.data?.actualHistory;
  const data = loaded && loaded.province.code === province.code ? loaded : undefined;

  return (
    <article
      className={chosen ? 'history-card history-card--chosen' : 'history-card'}
      data-testid="province-history-chart"
      data-metric={metric.key}
      data-chosen={chosen}
    >
      <h3 className="history-card__title">
        {metric.labelVi} <span className="history-card__unit">({metric.unitVi})</span>
        {chosen ? <span className="history-card__chosen">{vi.province.history.chosen}</span> : null}
      </h3>
      {history.error !== undefined ? (
        <ErrorPanel title={vi.province.errors.history} error={history.error} onRetry={history.reload} />
      ) : data ? (
        <HistoryChartBody history={data} metric={metric} />
      ) : (
        <div className="history-card__placeholder" style={{ height: HISTORY_CHART_HEIGHT }}>
          <LoadingState />
        </div>
      )}
    </article>
  );
}

function HistoryChartBody({ history, metric }: { history: ActualHistory; metric: Metric }) {
  const option = useMemo(() => toHistoryLineOption({ history, unitVi: metric.unitVi }), [history, metric.unitVi]);
  return (
    <>
      <EChart option={option} height={HISTORY_CHART_HEIGHT} ariaLabel={vi.province.history.ariaLabel(metric.labelVi)} />
      {hasAnyActual(history) ? null : <p className="history-card__empty">{vi.province.history.empty}</p>}
    </>
  );
}
