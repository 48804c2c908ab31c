import type { Metric, Plan } from '../../api/fields';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ExportButtons } from '../../export/ExportButtons';
import type { ExportTable } from '../../export/export-table';
import { textExport } from '../../i18n/vi-export';
import { toConsolidatedReport, type MetricRanking } from './consolidated-report';
import type { RankingParams } from './ranking-params';
import { operationQuery } from '../../api/query-client';
import { RANKING_QUERY, type RankingData } from './ranking.queries';
import { unitSetNotes } from '../../export/sources';
import { toRankingExport } from './ranking-export';

type RankingExportsProps = {
  plan: Plan;
  metrics: readonly Metric[];
  metric: Metric;
  params: RankingParams;
  data: RankingData;
  synthetic: boolean;
};

/** The table as XLSX or CSV, and the consolidated report of every metric of the plan at the same date. */
export function RankingExports({ plan, metrics, metric, params, data, synthetic }: RankingExportsProps) {
  const queryClient = useQueryClient();
  const asOf = data.periodProgress.asOf;
  return (
    <div className="export-bar">
      <ExportButtons
        subject={textExport.ranking.subject}
        testId="ranking-export"
        describe={() =>
          toRankingExport({
            plan,
            metric,
            rows: data.ranking,
            asOf,
            basis: params.basis,
            unitSet: params.unitSet,
            synthetic,
          })
        }
      />
      <ExportButtons
        subject={textExport.consolidated.subject}
        testId="consolidated-report"
        formats={['xlsx']}
        labels={{ xlsx: textExport.buttons.consolidated }}
        describe={() => loadConsolidatedReport(queryClient, plan, metrics, params)}
      />
    </div>
  );
}

/**
 * Every metric's ranking at the page's date on the page's unit set, with the same query the page runs for one metric
 * (an answer already in the cache is not asked for again, and the others stay there for the page), then the report
 * built from them.
 */
async function loadConsolidatedReport(
  queryClient: QueryClient,
  plan: Plan,
  metrics: readonly Metric[],
  params: RankingParams,
): Promise<ExportTable> {
  const rankings = await Promise.all(
    metrics.map(async (metric): Promise<MetricRanking> => {
      const answer = await queryClient.fetchQuery(operationQuery(RANKING_QUERY, { ...params, metric: metric.key }));
      return { metric, rows: answer.ranking, national: answer.nationalAttainment };
    }),
  );
  const report = toConsolidatedReport({ plan, asOf: params.asOf, rankings });
  return { ...report, notes: [...(report.notes ?? []), ...unitSetNotes(plan, params.unitSet)] };
}
