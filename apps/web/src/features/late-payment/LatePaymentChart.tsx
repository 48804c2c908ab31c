import { useMemo, useState } from 'react';
import type { LatePayment } from './late-payment.queries';
import { EChart } from '../../charts/EChart';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { ChartViewSwitch } from '../../ui/ChartViewSwitch';
import {
  latePaymentChartHeight,
  rankedProvinces,
  toLatePaymentBarOption,
  unrankedProvinces,
  type LatePaymentChartView,
} from './to-late-payment-bar-option';

const t = text.latePayment.chart;

type LatePaymentChartProps = {
  data: LatePayment;
  /** The viewer's own province among the rows (null: none, or the rows are of another unit set). */
  ownProvince: string | null;
};

/** The ranked provinces (the 63, or the 34) as bars; the table under it carries every figure as text. */
export function LatePaymentChart({ data, ownProvince }: LatePaymentChartProps) {
  const ranked = useMemo(() => rankedProvinces(data.provinces), [data.provinces]);
  const unranked = useMemo(() => unrankedProvinces(data.provinces), [data.provinces]);
  const unitCount = data.provinces.length;
  const [view, setView] = useState<LatePaymentChartView>('bands');
  const option = useMemo(
    () =>
      toLatePaymentBarOption({
        provinces: data.provinces,
        buckets: data.national.buckets,
        nationalRatio: data.national.ratio,
        previousAsOf: data.previousAsOf,
        unitCount,
        ownProvince,
        references: data.references,
        view,
      }),
    [data, unitCount, ownProvince, view],
  );

  return (
    <section className="panel" aria-labelledby="late-payment-chart-title">
      <h2 id="late-payment-chart-title" className="panel__title">
        {t.title} <span className="panel__subtitle">({t.subtitle(formatInteger(ranked.length))})</span>
      </h2>
      <ChartViewSwitch
        legend={t.viewLabel}
        choices={[
          { value: 'bands', label: t.viewBands },
          { value: 'buckets', label: t.viewBuckets },
        ]}
        value={view}
        onChange={setView}
      />
      {ranked.length > 0 ? (
        <EChart
          option={option}
          height={latePaymentChartHeight(ranked.length)}
          ariaLabel={`${t.ariaLabel}. ${textUnitSets.rankedAmong(formatInteger(unitCount))}`}
          testId="late-payment-chart"
        />
      ) : (
        <p className="panel__empty" data-testid="late-payment-chart">
          {t.empty}
        </p>
      )}
      {unranked.length > 0 ? (
        <p className="excluded-list" data-testid="late-payment-unranked">
          <strong>
            {t.unranked} ({formatInteger(unranked.length)}):
          </strong>{' '}
          {unranked.map((row, i) => (
            <span key={row.province.code}>
              {i > 0 ? ', ' : null}
              {row.province.code === ownProvince ? (
                <strong className="own-province-name">{row.province.nameVi}</strong>
              ) : (
                row.province.nameVi
              )}
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}
