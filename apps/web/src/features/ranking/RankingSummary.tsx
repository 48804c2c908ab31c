import { metricUnit } from '../../i18n/server-text';
import type { Metric } from '../../api/fields';
import { formatDifference, formatInteger, formatPercent, formatQuantity } from '../../i18n/format';
import { statusLabel, text } from '../../i18n/vi';
import { SummaryCard } from '../../ui/SummaryCard';
import type { RankingData } from './ranking.queries';
import { countOnTrack, groupRankingRows } from './ranking-rows';

type RankingSummaryProps = {
  data: RankingData;
  metric: Metric;
  /** The viewer's own province among the rows (null: none, or the rows are of another unit set). */
  ownProvince: string | null;
};

export function RankingSummary({ data, metric, ownProvince: ownCode }: RankingSummaryProps) {
  const t = text.ranking.summary;
  const { periodProgress: progress, nationalAttainment: national } = data;
  const { ranked, noTarget } = groupRankingRows(data.ranking);
  const unit = metricUnit(metric);
  const withUnit = (value: number | null) => `${formatQuantity(value)} ${unit}`;
  const own = ownCode === null ? undefined : data.ranking.find((row) => row.province.code === ownCode);

  return (
    <section className="summary" aria-label={text.ranking.pageTitle}>
      {own ? (
        <SummaryCard
          label={t.ownProvince(own.province.nameVi)}
          value={
            own.rank === null
              ? statusLabel(own.status)
              : t.ownRank(formatInteger(own.rank), formatInteger(own.unitCount))
          }
          tone="own"
          testId="own-province-summary"
        >
          {t.ownDetail(formatPercent(own.attainmentToDate), formatPercent(own.attainmentOfPeriod))}
        </SummaryCard>
      ) : null}
      <SummaryCard label={t.timeElapsed} value={formatPercent(progress.timeElapsed)} tone="time">
        {t.timeElapsedDetail(
          formatInteger(progress.daysElapsed),
          formatInteger(progress.daysInPeriod),
          formatInteger(progress.daysRemaining),
        )}
      </SummaryCard>

      <SummaryCard label={t.nationalToDate} value={formatPercent(national.attainmentToDate)}>
        {t.nationalToDateDetail(withUnit(national.actual), withUnit(national.targetToDate))}
      </SummaryCard>

      <SummaryCard label={t.nationalPeriod} value={formatPercent(national.attainmentOfPeriod)}>
        <span className="summary__line">
          {t.sumOfProvinces}: <strong>{withUnit(national.target)}</strong>
        </span>
        {national.publishedTargetDiffers && national.publishedTarget !== null ? (
          <span className="summary__line summary__line--warning" data-testid="published-target-differs">
            {t.published}: <strong>{withUnit(national.publishedTarget)}</strong> ({t.difference}{' '}
            {formatDifference(national.publishedTarget - national.target)})
          </span>
        ) : null}
      </SummaryCard>

      <SummaryCard
        label={t.onTrack}
        value={t.onTrackValue(formatInteger(countOnTrack(ranked)), formatInteger(ranked.length))}
      >
        {t.onTrackDetail}
      </SummaryCard>

      <SummaryCard
        label={t.notReported}
        value={formatInteger(national.provincesNotReported)}
        tone={national.provincesNotReported > 0 ? 'warning' : undefined}
      >
        <span className="summary__line">{t.notReportedDetail(formatInteger(national.provincesReported))}</span>
        {noTarget.length > 0 ? (
          <span className="summary__line">{t.noTarget(formatInteger(noTarget.length))}</span>
        ) : null}
      </SummaryCard>
    </section>
  );
}
