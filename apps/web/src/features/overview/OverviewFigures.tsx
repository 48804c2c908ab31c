import { useCallback, useMemo, type ReactNode } from 'react';
import type { Metric, Plan, Province } from '../../api/fields';
import { formatDate } from '../../i18n/format';
import { metricName, metricShortName } from '../../i18n/server-text';
import { text } from '../../i18n/vi';
import { textOverview } from '../../i18n/vi-overview';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { latePaymentHref, provinceHref, type PlanScope } from '../../navigation/links';
import { planParam } from '../../plan/plan-choice';
import { mapUnitSetOf, unitsParam } from '../../plan/unit-set-view';
import { useUnitProvinces } from '../../plan/useUnitProvinces';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { PrintButton } from '../../ui/PrintButton';
import { ReloadAnnouncer } from '../../ui/ReloadAnnouncer';
import { SyntheticBanner } from '../../ui/SyntheticBanner';
import { CoverageSection } from './coverage-section/CoverageSection';
import { LatePaymentCard } from './LatePaymentCard';
import { MetricCard } from './MetricCard';
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
import type { OverviewParamName, OverviewParams } from './overview-params';
import { useOverviewLatePayment, useOverviewMetrics, useOverviewScores } from './useOverviewData';

const MATRIX_BOX_ID = 'overview-matrix-box';

type OverviewFiguresProps = {
  plans: readonly Plan[];
  plan: Plan;
  metrics: readonly Metric[];
  /** The catalogue's 63 provinces; the 34 are asked for when the view is on them. */
  provinces: readonly Province[];
  params: OverviewParams;
  invalid: readonly OverviewParamName[];
  update: (change: Partial<OverviewParams>) => void;
};

/** The overview's figures on one unit set: cards, map, lists, coverage and matrix. */
export function OverviewFigures({ plans, plan, metrics, provinces, params, invalid, update }: OverviewFiguresProps) {
  const { unitSet } = params;
  const answers = useOverviewMetrics(plan.id, unitSet, metrics, params.asOf, params.basis);
  const scores = useOverviewScores(plan.id, unitSet, params.asOf);
  const latePayment = useOverviewLatePayment(plan.id, unitSet, params.asOf);
  const units = useUnitProvinces(unitSet, provinces);
  const unitList = units.provinces;

  const settings = useMemo(
    () => (scores.data ? matrixSettings(scores.data.compositeRanking.settings) : undefined),
    [scores.data],
  );
  const lateDate = latePayment.data?.data.asOf ?? null;
  const columns = useMemo(() => matrixColumns(metrics, lateDate), [metrics, lateDate]);
  const rows = useMemo(
    () =>
      answers.data && settings && scores.data && unitList
        ? buildMatrixRows({
            provinces: unitList,
            metrics: answers.data.map((answer) => ({ key: answer.metric.key, rows: answer.attainment })),
            latePayment: latePayment.data ? { provinces: latePayment.data.data.provinces } : null,
            composite: scores.data.compositeRanking.provinces,
            settings,
          })
        : undefined,
    [answers.data, settings, scores.data, latePayment.data, unitList],
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
  // "Rank of N" and the counts in the headings: N is the API's, for the set asked for.
  const unitCount = answers.data?.[0]?.attainment[0]?.unitCount ?? unitList?.length ?? 0;

  const scope = useMemo<PlanScope>(
    () => ({ plan: planParam(plan, plans), units: unitsParam(unitSet, plan) }),
    [plan, plans, unitSet],
  );
  const hrefOf = useCallback(
    (column: MatrixColumn, code: string) => {
      // The late-payment page lists the 63; a unit of the 34 shows its ratio on its own page.
      if (column.kind === 'latePayment' && unitSet === 'VN63') return latePaymentHref(lateDate ?? params.asOf, code);
      return provinceHref(code, params.asOf, column.kind === 'metric' ? column.key : null, scope);
    },
    [lateDate, params.asOf, scope, unitSet],
  );
  const provinceHrefOf = useCallback(
    (code: string) => provinceHref(code, params.asOf, null, scope),
    [params.asOf, scope],
  );

  const syntheticActuals =
    plan.hasSyntheticActuals || (answers.data?.some((a) => a.attainment.some((r) => r.synthetic)) ?? false);
  const syntheticLedger = latePayment.data?.data.synthetic ?? false;
  const loading = answers.loading || scores.loading || units.loading;
  const error = answers.error ?? scores.error ?? units.error;
  const mapColumn = columns.find((c) => c.key === params.map) ?? columns[columns.length - 1]!;

  let content: ReactNode;
  if (error !== undefined) {
    const retry = () => {
      if (answers.error !== undefined) answers.reload();
      if (scores.error !== undefined) scores.reload();
      if (units.error !== undefined) units.reload();
    };
    const title =
      answers.error !== undefined
        ? textOverview.errors.metrics
        : scores.error !== undefined
          ? textOverview.errors.scores
          : textUnitSets.errors.provinces;
    content = <ErrorPanel title={title} error={error} onRetry={retry} />;
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
            unitSet={mapUnitSetOf(unitSet)}
            unitCount={unitCount}
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
            scope={scope}
          />
        </div>
        <CoverageSection
          unitSet={unitSet}
          coverageYear={params.coverageYear}
          coverageRank={params.coverageRank}
          onChange={update}
          provinceHrefOf={provinceHrefOf}
        />
        <OverviewMatrix
          rows={rows}
          columns={columns}
          regionContext={regionContext}
          hrefOf={hrefOf}
          provinceHrefOf={provinceHrefOf}
          boxId={MATRIX_BOX_ID}
          unitCount={unitCount}
          caption={textOverview.matrix.caption(
            formatDate(params.asOf),
            textOverview.controls.basisOptions[params.basis],
          )}
        />
      </div>
    );
  }

  return (
    <>
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
    </>
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
