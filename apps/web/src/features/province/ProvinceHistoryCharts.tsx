import type { Metric, Province } from '../../api/fields';
import type { UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { text } from '../../i18n/vi';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { ProvinceHistoryChart, ProvinceSummedHistoryChart } from './ProvinceHistoryChart';
import './province.css';

type ProvinceHistoryChartsProps = {
  planId: string;
  metrics: readonly Metric[];
  province: Province;
  /** The metric the page was opened on (a cell of the overview): its chart comes first, marked. */
  chosen?: string | null;
  /** A unit of another set than the plan's own: its summed figures up to the page's date, without revisions. */
  summed?: { unitSet: UnitSet; asOf: IsoDate } | null;
};

/** One small chart per metric: cumulative actual against cumulative target on every report date. */
export function ProvinceHistoryCharts({
  planId,
  metrics,
  province,
  chosen = null,
  summed = null,
}: ProvinceHistoryChartsProps) {
  const ordered =
    chosen === null ? metrics : [...metrics].sort((a, b) => Number(b.key === chosen) - Number(a.key === chosen));
  return (
    <section className="panel" aria-labelledby="province-history-title">
      <h2 id="province-history-title" className="panel__title">
        {text.province.history.title}
      </h2>
      {summed ? (
        <p className="panel__note" data-testid="province-summed-history">
          {textUnitSets.province.summedHistory}
        </p>
      ) : null}
      <div className="history-grid">
        {ordered.map((metric) =>
          summed ? (
            <ProvinceSummedHistoryChart
              key={metric.key}
              planId={planId}
              metric={metric}
              province={province}
              chosen={metric.key === chosen}
              unitSet={summed.unitSet}
              asOf={summed.asOf}
            />
          ) : (
            <ProvinceHistoryChart
              key={metric.key}
              planId={planId}
              metric={metric}
              province={province}
              chosen={metric.key === chosen}
            />
          ),
        )}
      </div>
    </section>
  );
}
