import { useState } from 'react';
import './late-payment.css';
import type { LatePayment, ProvinceLatePayment } from './late-payment.queries';
import { formatDate, formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { ownProvinceCode, scopedProvince } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { LoadingState } from '../../ui/LoadingState';
import { ReloadAnnouncer } from '../../ui/ReloadAnnouncer';
import { SyntheticBanner } from '../../ui/SyntheticBanner';
import { ActionLadder } from './ActionLadder';
import { ArrearsPanel } from './ArrearsPanel';
import { employersProvince, type LatePaymentParams } from './late-payment-params';
import { LatePaymentChart } from './LatePaymentChart';
import { LatePaymentControls } from './LatePaymentControls';
import { LatePaymentSummary } from './LatePaymentSummary';
import { LatePaymentTable } from './LatePaymentTable';
import { LatePaymentTrend } from './LatePaymentTrend';
import { employersProvinceForRow, isSummed, ledgerProvinces, rowOfLedgerProvince } from './ledger-provinces';

type LatePaymentDashboardProps = {
  data: LatePayment;
  /** Another date is loading; the figures on screen are the previous date's. */
  loading: boolean;
  params: LatePaymentParams;
  onChange: (change: Partial<LatePaymentParams>) => void;
};

const t = text.latePayment;

export function LatePaymentDashboard({ data, loading, params, onChange }: LatePaymentDashboardProps) {
  // Bumped on every choice of a province, so the employer list scrolls into view (not on a page load).
  const [arrearsFocus, setArrearsFocus] = useState(0);
  const chooseProvince = (code: string | null) => {
    onChange({ province: code });
    if (code !== null) setArrearsFocus((n) => n + 1);
  };
  const viewer = useViewer();
  // A provincial user sees employer-level data of their own province only: the panel opens on it, offers no other.
  const employersOf = scopedProvince(viewer, 'employers.read');
  const { province, refused } = employersProvince(params.province, employersOf);
  const refusedName = ledgerProvinces(data).find((p) => p.code === refused)?.nameVi ?? refused;
  // The figures on screen are of the answer's set (the previous choice's while another loads). A viewer's own
  // province is one of the 63: on the 34 the same code names another unit, so nothing is marked as theirs.
  const summed = isSummed(data);
  const ownProvince = summed ? null : ownProvinceCode(viewer);
  const unitCount = data.provinces.length;
  // A row of the 34 opens one of its provinces before the merger (the one open already if it is one of them).
  const chooseRow = (row: ProvinceLatePayment) =>
    chooseProvince(employersProvinceForRow(row, data, province, employersOf));

  return (
    <>
      <LatePaymentControls
        data={data}
        unitSet={params.unitSet}
        province={province}
        onAsOf={(asOf) => onChange({ asOf })}
        onUnitSet={(unitSet) => onChange({ unitSet })}
        onProvince={chooseProvince}
        employersOf={employersOf}
      />
      {refusedName !== null ? (
        <p className="notice" data-testid="employers-own-only">
          {t.arrears.ownOnly(refusedName, viewer.province?.nameVi ?? '')}
        </p>
      ) : null}
      <ReloadAnnouncer loading={loading} asOf={data.asOf} />
      {data.synthetic ? <SyntheticBanner message={t.syntheticBanner} /> : null}

      <div className={loading ? 'dashboard dashboard--stale' : 'dashboard'} aria-busy={loading}>
        <p className="dashboard__as-of">
          <span data-testid="late-payment-as-of">{t.asOf(formatDate(data.asOf))}</span>
          <span className="dashboard__ledger">{t.ledger(formatDate(data.ledgerFrom), formatDate(data.ledgerTo))}</span>
          <span data-testid="late-payment-unit-count" data-unit-count={unitCount} data-unit-set={data.unitSet}>
            {textUnitSets.rankedAmong(formatInteger(unitCount))}
          </span>
          {loading ? <LoadingState label={text.common.updating} live={false} /> : null}
        </p>
        <LatePaymentSummary data={data} />
        <ActionLadder national={data.national} />
        <LatePaymentChart data={data} ownProvince={ownProvince} />
        <LatePaymentTable
          data={data}
          selected={rowOfLedgerProvince(data, province)?.province.code ?? null}
          onChoose={chooseRow}
          ownProvince={ownProvince}
          employersOf={employersOf}
        />
        <ArrearsPanel
          data={data}
          province={province}
          bucket={params.bucket}
          onBucket={(bucket) => onChange({ bucket })}
          onProvince={employersOf === null ? (code) => onChange({ province: code }) : null}
          onClose={employersOf === null ? () => chooseProvince(null) : null}
          focusToken={arrearsFocus}
        />
      </div>
      <LatePaymentTrend references={data.references} selectedAsOf={data.asOf} />
    </>
  );
}
