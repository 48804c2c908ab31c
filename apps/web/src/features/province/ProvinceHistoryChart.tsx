import { metricName, metricUnit } from '../../i18n/server-text';
import { useMemo, type ReactNode } from 'react';
import type { Metric, Province } from '../../api/fields';
import type { UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import type { ActualHistory } from './province.queries';
import { EChart } from '../../charts/EChart';
import { text } from '../../i18n/vi';
import { formatDate, formatPercent, formatQuantity } from '../../i18n/format';
import { ChartDataTable } from '../../ui/ChartDataTable';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { HISTORY_CHART_HEIGHT, hasAnyActual, pendingValue, toHistoryLineOption } from './to-history-line-option';
import { historyFromRankHistory } from './unit-history';
import { useActualHistory, useProvinceRankHistory } from './useProvinceData';

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
    <HistoryCard
      metric={metric}
      chosen={chosen}
      error={history.error}
      reload={history.reload}
      body={data ? <HistoryChartBody history={data} metric={metric} /> : undefined}
    />
  );
}

type SummedHistoryChartProps = ProvinceHistoryChartProps & { unitSet: UnitSet; asOf: IsoDate };

/**
 * A unit of another set than the plan's own (the 2021 plan on the 34): its summed figures at each report date up to
 * the page's date, from its rank history.
 */
export function ProvinceSummedHistoryChart({
  planId,
  metric,
  province,
  chosen = false,
  unitSet,
  asOf,
}: SummedHistoryChartProps) {
  const history = useProvinceRankHistory({ planId, province: province.code, metric: metric.key, asOf, unitSet });
  const rows = history.data?.rankHistory;
  const data = rows && rows.every((row) => row.province.code === province.code) ? rows : undefined;
  const summed = useMemo(() => (data ? historyFromRankHistory(planId, data) : null), [planId, data]);
  return (
    <HistoryCard
      metric={metric}
      chosen={chosen}
      error={history.error}
      reload={history.reload}
      body={
        data ? (
          summed ? (
            <HistoryChartBody history={summed} metric={metric} />
          ) : (
            <p className="history-card__empty">{text.province.history.empty}</p>
          )
        ) : undefined
      }
    />
  );
}

type HistoryCardProps = {
  metric: Metric;
  chosen: boolean;
  error: unknown;
  reload: () => void;
  /** The chart once its figures are in; undefined while they load. */
  body: ReactNode | undefined;
};

function HistoryCard({ metric, chosen, error, reload, body }: HistoryCardProps) {
  return (
    <article
      className={chosen ? 'history-card history-card--chosen' : 'history-card'}
      data-testid="province-history-chart"
      data-metric={metric.key}
      data-chosen={chosen}
    >
      <h3 className="history-card__title">
        {metricName(metric)} <span className="history-card__unit">({metricUnit(metric)})</span>
        {chosen ? <span className="history-card__chosen">{text.province.history.chosen}</span> : null}
      </h3>
      {error !== undefined ? (
        <ErrorPanel title={text.province.errors.history} error={error} onRetry={reload} />
      ) : body !== undefined ? (
        body
      ) : (
        <div className="history-card__placeholder" style={{ height: HISTORY_CHART_HEIGHT }}>
          <LoadingState />
        </div>
      )}
    </article>
  );
}

function HistoryChartBody({ history, metric }: { history: ActualHistory; metric: Metric }) {
  const option = useMemo(
    () => toHistoryLineOption({ history, unitVi: metricUnit(metric) }),
    [history, metricUnit(metric)],
  );
  return (
    <>
      <EChart
        option={option}
        height={HISTORY_CHART_HEIGHT}
        ariaLabel={text.province.history.ariaLabel(metricName(metric))}
      />
      {hasAnyActual(history) ? null : <p className="history-card__empty">{text.province.history.empty}</p>}
      <HistoryTable history={history} metric={metric} />
    </>
  );
}

/** The chart's figures, report date by report date, as a table folded under it. */
function HistoryTable({ history, metric }: { history: ActualHistory; metric: Metric }) {
  const t = text.province.history.table;
  const withPending = history.points.some((point) => pendingValue(point) !== null);
  return (
    <ChartDataTable
      caption={t.caption(metricName(metric))}
      columns={[
        { header: t.reportDate },
        { header: t.target, numeric: true },
        { header: t.actual, numeric: true },
        { header: t.attainment, numeric: true },
        ...(withPending ? [{ header: t.pending, numeric: true }] : []),
      ]}
      rows={history.points.map((point) => [
        formatDate(point.reportDate),
        formatQuantity(point.cumulativeTarget),
        formatQuantity(point.actual),
        formatPercent(point.attainmentToDate),
        ...(withPending ? [formatQuantity(pendingValue(point))] : []),
      ])}
      testId="province-history-table"
    />
  );
}
