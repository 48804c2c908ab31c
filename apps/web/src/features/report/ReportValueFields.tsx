import { useMemo } from 'react';
import type { Metric, Plan, Province } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import { text } from '../../i18n/vi';
import { dayBeforeInPlan } from '../../plan/plan-dates';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { referenceByMetric, type MetricReference } from './report-reference';
import { ReportValueField, type ReferenceState } from './ReportValueField';
import { useReportReference } from './useReportReference';

type ReportValueFieldsProps = {
  plan: Plan;
  metrics: readonly Metric[];
  province: Province | null;
  reportDate: IsoDate;
  texts: Readonly<Record<string, string>>;
  issues: Readonly<Record<string, string>>;
  onChange: (metric: string, text: string) => void;
  onBlur: (metric: string) => void;
};

/** One box per metric; once a province is chosen, its target and earlier figures beside each box. */
export function ReportValueFields(props: ReportValueFieldsProps) {
  if (!props.province) {
    return (
      <>
        <p className="report__note">{text.report.chooseProvinceFirst}</p>
        <FieldList {...props} reference={() => ({ kind: 'none' })} />
      </>
    );
  }
  return <FieldsWithReference {...props} province={props.province} />;
}

function FieldsWithReference(props: ReportValueFieldsProps & { province: Province }) {
  const { plan, province, reportDate } = props;
  const previousAsOf = dayBeforeInPlan(plan, reportDate);
  const query = useReportReference({
    planId: plan.id,
    province: province.code,
    asOf: reportDate,
    previousAsOf: previousAsOf ?? reportDate,
    hasPrevious: previousAsOf !== undefined,
  });
  const references = useMemo(
    () => (query.data ? referenceByMetric(query.data, reportDate) : undefined),
    [query.data, reportDate],
  );

  const reference = (metric: string): ReferenceState => {
    if (query.error !== undefined) return { kind: 'none' };
    if (!references) return { kind: 'loading' };
    const found: MetricReference | undefined = references.get(metric);
    return found ? { kind: 'loaded', reference: found } : { kind: 'none' };
  };

  return (
    <>
      {query.error !== undefined ? (
        <ErrorPanel title={text.report.errors.scorecard} error={query.error} onRetry={query.reload} />
      ) : null}
      <FieldList {...props} reference={reference} />
    </>
  );
}

function FieldList({
  metrics,
  texts,
  issues,
  onChange,
  onBlur,
  reference,
}: ReportValueFieldsProps & { reference: (metric: string) => ReferenceState }) {
  return (
    <div className="report-values">
      {metrics.map((metric) => (
        <ReportValueField
          key={metric.key}
          metric={metric}
          text={texts[metric.key] ?? ''}
          issue={issues[metric.key]}
          reference={reference(metric.key)}
          onChange={(text) => onChange(metric.key, text)}
          onBlur={() => onBlur(metric.key)}
        />
      ))}
    </div>
  );
}
