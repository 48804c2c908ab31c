import { useMemo, useState, type ReactNode } from 'react';
import type { LatePaymentReference } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import type { LatePaymentPoint } from './late-payment.queries';
import { EChart } from '../../charts/EChart';
import { text } from '../../i18n/vi';
import { formatYearMonth } from '../../i18n/format';
import { ChartDataTable } from '../../ui/ChartDataTable';
import { ChartViewSwitch } from '../../ui/ChartViewSwitch';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { formatAmount, formatRatio } from './amounts';
import { yearOnYear } from './late-payment-year-on-year';
import { TREND_CHART_HEIGHT, toLatePaymentTrendOption } from './to-late-payment-trend-option';
import { toYearOnYearOption } from './to-year-on-year-option';
import { useLatePaymentTrend } from './useLatePayment';

type LatePaymentTrendProps = { references: readonly LatePaymentReference[]; selectedAsOf: IsoDate };

const t = text.latePayment.trend;

type TrendView = 'continuous' | 'yearOnYear';

/**
 * The national ratio month by month: as one line over the years (a sawtooth, since the receivable restarts each
 * January), or the same month compared across years; either way with its figures as a table under the chart.
 */
export function LatePaymentTrend({ references, selectedAsOf }: LatePaymentTrendProps) {
  const trend = useLatePaymentTrend();
  const points = trend.data?.latePaymentTrend;

  let body: ReactNode;
  if (trend.error !== undefined) {
    body = <ErrorPanel title={t.errorTitle} error={trend.error} onRetry={trend.reload} />;
  } else if (!points) {
    body = (
      <div className="history-card__placeholder" style={{ height: TREND_CHART_HEIGHT }}>
        <LoadingState />
      </div>
    );
  } else if (points.length === 0) {
    body = (
      <p className="panel__empty" data-testid="late-payment-trend-chart">
        {t.empty}
      </p>
    );
  } else {
    body = <TrendChart points={points} references={references} selectedAsOf={selectedAsOf} />;
  }

  return (
    <section className="panel" aria-labelledby="late-payment-trend-title">
      <h2 id="late-payment-trend-title" className="panel__title">
        {t.title}
      </h2>
      {body}
    </section>
  );
}

type TrendChartProps = {
  points: readonly LatePaymentPoint[];
  references: readonly LatePaymentReference[];
  selectedAsOf: IsoDate;
};

function TrendChart({ points, references, selectedAsOf }: TrendChartProps) {
  const [view, setView] = useState<TrendView>('yearOnYear');
  const byYear = useMemo(() => yearOnYear(points), [points]);
  const option = useMemo(
    () =>
      view === 'continuous'
        ? toLatePaymentTrendOption({ points, references, selectedAsOf })
        : toYearOnYearOption({ data: byYear, references }),
    [view, points, byYear, references, selectedAsOf],
  );
  return (
    <>
      <ChartViewSwitch
        legend={t.viewLabel}
        choices={[
          { value: 'yearOnYear', label: t.viewYearOnYear },
          { value: 'continuous', label: t.viewContinuous },
        ]}
        value={view}
        onChange={setView}
        testId="late-payment-trend-view"
      />
      <EChart
        option={option}
        height={TREND_CHART_HEIGHT}
        ariaLabel={view === 'continuous' ? t.ariaLabel : t.yearOnYearAriaLabel}
        testId="late-payment-trend-chart"
      />
      <p className="trend-note" data-testid="late-payment-trend-note">
        {view === 'continuous' ? t.note : t.yearOnYearNote}
      </p>
      {view === 'continuous' ? (
        <ChartDataTable
          caption={t.table.caption}
          columns={[
            { header: t.table.month },
            { header: t.table.receivable, numeric: true },
            { header: t.table.overdue, numeric: true },
            { header: t.table.ratio, numeric: true },
          ]}
          rows={points.map((point) => [
            formatYearMonth(point.month),
            formatAmount(point.receivable, 'billion'),
            formatAmount(point.overdue, 'billion'),
            formatRatio(point.ratio),
          ])}
          testId="late-payment-trend-table"
        />
      ) : (
        <ChartDataTable
          caption={t.table.yearOnYearCaption}
          columns={[
            { header: t.table.month },
            ...byYear.years.map((year) => ({ header: t.year(String(year)), numeric: true })),
          ]}
          rows={byYear.months.map((month) => [
            t.monthShort(String(month.month)),
            ...month.ratios.map((ratio) => formatRatio(ratio)),
          ])}
          testId="late-payment-trend-table"
        />
      )}
    </>
  );
}
