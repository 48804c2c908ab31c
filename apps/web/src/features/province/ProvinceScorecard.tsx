import type { Metric, Plan, Province } from '../../api/fields';
import type { UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { formatDate, formatInteger, formatPercent } from '../../i18n/format';
import { ExportButtons } from '../../export/ExportButtons';
import { text } from '../../i18n/vi';
import { textExport } from '../../i18n/vi-export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { SyntheticBanner } from '../../ui/SyntheticBanner';
import { ProvinceScorecardTable } from './ProvinceScorecardTable';
import { toScorecardExport } from './scorecard-export';
import { useProvinceScorecard } from './useProvinceData';

type ProvinceScorecardProps = {
  plan: Plan;
  metrics: readonly Metric[];
  province: Province;
  asOf: IsoDate;
  /** The set the province is a unit of: ranked among its units ("hạng 5/34"). */
  unitSet: UnitSet;
};

/** Every metric of the province at the date: rank and its change, target, actual, attainment and pace. */
export function ProvinceScorecard({ plan, metrics, province, asOf, unitSet }: ProvinceScorecardProps) {
  const scorecard = useProvinceScorecard({ planId: plan.id, province: province.code, asOf, unitSet });
  // Another province's figures still on hand are not shown under this province's name.
  const data = scorecard.data?.provinceScorecard.every((row) => row.province.code === province.code)
    ? scorecard.data
    : undefined;

  if (scorecard.error !== undefined) {
    return <ErrorPanel title={text.province.errors.scorecard} error={scorecard.error} onRetry={scorecard.reload} />;
  }
  // The box keeps about the height of the table it waits for, so the panels below do not jump when it arrives.
  if (!data)
    return (
      <div className="province-scorecard-placeholder">
        <LoadingState />
      </div>
    );

  const progress = data.periodProgress;
  // How many units are ranked against each other, as the API counts them for the set.
  const total = data.provinceScorecard[0]?.unitCount ?? 0;
  const synthetic = data.provinceScorecard.some((row) => row.synthetic);
  return (
    <div className={scorecard.loading ? 'dashboard dashboard--stale' : 'dashboard'} aria-busy={scorecard.loading}>
      {synthetic ? <SyntheticBanner /> : null}
      <p className="dashboard__as-of">
        {/* On paper the plan is named: the controls that imply it are not printed. */}
        <span className="print-only">{textExport.print.plan(plan.issuingDocument, plan.title)}</span>
        <span>{text.ranking.asOf(formatDate(progress.asOf))}</span>
        <span className="dashboard__metric">
          {text.ranking.summary.timeElapsed}: {formatPercent(progress.timeElapsed)} (
          {text.ranking.summary.timeElapsedDetail(
            formatInteger(progress.daysElapsed),
            formatInteger(progress.daysInPeriod),
            formatInteger(progress.daysRemaining),
          )}
          )
        </span>
        {scorecard.loading ? <LoadingState label={text.common.updating} /> : null}
      </p>
      <ProvinceScorecardTable
        rows={data.provinceScorecard}
        metrics={metrics}
        total={total}
        actions={
          <ExportButtons
            subject={textExport.scorecard.subject}
            testId="scorecard-export"
            describe={() =>
              toScorecardExport({
                plan,
                province,
                asOf: progress.asOf,
                rows: data.provinceScorecard,
                metrics,
                total,
                unitSet,
              })
            }
          />
        }
      />
    </div>
  );
}
