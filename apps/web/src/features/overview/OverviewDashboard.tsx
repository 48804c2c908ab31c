import { PrintButton } from '../../ui/PrintButton';
import { metricName, metricShortName } from '../../i18n/server-text';
import { useCallback, useMemo, type CSSProperties, type ReactNode } from 'react';
import type { Metric, Plan, Province } from '../../api/fields';
import { formatDate } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { textOverview } from '../../i18n/vi-overview';
import { latePaymentHref, provinceHref } from '../../navigation/links';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { ReloadAnnouncer } from '../../ui/ReloadAnnouncer';
import { BAND_COLOURS, STATUS_BANDS } from '../../ui/status-band';
import { SyntheticBanner } from '../../ui/SyntheticBanner';
import { LatePaymentCard } from './LatePaymentCard';
import { MetricCard } from './MetricCard';
import { OverviewControls } from './OverviewControls';
import { OverviewFrame } from './OverviewFrame';
import { OverviewLists } from './OverviewLists';
import { OverviewMap } from './OverviewMap';
import { OverviewMatrix } from './OverviewMatrix';
import {
  COMPOSITE_COLUMN,
  LATE_PAYMENT_COLUMN,
  buildMatrixRows,
  matrixSettings,
  type MatrixColumn,
  type RegionContext,
} from './overview-matrix';
import { useOverviewLatePayment, useOverviewMetrics, useOverviewScores } from './useOverviewData';
import { useOverviewParams } from './useOverviewParams';

type OverviewDashboardProps = { plans: readonly Plan[]; metrics: readonly Metric[]; provinces: readonly Province[] };

const MATRIX_BOX_ID = 'overview-matrix-box';

// The band colours of ui/status-band.ts as CSS variables, so the stylesheet and the map use the same three.
const BAND_VARIABLES = Object.fromEntries(
  STATUS_BANDS.map((band) => [`--band-${band}`, BAND_COLOURS[band]]),
) as CSSProperties;

export function OverviewDashboard({ plans, metrics, provinces }: OverviewDashboardProps) {
  const mapChoices = useMemo(() => [...metrics.map((m) => m.key), LATE_PAYMENT_COLUMN, COMPOSITE_COLUMN], [metrics]);
  const { plan, params, invalid, update } = useOverviewParams(plans, mapChoices);
  const answers = useOverviewMetrics(plan.id, metrics, params.asOf, params.basis);
  const scores = useOverviewScores(plan.id, params.asOf);
  const latePayment = useOverviewLatePayment(plan.id, params.asOf);

  const settings = useMemo(
    () => (scores.data ? matrixSettings(scores.data.compositeRanking.settings) : undefined),
    [scores.data],
  );
  const lateDate = latePayment.data?.data.asOf ?? null;
  const columns = useMemo(() => matrixColumns(metrics, lateDate), [metrics, lateDate]);
  const rows = useMemo(
    () =>
      answers.data && settings && scores.data
        ? buildMatrixRows({
            provinces,
            metrics: answers.data.map((answer) => ({ key: answer.metric.key, rows: answer.attainment })),
            latePayment: latePayment.data ? { provinces: latePayment.data.data.provinces } : null,
            composite: scores.data.compositeRanking.provinces,
            settings,
          })
        : undefined,
    [answers.data, settings, scores.data, latePayment.data, provinces],
  );
  const regionContext = useMemo<RegionContext | undefined>(
    () =>
      answers.data && settings
        ? {
            basis: params.basis,
            references: Object.fromEntries(
              answers.data.map((a) => [a.metric.key, a.nationalAttainmentHistory.at(-1)?.reference ?? 1]),
            ),
            latePaymentReference: latePayment.data?.data.bandReference.ratio ?? null,
            settings,
          }
        : undefined,
    [answers.data, settings, params.basis, latePayment.data],
  );

  const hrefOf = useCallback(
    (column: MatrixColumn, code: string) => {
      if (column.kind === 'latePayment') return latePaymentHref(lateDate ?? params.asOf, code);
      return provinceHref(code, params.asOf, column.kind === 'metric' ? column.key : null);
    },
    [lateDate, params.asOf],
  );
  const provinceHrefOf = useCallback((code: string) => provinceHref(code, params.asOf), [params.asOf]);

  const syntheticActuals =
    plan.hasSyntheticActuals || (answers.data?.some((a) => a.attainment.some((r) => r.synthetic)) ?? false);
  const syntheticLedger = latePayment.data?.data.synthetic ?? false;
  const loading = answers.loading || scores.loading;
  const error = answers.error ?? scores.error;
  const mapColumn = columns.find((c) => c.key === params.map) ?? columns[columns.length - 1]!;

  let content: ReactNode;
  if (error !== undefined) {
    const retry = () => {
      if (answers.error !== undefined) answers.reload();
      if (scores.error !== undefined) scores.reload();
    };
    content = (
      <ErrorPanel
        title={answers.error !== undefined ? textOverview.errors.metrics : textOverview.errors.scores}
        error={error}
        onRetry={retry}
      />
    );
  } else if (!answers.data || !rows || !regionContext || !settings) {
    content = <LoadingState />;
  } else {
    content = (
      <div
        className={loading ? 'dashboard dashboard--stale ov-dashboard' : 'dashboard ov-dashboard'}
        aria-busy={loading}
      >
        <section className="ov-cards" aria-labelledby="overview-cards-title" data-testid="overview-cards">
          <h2 id="overview-cards-title" className="visually-hidden">
            {textOverview.cards.label}
          </h2>
          {answers.data.map((answer) => (
            <MetricCard key={answer.metric.key} answer={answer} basis={params.basis} reportDates={plan.reportDates} />
          ))}
          <LatePaymentCard query={latePayment} />
        </section>
        <div className="ov-middle">
          <OverviewMap
            rows={rows}
            columns={columns}
            column={mapColumn}
            onColumn={(map) => update({ map })}
            hrefOf={hrefOf}
            matrixId={MATRIX_BOX_ID}
          />
          <OverviewLists
            plan={plan}
            asOf={params.asOf}
            basis={params.basis}
            answers={answers.data}
            latePayment={latePayment}
          />
        </div>
        <OverviewMatrix
          rows={rows}
          columns={columns}
          regionContext={regionContext}
          hrefOf={hrefOf}
          provinceHrefOf={provinceHrefOf}
          boxId={MATRIX_BOX_ID}
          caption={textOverview.matrix.caption(
            formatDate(params.asOf),
            textOverview.controls.basisOptions[params.basis],
          )}
        />
      </div>
    );
  }

  return (
    <OverviewFrame plan={plan}>
      <div className="ov-root" style={BAND_VARIABLES}>
        <OverviewControls plans={plans} plan={plan} params={params} onChange={update} />
        <ReloadAnnouncer loading={loading} asOf={rows ? params.asOf : undefined} />
        {invalid.length > 0 ? <p className="notice">{text.errors.invalidParams(invalid.join(', '))}</p> : null}
        {syntheticActuals || syntheticLedger ? (
          <SyntheticBanner message={textOverview.syntheticBanner(syntheticActuals, syntheticLedger)} />
        ) : null}
        <p className="dashboard__as-of">
          <span data-testid="overview-as-of">{textOverview.asOf(formatDate(params.asOf))}</span>
          <span className="dashboard__metric">{textOverview.basisNote[params.basis]}</span>
          {loading && rows ? <LoadingState label={text.common.updating} live={false} /> : null}
          <PrintButton />
        </p>
        {content}
      </div>
    </OverviewFrame>
  );
}

function matrixColumns(metrics: readonly Metric[], lateDate: string | null): MatrixColumn[] {
  const t = textOverview.matrix;
  return [
    ...metrics.map((metric) => ({
      key: metric.key,
      kind: 'metric' as const,
      label: metricShortName(metric),
      title: metricName(metric),
    })),
    {
      key: LATE_PAYMENT_COLUMN,
      kind: 'latePayment',
      label: t.latePayment,
      title: lateDate ? t.latePaymentTitle(formatDate(lateDate)) : t.latePayment,
    },
    { key: COMPOSITE_COLUMN, kind: 'composite', label: t.composite, title: t.compositeTitle },
  ];
}
