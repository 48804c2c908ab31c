import { useMemo, type ReactNode } from 'react';
import type { IsoDate, LatePaymentPoint, LatePaymentReference } from '../../api/graphql-types';
import { EChart } from '../../charts/EChart';
import { vi } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { TREND_CHART_HEIGHT, toLatePaymentTrendOption } from './to-late-payment-trend-option';
import { useLatePaymentTrend } from './useLatePayment';

type LatePaymentTrendProps = { references: readonly LatePaymentReference[]; selectedAsOf: IsoDate };

const t = vi.latePayment.trend;

/** The national ratio month by month, a sawtooth over the years, with the reference points. */
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
      <p className="trend-note" data-testid="late-payment-trend-note">
        {t.note}
      </p>
    </section>
  );
}

type TrendChartProps = {
  points: readonly LatePaymentPoint[];
  references: readonly LatePaymentReference[];
  selectedAsOf: IsoDate;
};

function TrendChart({ points, references, selectedAsOf }: TrendChartProps) {
  const option = useMemo(
    () => toLatePaymentTrendOption({ points, references, selectedAsOf }),
    [points, references, selectedAsOf],
  );
  return (
    <EChart option={option} height={TREND_CHART_HEIGHT} ariaLabel={t.ariaLabel} testId="late-payment-trend-chart" />
  );
}
