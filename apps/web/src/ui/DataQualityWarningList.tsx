import type { DataQualityWarning } from '../api/fields';
import { formatDate, formatDateTime } from '../i18n/format';
import { text } from '../i18n/vi';
import type { MetricLabels } from '../plan/metric-labels';
import { describeSource, describeWarning } from './data-quality';

type DataQualityWarningListProps = {
  warnings: readonly DataQualityWarning[];
  labels: MetricLabels;
  /** data-testid of each warning. */
  itemTestId: string;
  /** Show the province of each warning (a list spanning provinces). */
  showProvince?: boolean;
};

const t = text.dataQuality;

/** Suspicious figures, stored as sent: what is odd about each, in Vietnamese, with where it came from. */
export function DataQualityWarningList({
  warnings,
  labels,
  itemTestId,
  showProvince = false,
}: DataQualityWarningListProps) {
  return (
    <ul className="warning-list">
      {warnings.map((warning, index) => {
        const view = describeWarning(warning, labels.unit(warning.metric));
        return (
          <li
            key={`${warning.kind}:${warning.metric}:${warning.reportDate}:${index}`}
            className="warning-list__item"
            data-testid={itemTestId}
            data-kind={warning.kind}
            data-metric={warning.metric}
          >
            <p className="warning-list__head">
              <span className="badge badge--warning">{view.label}</span>
              <strong>{labels.label(warning.metric)}</strong>
              <span>{t.reportDate(formatDate(warning.reportDate))}</span>
              {showProvince ? <span>{warning.province.nameVi}</span> : null}
            </p>
            <p className="warning-list__description">{view.description}</p>
            <p className="warning-list__meta" title={`${t.serverMessage}: ${warning.message}`}>
              {t.source(describeSource(warning.source))}
              {warning.detectedAt ? ` · ${t.detectedAt(formatDateTime(warning.detectedAt))}` : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
