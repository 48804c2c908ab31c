import { useState } from 'react';
import type { Metric, Plan, Province } from '../../api/fields';
import type { Catalogue } from '../../api/catalogue.queries';
import type { IsoDate } from '../../api/scalars';
import type { QueryState } from '../../api/useOperationQuery';
import { formatDate, formatInteger } from '../../i18n/format';
import { metricName } from '../../i18n/server-text';
import { textCompliance } from '../../i18n/vi-compliance';
import { mayActOn } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { SyntheticBanner } from '../../ui/SyntheticBanner';
import { useFocusOnMount } from '../../ui/useFocusOnMount';
import { MetricValuesTable } from '../report/MetricValuesTable';
import { ReportDateSelect } from '../report/ReportDateSelect';
import type { SentReport } from '../report/ReportForm';
import { ReportOutcome } from '../report/ReportOutcome';
import { useSubmitReport } from '../report/useSubmitReport';
import { planReportDateFor } from './compliance-dates';
import type { ComplianceReportOffer } from './compliance.queries';
import { useReportOffer } from './useComplianceData';

type ReportOfferPanelProps = {
  asOf: IsoDate;
  province: string | null;
  catalogue: QueryState<Catalogue>;
  /** From the URL; null: the first plan. */
  planId: string | null;
  /** From the URL; null: the plan's latest report date on or before asOf. */
  reportDate: IsoDate | null;
  onChange: (planId: string | null, reportDate: IsoDate | null) => void;
};

const t = textCompliance.offer;

/**
 * "Đề xuất số liệu báo cáo kế hoạch": what the workflow counted for three of the plan's metrics at one of its
 * report dates, sent after a confirmation with the report form's own mutation (submitReport), so it waits for
 * approval like any report.
 */
export function ReportOfferPanel({ asOf, province, catalogue, planId, reportDate, onChange }: ReportOfferPanelProps) {
  const viewer = useViewer();
  const data = catalogue.data;
  let body;
  if (province === null) {
    body = (
      <p className="notice" data-testid="offer-choose-province">
        {t.chooseProvince}
      </p>
    );
  } else if (!mayActOn(viewer, 'report.submit', province)) {
    body = <p className="notice">{t.notAllowed}</p>;
  } else if (catalogue.error !== undefined) {
    body = <ErrorPanel title={t.catalogueError} error={catalogue.error} onRetry={catalogue.reload} />;
  } else if (!data) {
    body = <LoadingState />;
  } else {
    const plan = data.plans.find((p) => p.id === planId) ?? data.plans[0];
    const chosenProvince = data.provinces.find((p) => p.code === province);
    if (!plan) body = <p className="notice">{t.noPlan}</p>;
    else {
      const date =
        reportDate !== null && plan.reportDates.includes(reportDate)
          ? reportDate
          : planReportDateFor(plan.reportDates, asOf);
      body = (
        <>
          <OfferChoices plans={data.plans} plan={plan} reportDate={date} onChange={onChange} />
          {date !== null && chosenProvince ? (
            <Offer
              key={`${plan.id}|${province}|${date}`}
              plan={plan}
              province={chosenProvince}
              reportDate={date}
              metrics={data.metrics}
            />
          ) : null}
        </>
      );
    }
  }
  return (
    <section className="panel" aria-labelledby="offer-title" data-testid="offer-panel">
      <h2 id="offer-title" className="panel__title">
        {t.title}
      </h2>
      <p className="panel__note">{t.intro}</p>
      {body}
    </section>
  );
}

function OfferChoices({
  plans,
  plan,
  reportDate,
  onChange,
}: {
  plans: readonly Plan[];
  plan: Plan;
  reportDate: IsoDate | null;
  onChange: (planId: string | null, reportDate: IsoDate | null) => void;
}) {
  return (
    <div className="offer__choices">
      <label className="field">
        <span className="field__label">{t.plan}</span>
        <select data-testid="offer-plan" value={plan.id} onChange={(event) => onChange(event.target.value, null)}>
          {plans.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </label>
      <ReportDateSelect
        label={t.reportDate}
        dates={plan.reportDates}
        value={reportDate}
        onChange={(date) => onChange(plan.id, date)}
        testId="offer-date"
      />
    </div>
  );
}

type OfferProps = { plan: Plan; province: Province; reportDate: IsoDate; metrics: readonly Metric[] };

function Offer({ plan, province, reportDate, metrics }: OfferProps) {
  const offer = useReportOffer(plan.id, province.code, reportDate);
  const data = offer.data?.complianceReportOffer;
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState<SentReport | null>(null);
  const { state, submit } = useSubmitReport();

  if (offer.error !== undefined) return <ErrorPanel title={t.errorTitle} error={offer.error} onRetry={offer.reload} />;
  if (!data) return <LoadingState />;

  const send = (figures: ComplianceReportOffer) => {
    const report: SentReport = {
      province,
      reportDate,
      values: figures.values.map((v) => ({ metric: v.metric, value: v.value })),
    };
    setConfirming(false);
    setSent(report);
    void submit({ planId: plan.id, province: province.code, reportDate, values: report.values });
  };
  const name = (key: string) => {
    const metric = metrics.find((m) => m.key === key);
    return metric ? metricName(metric) : key;
  };

  return (
    <div className="offer" data-testid="offer">
      {data.synthetic ? <SyntheticBanner message={textCompliance.syntheticBanner} /> : null}
      <p className="panel__note">{t.counted(formatDate(data.from), formatDate(data.reportDate))}</p>
      <MetricValuesTable
        values={data.values}
        metricHeader={t.metric}
        valueHeader={t.value}
        label={name}
        format={formatInteger}
        className="offer__table"
        rowTestId="offer-value"
        testId="offer-table"
      />
      {confirming ? (
        <OfferConfirmation
          text={t.confirmText(province.nameVi, formatDate(reportDate))}
          onConfirm={() => send(data)}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <p className="offer__actions">
          <button
            type="button"
            className="button"
            data-testid="offer-send"
            disabled={state.status === 'running'}
            onClick={() => setConfirming(true)}
          >
            {t.send}
          </button>
        </p>
      )}
      <ReportOutcome state={state} sent={sent} metrics={metrics} />
    </div>
  );
}

function OfferConfirmation({
  text,
  onConfirm,
  onCancel,
}: {
  text: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  // The question takes the focus, so a keyboard or screen-reader user hears it at once.
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="offer__confirm"
      role="group"
      aria-labelledby="offer-confirm-title"
      aria-describedby="offer-confirm-text"
      data-testid="offer-confirm"
    >
      <h3 id="offer-confirm-title" className="offer__confirm-title">
        {t.confirmTitle}
      </h3>
      <p id="offer-confirm-text">{text}</p>
      <p className="offer__actions">
        <button type="button" className="button" data-testid="offer-confirm-send" onClick={onConfirm}>
          {t.confirm}
        </button>
        <button type="button" className="button button--secondary" data-testid="offer-cancel" onClick={onCancel}>
          {t.cancel}
        </button>
      </p>
    </div>
  );
}
