import { useEffect, useRef, useState } from 'react';
import { useOperationQuery } from '../../api/useOperationQuery';
import { textAlertThresholds } from '../../i18n/vi-alert-thresholds';
import { LoadingState } from '../../ui/LoadingState';
import { Announcement } from '../accounts/Announcement';
import { FailurePanel } from '../accounts/FailurePanel';
import { ALERT_THRESHOLDS_QUERY } from './alert-thresholds.queries';
import type { ThresholdScope } from './threshold-scope';
import { ThresholdForm } from './ThresholdForm';
import { ThresholdHistory } from './ThresholdHistory';
import { ThresholdsInForce } from './ThresholdsInForce';

type ThresholdsViewProps = { scope: ThresholdScope; scopeLabel: string };

const t = textAlertThresholds;

/** One scope's thresholds in force, the form of its next version, and its history. */
export function ThresholdsView({ scope, scopeLabel }: ThresholdsViewProps) {
  const thresholds = useOperationQuery(ALERT_THRESHOLDS_QUERY, { planId: scope });
  const [saved, setSaved] = useState('');
  const status = useRef<HTMLParagraphElement>(null);

  // The outcome is where the keyboard goes after saving, so it is read out and the form starts afresh below it.
  useEffect(() => {
    if (saved) status.current?.focus();
  }, [saved]);

  let content;
  if (thresholds.error !== undefined) {
    content = <FailurePanel title={t.errors.thresholds} error={thresholds.error} onRetry={thresholds.reload} />;
  } else if (!thresholds.data) {
    content = <LoadingState />;
  } else {
    const inForce = thresholds.data.alertThresholds;
    content = (
      <>
        <ThresholdsInForce inForce={inForce} scope={scope} scopeLabel={scopeLabel} />
        {/* A new version in force gives a fresh form, filled from it; the save marked the thresholds stale. */}
        <ThresholdForm
          key={inForce.version}
          scope={scope}
          inForce={inForce}
          onSaving={() => setSaved('')}
          onSaved={(version) => setSaved(t.form.saved(version, scopeLabel))}
        />
        <ThresholdHistory history={thresholds.data.alertThresholdHistory} scope={scope} scopeLabel={scopeLabel} />
      </>
    );
  }

  return (
    <>
      <Announcement message={saved} testId="threshold-status" ref={status} />
      {content}
    </>
  );
}
