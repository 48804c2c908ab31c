import { useState } from 'react';
import type { LatePayment } from '../../api/graphql-types';
import { formatDate } from '../../i18n/format';
import { vi } from '../../i18n/vi';
import { LoadingState } from '../../ui/LoadingState';
import { SyntheticBanner } from '../../ui/SyntheticBanner';
import { ActionLadder } from './ActionLadder';
import { ArrearsPanel } from './ArrearsPanel';
import type { LatePaymentParams } from './late-payment-params';
import { LatePaymentChart } from './LatePaymentChart';
import { LatePaymentControls } from './LatePaymentControls';
import { LatePaymentSummary } from './LatePaymentSummary';
import { LatePaymentTable } from './LatePaymentTable';
import { LatePaymentTrend } from './LatePaymentTrend';

type LatePaymentDashboardProps = {
  data: LatePayment;
  /** Another date is loading; the figures on screen are the previous date's. */
  loading: boolean;
  params: LatePaymentParams;
  onChange: (change: Partial<LatePaymentParams>) => void;
};

const t = vi.latePayment;

export function LatePaymentDashboard({ data, loading, params, onChange }: LatePaymentDashboardProps) {
  // Bumped on every choice of a province, so the employer list scrolls into view (not on a page load).
  const [arrearsFocus, setArrearsFocus] = useState(0);
  const chooseProvince = (code: string | null) => {
    onChange({ province: code });
    if (code !== null) setArrearsFocus((n) => n + 1);
  };

  return (
    <>
      <LatePaymentControls
        data={data}
        province={params.province}
        onAsOf={(asOf) => onChange({ asOf })}
        onProvince={chooseProvince}
      />
      {data.synthetic ? <SyntheticBanner text={t.syntheticBanner} /> : null}

      <div className={loading ? 'dashboard dashboard--stale' : 'dashboard'} aria-busy={loading}>
        <p className="dashboard__as-of">
          <span data-testid="late-payment-as-of">{t.asOf(formatDate(data.asOf))}</span>
          <span className="dashboard__ledger">{t.ledger(formatDate(data.ledgerFrom), formatDate(data.ledgerTo))}</span>
          {loading ? <LoadingState label={vi.common.updating} /> : null}
        </p>
        <LatePaymentSummary data={data} />
        <ActionLadder national={data.national} />
        <LatePaymentChart data={data} />
        <LatePaymentTable data={data} selected={params.province} onChoose={chooseProvince} />
        <ArrearsPanel
          data={data}
          province={params.province}
          bucket={params.bucket}
          onBucket={(bucket) => onChange({ bucket })}
          onClose={() => chooseProvince(null)}
          focusToken={arrearsFocus}
        />
      </div>
      <LatePaymentTrend references={data.references} selectedAsOf={data.asOf} />
    </>
  );
}
