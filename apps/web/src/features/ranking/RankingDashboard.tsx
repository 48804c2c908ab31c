import { metricName } from '../../i18n/server-text';
import type { Metric, Plan } from '../../api/fields';
import { formatDate } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { ReloadAnnouncer } from '../../ui/ReloadAnnouncer';
import { NotReportedPanel } from './NotReportedPanel';
import { RankingChart } from './RankingChart';
import { RankingControls } from './RankingControls';
import { RankingExports } from './RankingExports';
import { RankingSummary } from './RankingSummary';
import { RankingTable } from './RankingTable';
import { SyntheticBanner } from '../../ui/SyntheticBanner';
import { useRanking } from './useRanking';
import { useRankingParams } from './useRankingParams';

type RankingDashboardProps = { plan: Plan; metrics: readonly Metric[] };

export function RankingDashboard({ plan, metrics }: RankingDashboardProps) {
  const { params, invalid, update } = useRankingParams(plan, metrics);
  const ranking = useRanking({ planId: plan.id, ...params });
  const metric = metrics.find((m) => m.key === params.metric);
  const data = ranking.data;
  const synthetic = plan.hasSyntheticActuals || (data?.ranking.some((row) => row.synthetic) ?? false);

  return (
    <>
      <RankingControls plan={plan} metrics={metrics} params={params} onChange={update} />
      <ReloadAnnouncer loading={ranking.loading} asOf={data?.periodProgress.asOf} />
      {invalid.length > 0 ? <p className="notice">{text.errors.invalidParams(invalid.join(', '))}</p> : null}
      {synthetic ? <SyntheticBanner /> : null}

      {ranking.error !== undefined ? (
        <ErrorPanel title={text.errors.rankingTitle} error={ranking.error} onRetry={ranking.reload} />
      ) : data && metric ? (
        <div className={ranking.loading ? 'dashboard dashboard--stale' : 'dashboard'} aria-busy={ranking.loading}>
          <p className="dashboard__as-of">
            <span>{text.ranking.asOf(formatDate(data.periodProgress.asOf))}</span>
            <span className="dashboard__metric">{metricName(metric)}</span>
            {ranking.loading ? <LoadingState label={text.common.updating} live={false} /> : null}
          </p>
          <RankingSummary data={data} metric={metric} />
          <NotReportedPanel plan={plan} asOf={data.periodProgress.asOf} />
          {/* 63 bars do not fit beside the table on two printed pages; the table carries every figure. */}
          <div className="print-omit">
            <RankingChart rows={data.ranking} metric={metric} />
          </div>
          <RankingTable
            rows={data.ranking}
            metric={metric}
            basisLabel={text.ranking.controls.basisOptions[params.basis]}
            asOf={data.periodProgress.asOf}
            actions={
              <RankingExports
                plan={plan}
                metrics={metrics}
                metric={metric}
                params={params}
                data={data}
                synthetic={synthetic}
              />
            }
          />
        </div>
      ) : (
        <LoadingState />
      )}
    </>
  );
}
