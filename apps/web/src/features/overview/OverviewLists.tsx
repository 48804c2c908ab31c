import { metricShortName } from '../../i18n/server-text';
import type { ReactNode } from 'react';
import type { Plan } from '../../api/fields';
import type { RankBasis } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import type { QueryState } from '../../api/useOperationQuery';
import { formatDate, formatInteger, formatPercent } from '../../i18n/format';
import { textOverview } from '../../i18n/vi-overview';
import { AppLink } from '../../navigation/AppLink';
import { approvalsHref, latePaymentHref, provinceHref, rankingViewHref, type PlanScope } from '../../navigation/links';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { groupReportingStatus, reportDateInForce } from '../ranking/reporting-status';
import { useReportingStatus } from '../ranking/useReportingStatus';
import { behindByMetric } from './behind-lists';
import { formatLateRatio } from './LatePaymentCard';
import { latePaymentHeadline } from './late-payment-summary';
import { usePendingReports, type LatePaymentNear, type MetricAnswer } from './useOverviewData';

const t = textOverview.lists;
/** Names shown per metric; the ranking page has them all. */
const BEHIND_SHOWN = 5;

type OverviewListsProps = {
  plan: Plan;
  asOf: IsoDate;
  basis: RankBasis;
  answers: readonly MetricAnswer[];
  latePayment: QueryState<LatePaymentNear>;
  /** The plan and unit set the links keep (the units of the answers). */
  scope: PlanScope;
};

/** What needs attention: provinces behind per metric, who has not reported, reports to approve, late payment. */
export function OverviewLists({ plan, asOf, basis, answers, latePayment, scope }: OverviewListsProps) {
  const viewer = useViewer();
  return (
    <section className="ov-lists" aria-label={t.label} data-testid="overview-lists">
      <BehindList answers={answers} asOf={asOf} basis={basis} scope={scope} />
      {/* Reports are sent by the plan's own units, whatever the set the figures are shown on. */}
      <NotReportedList plan={plan} asOf={asOf} scope={{ plan: scope.plan }} />
      {can(viewer, 'report.review') ? <PendingList planId={plan.id} /> : null}
      <LatePaymentHeadline query={latePayment} />
    </section>
  );
}

type ListPanelProps = {
  title: ReactNode;
  testId: string;
  /** Left off paper, where the same figures are printed elsewhere (the late-payment card). */
  printOmit?: boolean;
  children: ReactNode;
};

function ListPanel({ title, testId, printOmit = false, children }: ListPanelProps) {
  return (
    <div className={printOmit ? 'panel ov-list print-omit' : 'panel ov-list'} data-testid={testId}>
      <h3 className="ov-list__title">{title}</h3>
      {children}
    </div>
  );
}

type BehindListProps = { answers: readonly MetricAnswer[]; asOf: IsoDate; basis: RankBasis; scope: PlanScope };

function BehindList({ answers, asOf, basis, scope }: BehindListProps) {
  const lists = behindByMetric(answers.map((a) => ({ metric: a.metric, rows: a.attainment }))).filter(
    (list) => list.rows.length > 0,
  );
  return (
    <ListPanel title={t.behindTitle} testId="overview-behind">
      {lists.length === 0 ? <p className="ov-muted">{t.behindNone}</p> : null}
      <ul className="ov-list__groups">
        {lists.map(({ metric, rows }) => (
          <li key={metric.key} className="ov-list__group" data-testid="overview-behind-metric" data-metric={metric.key}>
            <span className="ov-list__group-title">
              {metricShortName(metric)} <span className="ov-muted">({t.behindCount(formatInteger(rows.length))})</span>
            </span>
            <ol className="ov-list__names">
              {rows.slice(0, BEHIND_SHOWN).map((row) => (
                <li key={row.province.code}>
                  <AppLink href={provinceHref(row.province.code, asOf, metric.key, scope)} className="province-link">
                    {row.province.nameVi}
                  </AppLink>{' '}
                  <span className="ov-list__figure">{formatPercent(row.figure)}</span>
                </li>
              ))}
            </ol>
            {rows.length > BEHIND_SHOWN ? (
              <span className="ov-muted">{t.behindMore(formatInteger(rows.length - BEHIND_SHOWN))} · </span>
            ) : null}
            <AppLink href={rankingViewHref(metric.key, asOf, basis, scope)} className="ov-list__more">
              {t.behindLink}
            </AppLink>
          </li>
        ))}
      </ul>
    </ListPanel>
  );
}

function NotReportedList({ plan, asOf, scope }: { plan: Plan; asOf: IsoDate; scope: PlanScope }) {
  const reportDate = reportDateInForce(plan, asOf);
  if (reportDate === undefined) {
    const first = plan.reportDates[0];
    return first ? (
      <ListPanel title={t.notReportedTitle(formatDate(first))} testId="overview-not-reported">
        <p className="ov-muted">{t.beforeFirstReport(formatDate(first))}</p>
      </ListPanel>
    ) : null;
  }
  return <NotReportedBody planId={plan.id} reportDate={reportDate} asOf={asOf} scope={scope} />;
}

type NotReportedBodyProps = { planId: string; reportDate: IsoDate; asOf: IsoDate; scope: PlanScope };

function NotReportedBody({ planId, reportDate, asOf, scope }: NotReportedBodyProps) {
  const status = useReportingStatus({ planId, reportDate });
  const data = status.data?.reportingStatus;
  let body: ReactNode;
  if (status.error !== undefined) {
    body = <ErrorPanel title={textOverview.errors.reporting} error={status.error} onRetry={status.reload} />;
  } else if (!data) {
    body = <LoadingState />;
  } else {
    const groups = groupReportingStatus(data);
    const missing = [...groups.notReported, ...groups.partial];
    body =
      missing.length === 0 ? (
        <p className="ov-muted">{t.notReportedNone(formatInteger(data.provinces.length))}</p>
      ) : (
        <ul className="ov-list__names ov-list__names--plain">
          {missing.map((item) => (
            <li
              key={item.province.code}
              data-testid="overview-not-reported-province"
              data-province-code={item.province.code}
            >
              <AppLink href={provinceHref(item.province.code, asOf, null, scope)} className="province-link">
                {item.province.nameVi}
              </AppLink>{' '}
              <span className="ov-muted">
                (
                {item.status === 'PARTIAL'
                  ? t.partial(formatInteger(item.metricsReported), formatInteger(item.metricsExpected))
                  : item.lastReportDate
                    ? t.lastReport(formatDate(item.lastReportDate))
                    : t.neverReported}
                )
              </span>
            </li>
          ))}
        </ul>
      );
  }
  return (
    <ListPanel title={t.notReportedTitle(formatDate(reportDate))} testId="overview-not-reported">
      {body}
    </ListPanel>
  );
}

function PendingList({ planId }: { planId: string }) {
  const pending = usePendingReports(planId);
  const count = pending.data?.reportSubmissions.totalCount;
  let body: ReactNode;
  if (pending.error !== undefined) {
    body = <ErrorPanel title={textOverview.errors.pending} error={pending.error} onRetry={pending.reload} />;
  } else if (count === undefined) {
    body = <LoadingState />;
  } else {
    body = (
      <p>
        <strong className="ov-list__count" data-testid="overview-pending-count">
          {t.pendingCount(formatInteger(count))}
        </strong>
        {count === 0 ? <span className="ov-muted"> — {t.pendingNone}</span> : null}{' '}
        <AppLink href={approvalsHref()} testId="overview-pending-link">
          {t.pendingLink}
        </AppLink>
      </p>
    );
  }
  return (
    <ListPanel title={t.pendingTitle} testId="overview-pending">
      {body}
    </ListPanel>
  );
}

function LatePaymentHeadline({ query }: { query: QueryState<LatePaymentNear> }) {
  const l = textOverview.latePayment;
  let body: ReactNode;
  if (query.error !== undefined) {
    body = <p className="ov-muted">{textOverview.errors.latePayment}</p>;
  } else if (!query.data) {
    body = <LoadingState />;
  } else {
    const { data } = query.data;
    const headline = latePaymentHeadline(data);
    const relation = (reference: number) => {
      if (headline.ratio === null) return '';
      const r = Math.round(headline.ratio * 1e6);
      const ref = Math.round(reference * 1e6);
      return r > ref ? l.above : r < ref ? l.below : l.equal;
    };
    body = (
      <>
        <p data-testid="overview-late-payment-headline">
          <strong>{l.headline(formatLateRatio(headline.ratio), formatDate(data.asOf))}</strong>
          {headline.ratio !== null
            ? headline.references.map((reference) => (
                <span key={reference.asOf}>
                  {' · '}
                  {l.comparison(relation(reference.ratio), formatLateRatio(reference.ratio))}
                </span>
              ))
            : null}
        </p>
        {headline.highest ? (
          <p>{l.aboveHighest(formatInteger(headline.aboveHighest), formatLateRatio(headline.highest.ratio))}</p>
        ) : null}
        <p>
          <AppLink href={latePaymentHref(data.asOf)}>{l.link}</AppLink>
        </p>
      </>
    );
  }
  return (
    <ListPanel title={t.latePaymentTitle} testId="overview-late-payment-list" printOmit>
      {body}
    </ListPanel>
  );
}
