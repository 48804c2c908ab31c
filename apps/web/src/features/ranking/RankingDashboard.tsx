import { metricName } from '../../i18n/server-text';
import type { Metric, Plan } from '../../api/fields';
import { formatDate, formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import type { PlanScope } from '../../navigation/links';
import { planParam } from '../../plan/plan-choice';
import { unitsParam } from '../../plan/unit-set-view';
import { ownProvinceCode } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { ReloadAnnouncer } from '../../ui/ReloadAnnouncer';
import { NotReportedPanel } from './NotReportedPanel';
import { RankingChart } from './RankingChart';
import { RankingControls } from './RankingControls';
import { RankingExports } from './RankingExports';
import { RankingLayout } from './RankingLayout';
import { RankingSummary } from './RankingSummary';
import { RankingTable } from './RankingTable';
import { SyntheticBanner } from '../../ui/SyntheticBanner';
import { useRanking } from './useRanking';
import { useRankingParams } from './useRankingParams';

type RankingDashboardProps = { plans: readonly Plan[]; metrics: readonly Metric[] };

export function RankingDashboard({ plans, metrics }: RankingDashboardProps) {
  const { plan, params, invalid, update } = useRankingParams(plans, metrics);
  const ranking = useRanking(params);
  const metric = metrics.find((m) => m.key === params.metric);
  // The rows on screen may still be the previous view's while the new one loads: their own set names them.
  const data = ranking.data;
  const synthetic = plan.hasSyntheticActuals || (data?.ranking.some((row) => row.synthetic) ?? false);
  const unitCount = data?.ranking[0]?.unitCount ?? null;
  const scope: PlanScope = { plan: planParam(plan, plans), units: unitsParam(params.unitSet, plan) };
  // A viewer's own province is one of the 63: the same code on the 34 names another unit.
  const viewerProvince = ownProvinceCode(useViewer());
  const ownProvince = params.unitSet === 'VN63' ? viewerProvince : null;

  return (
    <RankingLayout plan={plan}>
      <RankingControls plans={plans} plan={plan} metrics={metrics} params={params} onChange={update} />
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
            {unitCount !== null ? (
              <span data-testid="ranking-unit-count" data-unit-count={unitCount}>
                {textUnitSets.rankedAmong(formatInteger(unitCount))}
              </span>
            ) : null}
            {ranking.loading ? <LoadingState label={text.common.updating} live={false} /> : null}
          </p>
          <RankingSummary data={data} metric={metric} ownProvince={ownProvince} />
          {/* Reports are sent by the plan's own units, whatever the set the ranking is on. */}
          <NotReportedPanel plan={plan} asOf={data.periodProgress.asOf} scope={{ plan: scope.plan }} />
          {/* 63 bars do not fit beside the table on two printed pages; the table carries every figure. */}
          <div className="print-omit">
            <RankingChart rows={data.ranking} metric={metric} ownProvince={ownProvince} />
          </div>
          <RankingTable
            rows={data.ranking}
            metric={metric}
            basisLabel={text.ranking.controls.basisOptions[params.basis]}
            asOf={data.periodProgress.asOf}
            scope={scope}
            ownProvince={ownProvince}
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
    </RankingLayout>
  );
}
