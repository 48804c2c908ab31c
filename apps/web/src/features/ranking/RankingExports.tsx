import type { Metric, Plan } from '../../api/graphql-types';
import { graphqlRequest } from '../../api/graphql-client';
import { ExportButtons } from '../../export/ExportButtons';
import type { ExportTable } from '../../export/export-table';
import { textExport } from '../../i18n/vi-export';
import { toConsolidatedReport, type MetricRanking } from './consolidated-report';
import type { RankingParams } from './ranking-params';
import { RANKING_QUERY, type RankingData, type RankingVariables } from './ranking.queries';
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
  const asOf = data.periodProgress.asOf;
  return (
    <div className="export-bar">
      <ExportButtons
        subject={textExport.ranking.subject}
        testId="ranking-export"
        describe={() => toRankingExport({ plan, metric, rows: data.ranking, asOf, basis: params.basis, synthetic })}
      />
      <ExportButtons
        subject={textExport.consolidated.subject}
        testId="consolidated-report"
        formats={['xlsx']}
        labels={{ xlsx: textExport.buttons.consolidated }}
        describe={() => loadConsolidatedReport(plan, metrics, params)}
      />
    </div>
  );
}

/**
 * Every metric's ranking at the page's date, with the same request the page sends for one metric (the server keeps
 * the answers), then the report built from them.
 */
async function loadConsolidatedReport(
  plan: Plan,
  metrics: readonly Metric[],
  params: RankingParams,
): Promise<ExportTable> {
  const rankings = await Promise.all(
    metrics.map(async (metric): Promise<MetricRanking> => {
      const answer = await graphqlRequest<RankingData, RankingVariables>(RANKING_QUERY, {
        planId: plan.id,
        metric: metric.key,
        asOf: params.asOf,
        basis: params.basis,
      });
      return { metric, rows: answer.ranking, national: answer.nationalAttainment };
    }),
  );
  return toConsolidatedReport({ plan, asOf: params.asOf, rankings });
}
