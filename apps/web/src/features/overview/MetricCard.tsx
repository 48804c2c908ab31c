import { metricName, metricShortName } from '../../i18n/server-text';
import type { RankBasis } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { formatDate, formatDayMonth, formatDecimal, formatPercent } from '../../i18n/format';
import { textOverview } from '../../i18n/vi-overview';
import { BandBadge } from './BandBadge';
import { nationalChange, sparkPoints } from './national-trend';
import { Sparkline } from './Sparkline';
import type { MetricAnswer } from './useOverviewData';

const t = textOverview.cards;

/** One metric nationally: the figure against its reference on the basis, its band, its change and its course. */
type MetricCardProps = { answer: MetricAnswer; basis: RankBasis; reportDates: readonly IsoDate[] };

export function MetricCard({ answer, basis, reportDates }: MetricCardProps) {
  const { metric } = answer;
  const history = answer.nationalAttainmentHistory;
  const trend = nationalChange(history, reportDates);
  const current = trend?.current;
  const points = sparkPoints(history);
  const sparkLabel = t.sparkline(
    metricShortName(metric),
    points.map((p) => t.sparklinePoint(formatDayMonth(p.date), formatPercent(p.figure))).join('; '),
  );

  return (
    <article
      className="ov-card"
      data-testid="overview-metric-card"
      data-metric={metric.key}
      data-band={current?.band ?? ''}
    >
      <h3 className="ov-card__title" title={metricName(metric)}>
        {metricShortName(metric)}
      </h3>
      {current && current.figure !== null ? (
        <p className="ov-card__figure" title={t.figureTitle[basis]}>
          <span className="ov-card__value" data-testid="overview-card-figure">
            {formatPercent(current.figure)}
          </span>{' '}
          <span className="ov-card__reference">/ {t.reference[basis](formatPercent(current.reference))}</span>
        </p>
      ) : (
        <p className="ov-card__figure ov-card__figure--none">{t.noFigure}</p>
      )}
      <div className="ov-card__status">
        {current?.band ? <BandBadge band={current.band} /> : null}
        <Change trend={trend} />
      </div>
      <Sparkline points={points} label={sparkLabel} />
    </article>
  );
}

function Change({ trend }: { trend: ReturnType<typeof nationalChange> }) {
  if (!trend?.previous) return <p className="ov-card__change">{t.firstReport}</p>;
  const date = formatDate(trend.previous.asOf);
  if (trend.change === null) return null;
  // Percentage points with one decimal; below 0,05 points it reads as no change.
  const points = Math.round(trend.change * 1000) / 10;
  if (points === 0) return <p className="ov-card__change">{t.noChange(date)}</p>;
  const up = points > 0;
  return (
    <p className={`ov-card__change ov-card__change--${up ? 'up' : 'down'}`} data-testid="overview-card-change">
      <span aria-hidden="true">{up ? '▲' : '▼'} </span>
      <span className="visually-hidden">{up ? t.changeUp : t.changeDown} </span>
      {t.change(`${up ? '+' : '−'}${formatDecimal(Math.abs(points), 1)}`, date)}
    </p>
  );
}
