import { useMemo } from 'react';
import type { Metric } from '../../api/fields';
import type { ActualImportResult } from './report.queries';
import { formatDate, formatInteger, formatQuantity } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { AppLink } from '../../navigation/AppLink';
import { provinceHref } from '../../navigation/links';
import { rankingHrefAt } from '../../navigation/location-store';
import { metricLabels } from '../../plan/metric-labels';
import { DataQualityWarningList } from '../../ui/DataQualityWarningList';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { MetricValuesTable } from './MetricValuesTable';
import type { SentReport } from './ReportForm';
import { approvalOutcome, reportHeadline } from './report-result';

type ReportResultViewProps = { result: ActualImportResult; sent: SentReport; metrics: readonly Metric[] };

const t = text.report.result;

export function ReportResultView({ result, sent, metrics }: ReportResultViewProps) {
  const labels = useMemo(() => metricLabels(metrics), [metrics]);
  const headline = reportHeadline(result);
  const approval = approvalOutcome(result);
  const date = formatDate(sent.reportDate);
  // The outcome of the report just sent: keyboard and screen-reader users land on it.
  const ref = useFocusOnMount<HTMLElement>();

  return (
    <section
      ref={ref}
      tabIndex={-1}
      className={`import-result import-result--${headline.tone}`}
      data-testid="report-result"
      role="status"
    >
      <h3 className="import-result__title">{headline.title}</h3>
      <p className="import-result__plan">
        {t.what(sent.province.nameVi, date)}
        {headline.detail ? ` · ${headline.detail}` : null}
      </p>
      {approval ? (
        <p
          className={`approval-state approval-state--${approval.tone}`}
          data-testid="report-state"
          data-state={result.state}
          data-approval-required={result.approvalRequired}
        >
          <strong className="approval-state__title">{approval.title}</strong>
          <span className="approval-state__detail">{approval.detail}</span>
        </p>
      ) : null}
      <MetricValuesTable
        values={sent.values}
        metricHeader={t.metric}
        valueHeader={t.value}
        label={labels.label}
        format={(value, metric) => `${formatQuantity(value)} ${labels.unit(metric) ?? ''}`}
        className="report-sent"
        rowTestId="report-sent-value"
      />
      {result.warnings.length > 0 ? (
        <div className="report-warnings" role="alert">
          <h4 className="report-warnings__title">{t.warningsTitle(formatInteger(result.warnings.length))}</h4>
          <p className="panel__note">{t.warningsIntro}</p>
          <DataQualityWarningList warnings={result.warnings} labels={labels} itemTestId="report-warning" />
        </div>
      ) : null}
      <p className="import-result__links">
        <AppLink href={rankingHrefAt(sent.reportDate)} testId="report-ranking-link">
          {t.viewRanking(date)}
        </AppLink>
        <AppLink href={provinceHref(sent.province.code, sent.reportDate)} testId="report-province-link">
          {t.viewProvince(sent.province.nameVi)}
        </AppLink>
      </p>
    </section>
  );
}
