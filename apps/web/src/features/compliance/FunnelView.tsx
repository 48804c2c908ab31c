import { useMemo, type ReactNode } from 'react';
import type { IsoDate } from '../../api/scalars';
import { EChart } from '../../charts/EChart';
import { formatDate, formatInteger } from '../../i18n/format';
import { textCompliance } from '../../i18n/vi-compliance';
import { AppLink } from '../../navigation/AppLink';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { ReloadAnnouncer } from '../../ui/ReloadAnnouncer';
import { SummaryCard } from '../../ui/SummaryCard';
import { SyntheticBanner } from '../../ui/SyntheticBanner';
import { formatAmountWithUnit, formatVnd } from '../late-payment/amounts';
import type { ComplianceFunnel } from './compliance.queries';
import { FunnelTable } from './FunnelTable';
import { funnelChartHeight, toFunnelBarOption } from './to-funnel-bar-option';
import { useComplianceFunnel } from './useComplianceData';
import { useNarrowScreen } from './useNarrowScreen';

type FunnelViewProps = {
  asOf: IsoDate;
  province: string | null;
  /** The province's name, or "Toàn quốc". */
  place: string;
  overdueHref: string;
  inspectHref: string;
};

const t = textCompliance.funnel;

/** The funnel of a province or the nation: summary tiles, the bar chart and the same figures as a table. */
export function FunnelView({ asOf, province, place, overdueHref, inspectHref }: FunnelViewProps) {
  const funnel = useComplianceFunnel(asOf, province);
  const data = funnel.data?.complianceFunnel;
  if (funnel.error !== undefined)
    return <ErrorPanel title={t.errorTitle} error={funnel.error} onRetry={funnel.reload} />;
  if (!data) return <LoadingState />;
  return (
    <>
      <ReloadAnnouncer loading={funnel.loading} asOf={data.asOf} />
      {data.synthetic ? <SyntheticBanner message={textCompliance.syntheticBanner} /> : null}
      <div
        className={funnel.loading ? 'dashboard dashboard--stale' : 'dashboard'}
        aria-busy={funnel.loading}
        data-testid="compliance-funnel"
        data-as-of={data.asOf}
        data-province-code={data.province?.code ?? ''}
      >
        <h2 className="section-title compliance-heading" data-testid="funnel-heading">
          {t.heading(data.province?.nameVi ?? place, formatDate(data.asOf))}
        </h2>
        <FunnelSummary data={data} overdueHref={overdueHref} inspectHref={inspectHref} />
        <FunnelChart data={data} place={data.province?.nameVi ?? place} />
        <FunnelTable data={data} />
      </div>
    </>
  );
}

function FunnelSummary({
  data,
  overdueHref,
  inspectHref,
}: {
  data: ComplianceFunnel;
  overdueHref: string;
  inspectHref: string;
}) {
  const from = formatDate(data.window.from);
  const inspect: ReactNode =
    data.shouldBeInspected === null ? (
      t.toInspectNoLedger
    ) : (
      <AppLink href={inspectHref} testId="funnel-inspect-link">
        {t.toInspectDetail}
      </AppLink>
    );
  return (
    <section className="summary" aria-label={t.summaryLabel} data-testid="funnel-summary">
      <SummaryCard label={t.cases} value={formatInteger(data.cases)} testId="funnel-cases">
        {t.casesDetail(formatInteger(data.window.casesOpened), from)}
      </SummaryCard>
      <SummaryCard
        label={t.overdue}
        value={formatInteger(data.overdue)}
        tone={data.overdue > 0 ? 'warning' : undefined}
        testId="funnel-overdue"
      >
        <AppLink href={overdueHref} testId="funnel-overdue-link">
          {t.overdueDetail}
        </AppLink>
      </SummaryCard>
      <SummaryCard label={t.registered} value={formatInteger(data.registered)} testId="funnel-registered">
        {t.registeredDetail(formatInteger(data.partlyRegistered), formatInteger(data.closed))}
      </SummaryCard>
      <SummaryCard label={t.workers} value={formatInteger(data.workersRegistered)} testId="funnel-workers">
        {t.workersDetail}
      </SummaryCard>
      <SummaryCard
        label={t.recovered}
        value={formatAmountWithUnit(data.window.contributionRecovered)}
        valueTitle={formatVnd(data.window.contributionRecovered)}
        testId="funnel-recovered"
      >
        {t.recoveredDetail(from, formatDate(data.window.to))}
      </SummaryCard>
      <SummaryCard
        label={t.toInspect}
        value={formatInteger(data.shouldBeInspected)}
        tone={(data.shouldBeInspected ?? 0) > 0 ? 'warning' : undefined}
        testId="funnel-to-inspect"
      >
        {inspect}
      </SummaryCard>
    </section>
  );
}

function FunnelChart({ data, place }: { data: ComplianceFunnel; place: string }) {
  const narrow = useNarrowScreen();
  const option = useMemo(() => toFunnelBarOption(data.steps, narrow), [data.steps, narrow]);
  return (
    <section className="panel" aria-labelledby="funnel-chart-title">
      <h3 id="funnel-chart-title" className="panel__title">
        {t.chartTitle}
      </h3>
      <EChart
        option={option}
        height={funnelChartHeight(data.steps.length, narrow)}
        ariaLabel={t.chartAria(place, formatDate(data.asOf))}
        testId="funnel-chart"
      />
    </section>
  );
}
