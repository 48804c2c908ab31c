import type { ReactNode } from 'react';
import type { Plan } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import type { ProvinceReportStatus, ReportingStatus } from './ranking.queries';
import { formatDate, formatDateOrDateTime, formatDateTime, formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { AppLink } from '../../navigation/AppLink';
import { provinceHref, type PlanScope } from '../../navigation/links';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { OwnProvinceTag } from '../../ui/OwnProvinceTag';
import { ownProvinceCode } from '../../session/permissions';
import { useViewer } from '../../session/ViewerContext';
import { groupReportingStatus, reportDateInForce } from './reporting-status';
import { useReportingStatus } from './useReportingStatus';

const t = text.reportingStatus;

type NotReportedPanelProps = {
  plan: Plan;
  asOf: IsoDate;
  /** The plan the province links keep (the reporting units are the plan's own). */
  scope: PlanScope;
};

/** "Chưa báo cáo kỳ …": who has not reported, or only in part, or late, for the report date in force. */
export function NotReportedPanel({ plan, asOf, scope }: NotReportedPanelProps) {
  const reportDate = reportDateInForce(plan, asOf);
  if (reportDate === undefined) {
    const first = plan.reportDates[0];
    return first ? <p className="notice">{t.beforeFirstReportDate(formatDate(first))}</p> : null;
  }
  return <ReportingStatusPanel planId={plan.id} reportDate={reportDate} asOf={asOf} scope={scope} />;
}

type ReportingStatusPanelProps = { planId: string; reportDate: IsoDate; asOf: IsoDate; scope: PlanScope };

function ReportingStatusPanel({ planId, reportDate, asOf, scope }: ReportingStatusPanelProps) {
  const status = useReportingStatus({ planId, reportDate });
  const data = status.data?.reportingStatus;
  let body: ReactNode;
  if (status.error !== undefined) {
    body = <ErrorPanel title={t.errorTitle} error={status.error} onRetry={status.reload} />;
  } else if (!data) {
    body = <LoadingState />;
  } else {
    body = <ReportingStatusBody status={data} asOf={asOf} scope={scope} />;
  }
  return (
    <section
      className={`panel not-reported${status.loading && data ? ' is-stale' : ''}`}
      aria-labelledby="not-reported-title"
      aria-busy={status.loading}
      data-testid="not-reported-panel"
    >
      <h2 id="not-reported-title" className="panel__title">
        {t.title(formatDate(reportDate))}
        {data ? <span className="panel__subtitle"> ({deadlineText(data.deadline)})</span> : null}
      </h2>
      {body}
    </section>
  );
}

function ReportingStatusBody({ status, asOf, scope }: { status: ReportingStatus; asOf: IsoDate; scope: PlanScope }) {
  const groups = groupReportingStatus(status);
  const total = status.provincesReported + status.provincesPartial + status.provincesNotReported;
  const counts = [
    { label: t.counts.notReported, value: status.provincesNotReported, tone: 'error' },
    { label: t.counts.partial, value: status.provincesPartial, tone: 'warning' },
    { label: t.counts.late, value: groups.lateCount, tone: 'warning' },
    { label: t.counts.reported, value: status.provincesReported, tone: 'ok' },
  ] as const;
  const lists = [
    { key: 'not-reported', title: t.groups.notReported, items: groups.notReported },
    { key: 'partial', title: t.groups.partial, items: groups.partial },
    { key: 'late', title: t.groups.late, items: groups.lateComplete },
  ].filter((list) => list.items.length > 0);

  return (
    <>
      <dl className="counts">
        {counts.map((count) => (
          <div
            key={count.label}
            className={`counts__item counts__item--${count.value > 0 ? count.tone : 'zero'}`}
            data-testid="not-reported-count"
          >
            <dt>{count.label}</dt>
            <dd>{formatInteger(count.value)}</dd>
          </div>
        ))}
      </dl>
      {lists.length === 0 ? (
        <p className="not-reported__none">{t.allReported(formatInteger(total))}</p>
      ) : (
        lists.map((list) => (
          <div key={list.key} className="not-reported__group">
            <h3 className="not-reported__group-title">
              {list.title} ({formatInteger(list.items.length)})
            </h3>
            <ul className="not-reported__list">
              {list.items.map((item) => (
                <NotReportedItem key={item.province.code} item={item} asOf={asOf} scope={scope} />
              ))}
            </ul>
          </div>
        ))
      )}
    </>
  );
}

function NotReportedItem({ item, asOf, scope }: { item: ProvinceReportStatus; asOf: IsoDate; scope: PlanScope }) {
  const own = item.province.code === ownProvinceCode(useViewer());
  return (
    <li
      className={own ? 'not-reported__item not-reported__item--own' : 'not-reported__item'}
      data-testid="not-reported-province"
      data-province-code={item.province.code}
      data-status={item.status}
      data-late={item.late}
      aria-current={own ? 'true' : undefined}
    >
      <AppLink href={provinceHref(item.province.code, asOf, null, scope)} className="province-link">
        {item.province.nameVi}
      </AppLink>
      {own ? <OwnProvinceTag /> : null}
      <span className="not-reported__detail">{itemDetail(item)}</span>
      {item.late ? (
        <span
          className="badge badge--behind"
          title={item.submittedAt ? t.submittedAt(formatDateTime(item.submittedAt)) : undefined}
        >
          {t.late}
        </span>
      ) : null}
    </li>
  );
}

/** A deadline that is a day means the end of that day. */
function deadlineText(deadline: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(deadline)
    ? t.deadlineDay(formatDate(deadline))
    : t.deadline(formatDateOrDateTime(deadline));
}

function itemDetail(item: ProvinceReportStatus): string {
  switch (item.status) {
    case 'NOT_REPORTED':
      return item.lastReportDate ? t.lastReport(formatDate(item.lastReportDate)) : t.neverReported;
    case 'PARTIAL':
      return t.partial(formatInteger(item.metricsReported), formatInteger(item.metricsExpected));
    case 'REPORTED':
      return item.submittedAt ? t.submittedAt(formatDateTime(item.submittedAt)) : '';
  }
}
