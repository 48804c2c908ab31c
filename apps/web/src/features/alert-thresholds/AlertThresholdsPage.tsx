import { useCatalogue } from '../../api/useCatalogue';
import { text } from '../../i18n/vi';
import { textAlertThresholds } from '../../i18n/vi-alert-thresholds';
import { pushSearch, useLocation } from '../../navigation/location-store';
import { PLAN_PARAM } from '../../plan/plan-choice';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { PageMain } from '../../ui/PageMain';
import '../accounts/access.css';
import { FailurePanel } from '../accounts/FailurePanel';
import '../alert-settings/alert-settings.css';
import './alert-thresholds.css';
import { DeliveryLog } from './DeliveryLog';
import { resolveThresholdScope, toThresholdSearch } from './threshold-scope';
import { scopeName } from './threshold-values';
import { ThresholdScopeSelect } from './ThresholdScopeSelect';
import { ThresholdsView } from './ThresholdsView';

const t = textAlertThresholds;

/**
 * "Ngưỡng cảnh báo" (leadership, data officer): the thresholds of "Toàn ngành" or of a plan (?plan=…), a new version
 * of them, their history, and the log of the digests and webhook posts sent.
 */
export function AlertThresholdsPage() {
  const catalogue = useCatalogue();
  const { search } = useLocation();

  let content;
  if (catalogue.error !== undefined) {
    content = <FailurePanel title={t.errors.plans} error={catalogue.error} onRetry={catalogue.reload} />;
  } else if (!catalogue.data) {
    content = <LoadingState />;
  } else {
    const plans = catalogue.data.plans;
    const { scope, invalid } = resolveThresholdScope(search, plans);
    const scopeLabel = scopeName(scope, plans);
    content = (
      <>
        {invalid ? <p className="notice">{text.errors.invalidParams(PLAN_PARAM)}</p> : null}
        <ThresholdScopeSelect
          plans={plans}
          scope={scope}
          onChange={(next) => pushSearch(toThresholdSearch(next, window.location.search))}
        />
        {/* Another scope is another form: nothing typed for one is sent for the other. */}
        <ThresholdsView key={scope ?? ''} scope={scope} scopeLabel={scopeLabel} />
      </>
    );
  }

  return (
    <PageMain className="page access-page alert-thresholds" testId="alert-thresholds-page">
      <PageHeader title={text.nav.pages.alertThresholds}>
        <p className="page-header__intro">{t.intro}</p>
      </PageHeader>
      <div className="page__main">
        {content}
        <DeliveryLog />
      </div>
    </PageMain>
  );
}
