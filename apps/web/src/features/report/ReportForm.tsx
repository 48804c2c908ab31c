import { useState, type FormEvent } from 'react';
import type { Metric, Plan, Province } from '../../api/fields';
import type { ReportValueInput } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { formatDate, formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { scopedProvince } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { ReportDateSelect } from './ReportDateSelect';
import { ReportOutcome } from './ReportOutcome';
import { ReportValueFields } from './ReportValueFields';
import { buildReportValues, formatForInput } from './report-values';
import { useReportParams } from './useReportParams';
import { useSubmitReport } from './useSubmitReport';

type ReportFormProps = { plan: Plan; metrics: readonly Metric[]; provinces: readonly Province[] };

/** What was sent, kept to show beside the server's answer. */
export type SentReport = { province: Province; reportDate: IsoDate; values: ReportValueInput[] };

const t = text.report;

export function ReportForm({ plan, metrics, provinces }: ReportFormProps) {
  const { params, invalid, update } = useReportParams(plan, provinces);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [formIssues, setFormIssues] = useState<string[]>([]);
  const [sent, setSent] = useState<SentReport | null>(null);
  // A new key after each stored report reloads the figures shown beside the boxes.
  const [stored, setStored] = useState(0);
  const { state, submit, reset } = useSubmitReport();

  // A provincial officer or director reports for their own province only: it is preset and cannot be changed.
  const ownOnly = scopedProvince(useViewer(), 'report.submit');
  const province = provinces.find((p) => p.code === (ownOnly ?? params.province)) ?? null;
  const refused =
    ownOnly !== null && params.province !== null && params.province !== ownOnly
      ? (provinces.find((p) => p.code === params.province)?.nameVi ?? params.province)
      : null;
  const reportDate = params.reportDate;
  const built = buildReportValues(
    metrics.map((m) => m.key),
    texts,
  );
  const running = state.status === 'running';

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    const unreadable = Object.keys(built.issues).length;
    const issues = [
      ...(province ? [] : [t.issues.noProvince]),
      ...(unreadable > 0 ? [t.issues.fixFields(formatInteger(unreadable))] : []),
      ...(built.values.length === 0 && unreadable === 0 ? [t.issues.noValues] : []),
    ];
    setFormIssues(issues);
    if (!province || !reportDate || issues.length > 0) {
      reset();
      return;
    }
    const report: SentReport = { province, reportDate, values: built.values };
    setSent(report);
    void submit({
      planId: plan.id,
      province: province.code,
      reportDate,
      values: report.values,
    }).then((data) => {
      // A refused report keeps what was typed, to be corrected.
      if (data?.submitReport.__typename !== 'ActualImportResult') return;
      setTexts({});
      setTouched(new Set());
      setAttempted(false);
      setStored((n) => n + 1);
    });
  };

  return (
    <section className="panel report" aria-label={t.pageTitle}>
      <form className="report__form" data-testid="report-form" onSubmit={onSubmit} aria-busy={running} noValidate>
        {invalid.length > 0 ? <p className="notice">{text.errors.invalidParams(invalid.join(', '))}</p> : null}
        {refused !== null && province ? (
          <p className="notice" data-testid="report-other-province">
            {t.otherProvince(refused, province.nameVi)}
          </p>
        ) : null}
        <div className="report__choices">
          {ownOnly !== null ? (
            <div className="field">
              <span className="field__label">{t.province}</span>
              <span className="field__fixed" data-testid="report-province-fixed" data-province-code={ownOnly}>
                {province ? `${province.code} · ${province.nameVi}` : ownOnly}
              </span>
            </div>
          ) : (
            <label className="field">
              <span className="field__label">{t.province}</span>
              <select
                data-testid="report-province"
                value={province?.code ?? ''}
                onChange={(event) => update({ province: event.target.value || null })}
              >
                <option value="">{t.chooseProvince}</option>
                {provinces.map((p) => (
                  <option key={p.code} value={p.code}>
                    {p.code} · {p.nameVi}
                  </option>
                ))}
              </select>
            </label>
          )}
          <ReportDateSelect
            label={t.reportDate}
            dates={plan.reportDates}
            value={reportDate}
            onChange={(date) => update({ reportDate: date })}
            testId="report-date"
          />
        </div>

        {reportDate ? (
          <fieldset className="report__values">
            <legend className="report__legend">{t.valuesTitle(formatDate(reportDate))}</legend>
            <ReportValueFields
              key={`${province?.code ?? ''}:${reportDate}:${stored}`}
              plan={plan}
              metrics={metrics}
              province={province}
              reportDate={reportDate}
              texts={texts}
              issues={Object.fromEntries(
                Object.entries(built.issues).filter(([metric]) => attempted || touched.has(metric)),
              )}
              onChange={(metric, text) => setTexts((current) => ({ ...current, [metric]: text }))}
              onBlur={(metric) => {
                setTouched((current) => new Set(current).add(metric));
                setTexts((current) => ({ ...current, [metric]: formatForInput(current[metric] ?? '') }));
              }}
            />
          </fieldset>
        ) : null}

        <div className="report__actions">
          <button type="submit" className="button" data-testid="report-submit" disabled={running}>
            {t.submit}
          </button>
        </div>
        {formIssues.length > 0 ? (
          <ul className="import__issues" role="alert">
            {formIssues.map((issue) => (
              <li key={issue}>{issue}</li>
            ))}
          </ul>
        ) : null}
      </form>
      <ReportOutcome state={state} sent={sent} metrics={metrics} />
    </section>
  );
}
