import { metricShortName, metricUnit } from '../../i18n/server-text';
import { useMemo } from 'react';
import type { Metric, ProvinceAttainment } from '../../api/fields';
import { EChart } from '../../charts/EChart';
import { formatInteger, formatPercent } from '../../i18n/format';
import { statusLabel, text } from '../../i18n/vi';
import { groupRankingRows } from './ranking-rows';
import { rankingChartHeight, toRankingBarOption } from './to-ranking-bar-option';

type RankingChartProps = {
  rows: readonly ProvinceAttainment[];
  metric: Metric;
  /** The viewer's own province among the rows (null: none, or the rows are of another unit set). */
  ownProvince: string | null;
};

export function RankingChart({ rows, metric, ownProvince }: RankingChartProps) {
  const t = text.ranking.chart;
  const groups = useMemo(() => groupRankingRows(rows), [rows]);
  const option = useMemo(
    () => toRankingBarOption({ rows, unitVi: metricUnit(metric), ownProvince }),
    [rows, metricUnit(metric), ownProvince],
  );
  const own = ownProvince === null ? undefined : rows.find((row) => row.province.code === ownProvince);
  const excluded = [
    { label: statusLabel('NOT_REPORTED'), rows: groups.notReported, testId: 'not-reported-list' },
    { label: statusLabel('NO_TARGET'), rows: groups.noTarget, testId: 'no-target-list' },
    { label: t.unrankedGroup, rows: groups.unrankedOther, testId: 'unranked-list' },
  ].filter((group) => group.rows.length > 0);

  return (
    <section className="panel" aria-labelledby="ranking-chart-title">
      <h2 id="ranking-chart-title" className="panel__title">
        {t.title}{' '}
        <span className="panel__subtitle">
          ({metricShortName(metric)}; {t.rankedCount(formatInteger(groups.ranked.length))})
        </span>
      </h2>
      {groups.ranked.length > 0 ? (
        <EChart
          option={option}
          height={rankingChartHeight(groups.ranked.length)}
          ariaLabel={own ? `${t.ariaLabel}. ${ownRankText(own)}` : t.ariaLabel}
          testId="ranking-chart"
        />
      ) : (
        <p className="panel__empty" data-testid="ranking-chart">
          {t.empty}
        </p>
      )}
      {excluded.map((group) => (
        <p key={group.testId} className="excluded-list" data-testid={group.testId}>
          <strong>
            {group.label} ({group.rows.length}):
          </strong>{' '}
          {group.rows.map((row, i) => (
            <span key={row.province.code}>
              {i > 0 ? ', ' : null}
              {row.province.code === ownProvince ? (
                <strong className="own-province-name">{row.province.nameVi}</strong>
              ) : (
                row.province.nameVi
              )}
            </span>
          ))}
        </p>
      ))}
    </section>
  );
}

/** What the canvas shows of the viewer's province, for screen readers. */
function ownRankText(row: ProvinceAttainment): string {
  const t = text.ranking.chart;
  return row.rank === null
    ? t.ownUnranked(row.province.nameVi, statusLabel(row.status))
    : t.ownRank(row.province.nameVi, formatInteger(row.rank), formatPercent(row.figure), row.bandLabel ?? '');
}
