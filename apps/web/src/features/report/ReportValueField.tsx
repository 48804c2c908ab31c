import { metricName, metricUnit } from '../../i18n/server-text';
import { useId } from 'react';
import type { Metric } from '../../api/fields';
import { formatDate, formatQuantity } from '../../i18n/format';
import { text as messages } from '../../i18n/vi';
import type { MetricReference } from './report-reference';

export type ReferenceState = { kind: 'none' } | { kind: 'loading' } | { kind: 'loaded'; reference: MetricReference };

type ReportValueFieldProps = {
  metric: Metric;
  text: string;
  issue: string | undefined;
  reference: ReferenceState;
  onChange: (text: string) => void;
  onBlur: () => void;
};

const t = messages.report;

/** A metric's box: its label and unit, the number typed, and for reference the target and earlier figures. */
export function ReportValueField({ metric, text, issue, reference, onChange, onBlur }: ReportValueFieldProps) {
  const id = useId();
  return (
    <div className={`report-value${issue ? ' report-value--invalid' : ''}`}>
      <label className="report-value__label" htmlFor={id}>
        {metricName(metric)}
        <span className="report-value__unit">{messages.common.unit(metricUnit(metric))}</span>
      </label>
      <div className="report-value__input">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="text-input text-input--number"
          data-testid="report-value"
          data-metric={metric.key}
          aria-invalid={issue ? true : undefined}
          aria-describedby={`${id}-reference${issue ? ` ${id}-issue` : ''}`}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
        />
        {issue ? (
          <p id={`${id}-issue`} className="report-value__issue" role="alert">
            {issue}
          </p>
        ) : null}
      </div>
      <div id={`${id}-reference`} className="report-value__reference">
        <Reference state={reference} unitVi={metricUnit(metric)} />
      </div>
    </div>
  );
}

function Reference({ state, unitVi }: { state: ReferenceState; unitVi: string }) {
  if (state.kind === 'none') return null;
  if (state.kind === 'loading') return <span className="report-value__muted">{t.loadingReference}</span>;
  const { target, previous, sentForThisDate } = state.reference;
  const amount = (value: number) => messages.common.withUnit(formatQuantity(value), unitVi);
  return (
    <>
      <span>{target === null ? t.noTarget : t.target(amount(target))}</span>
      <span>{previous ? t.previous(formatDate(previous.reportDate), amount(previous.value)) : t.noPrevious}</span>
      {sentForThisDate !== null ? (
        <span className="report-value__sent">{t.current(amount(sentForThisDate))}</span>
      ) : null}
    </>
  );
}
