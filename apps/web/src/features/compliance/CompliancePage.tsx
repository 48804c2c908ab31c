import { useMemo, type ReactNode } from 'react';
import { useCatalogue } from '../../api/useCatalogue';
import { text } from '../../i18n/vi';
import { textCompliance } from '../../i18n/vi-compliance';
import { can, scopedProvince } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PageHeader } from '../../ui/PageHeader';
import { PageMain } from '../../ui/PageMain';
import { employersProvince } from '../late-payment/late-payment-params';
import { CaseList } from './CaseList';
import { ComplianceControls } from './ComplianceControls';
import { ComplianceTabs } from './ComplianceTabs';
import { mayImportCompliance } from './compliance-access';
import { defaultAsOf, todayInVietnam } from './compliance-dates';
import { COMPLIANCE_TABS, type ComplianceTab } from './compliance-params';
import { FunnelView } from './FunnelView';
import { InspectList } from './InspectList';
import { Report08View } from './Report08View';
import { ComplianceImport } from './import/ComplianceImport';
import { ReportOfferPanel } from './ReportOfferPanel';
import { useComplianceDataRange } from './useComplianceData';
import { useComplianceParams } from './useComplianceParams';
import { WorkQueue } from './WorkQueue';
import './compliance.css';

const t = textCompliance;

/**
 * "Tuân thủ": the employer compliance workflow of a province or the nation at a date: the funnel, the cases, the
 * week's work, the employers to inspect, report 08-KT and the figures it offers for the plan's report, and, for
 * whoever records steps, the import of lists and of steps and outcomes in bulk.
 */
export function CompliancePage() {
  const { params, invalid, update, hrefWith } = useComplianceParams();
  const viewer = useViewer();
  // A provincial user sees their own province's cases only: the page opens on it and offers no other.
  const ownOnly = scopedProvince(viewer, 'employers.read');
  const { province, refused } = employersProvince(params.province, ownOnly);
  const today = useMemo(() => todayInVietnam(), []);
  // Without a date in the URL, the page opens on the last day recorded on a case (and the URL stays without it).
  const dataRange = useComplianceDataRange();
  const lastRecorded = dataRange.data?.complianceDataRange.to;
  const asOf = params.asOf ?? (lastRecorded === undefined ? null : defaultAsOf(lastRecorded, today));
  const catalogue = useCatalogue();
  const provinces = catalogue.data?.provinces ?? [];
  const provinceName = (code: string) => provinces.find((p) => p.code === code)?.nameVi ?? code;
  const mayReport = can(viewer, 'report.submit');
  const mayImport = mayImportCompliance(viewer, province);
  const tabs = COMPLIANCE_TABS.filter((tab) => (tab !== 'offer' || mayReport) && (tab !== 'import' || mayImport));
  const place = province === null ? t.place.nation : provinceName(province);

  let content: ReactNode;
  if (asOf === null) {
    content =
      dataRange.error !== undefined ? (
        <ErrorPanel title={t.dataRangeError} error={dataRange.error} onRetry={dataRange.reload} />
      ) : (
        <LoadingState />
      );
  } else {
    switch (params.tab) {
      case 'funnel':
        content = (
          <FunnelView
            asOf={asOf}
            province={province}
            place={place}
            overdueHref={hrefWith({ tab: 'cases', overdueOnly: true, state: 'open' })}
            inspectHref={hrefWith({ tab: 'inspect' })}
          />
        );
        break;
      case 'cases':
        content = <CaseList asOf={asOf} province={province} params={params} onChange={update} />;
        break;
      case 'queue':
        content = <WorkQueue asOf={asOf} province={province} />;
        break;
      case 'inspect':
        content = <InspectList asOf={asOf} province={province} place={place} />;
        break;
      case 'report':
        content = (
          <Report08View
            asOf={asOf}
            province={province}
            reportDate={params.reportDate}
            onReportDate={(reportDate) => update({ reportDate })}
          />
        );
        break;
      case 'offer':
        content = mayReport ? (
          <ReportOfferPanel
            asOf={asOf}
            province={province}
            catalogue={catalogue}
            planId={params.plan}
            reportDate={params.offerDate}
            onChange={(plan, offerDate) => update({ plan, offerDate })}
          />
        ) : (
          <p className="notice">{t.offer.notAllowed}</p>
        );
        break;
      case 'import':
        content = mayImport ? <ComplianceImport today={today} /> : <p className="notice">{t.import.notAllowed}</p>;
        break;
    }
  }

  return (
    <PageMain className="page compliance-page" testId="compliance-page">
      <PageHeader title={t.pageTitle}>
        <p className="page-header__intro">{t.intro}</p>
      </PageHeader>
      <div className="page__main">
        {invalid.length > 0 ? <p className="notice">{text.errors.invalidParams(invalid.join(', '))}</p> : null}
        {asOf !== null ? (
          <ComplianceControls
            asOf={asOf}
            today={today}
            province={province}
            provinces={provinces}
            ownOnly={ownOnly}
            onAsOf={(date) => update({ asOf: date })}
            onProvince={(code) => update({ province: code })}
          />
        ) : null}
        {catalogue.error !== undefined ? (
          <ErrorPanel title={t.controls.catalogueError} error={catalogue.error} onRetry={catalogue.reload} />
        ) : null}
        {refused !== null ? (
          <p className="notice" data-testid="compliance-own-only">
            {t.controls.ownOnly(provinceName(refused), viewer.province?.nameVi ?? '')}
          </p>
        ) : null}
        <ComplianceTabs tabs={tabs} current={params.tab} hrefOf={(tab: ComplianceTab) => hrefWith({ tab })} />
        <div className="compliance-section" data-testid={`compliance-section-${params.tab}`}>
          {content}
        </div>
      </div>
    </PageMain>
  );
}
