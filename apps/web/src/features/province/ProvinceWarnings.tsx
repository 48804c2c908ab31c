import { useMemo } from 'react';
import type { Metric, Province } from '../../api/fields';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { metricLabels } from '../../plan/metric-labels';
import { DataQualityWarningList } from '../../ui/DataQualityWarningList';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { useDataQualityWarnings } from './useProvinceData';

type ProvinceWarningsProps = { planId: string; metrics: readonly Metric[]; province: Province };

const t = text.province.warnings;

/** Figures of the province that were stored as sent but look wrong: lower than before, far above the quota. */
export function ProvinceWarnings({ planId, metrics, province }: ProvinceWarningsProps) {
  const warnings = useDataQualityWarnings({ planId, province: province.code });
  const labels = useMemo(() => metricLabels(metrics), [metrics]);
  const list = warnings.data?.dataQualityWarnings;

  return (
    <section className="panel" aria-labelledby="province-warnings-title" data-testid="province-warnings">
      <h2 id="province-warnings-title" className="panel__title">
        {t.title}
        {list ? <span className="panel__subtitle"> ({formatInteger(list.length)})</span> : null}
      </h2>
      {warnings.error !== undefined ? (
        <ErrorPanel title={text.province.errors.warnings} error={warnings.error} onRetry={warnings.reload} />
      ) : !list ? (
        <LoadingState />
      ) : list.length === 0 ? (
        <p className="panel__note">{t.empty}</p>
      ) : (
        <>
          <p className="panel__note">{t.intro}</p>
          <DataQualityWarningList warnings={list} labels={labels} itemTestId="province-warning" />
        </>
      )}
    </section>
  );
}
