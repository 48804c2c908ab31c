import type { ReactNode } from 'react';
import { text } from '../../i18n/vi';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { latePaymentErrorMessage } from './late-payment-errors';
import { LatePaymentDashboard } from './LatePaymentDashboard';
import { useLatePayment } from './useLatePayment';
import { useLatePaymentParams } from './useLatePaymentParams';
import { PageMain } from '../../ui/PageMain';

const t = text.latePayment;

/**
 * "Chậm đóng": the late-payment ratio of the 63 provinces (or of the 34 units, each summing its predecessors) at a
 * month end, the arrears by age and what to do.
 */
export function LatePaymentPage() {
  const { params, invalid, update } = useLatePaymentParams();
  const latePayment = useLatePayment({ asOf: params.asOf, unitSet: params.unitSet });
  const data = latePayment.data?.latePayment;

  let content: ReactNode;
  if (latePayment.error !== undefined) {
    content = (
      <>
        <ErrorPanel
          title={t.errors.title}
          error={latePayment.error}
          onRetry={latePayment.reload}
          message={latePaymentErrorMessage(latePayment.error, params.asOf)}
        />
        {params.asOf !== null ? (
          <p>
            <button type="button" className="link-button" onClick={() => update({ asOf: null })}>
              {t.errors.latest}
            </button>
          </p>
        ) : null}
      </>
    );
  } else if (!data) {
    content = <LoadingState />;
  } else {
    content = <LatePaymentDashboard data={data} loading={latePayment.loading} params={params} onChange={update} />;
  }

  return (
    <PageMain className="page" testId="late-payment-page">
      <PageHeader title={t.pageTitle}>
        <p className="page-header__intro">{t.intro}</p>
      </PageHeader>
      <div className="page__main">
        {invalid.length > 0 ? <p className="notice">{text.errors.invalidParams(invalid.join(', '))}</p> : null}
        {content}
      </div>
    </PageMain>
  );
}
