import { useCallback, useMemo, useRef, useState } from 'react';
import type { Metric, Plan } from '../../api/fields';
import type { Viewer } from '../../session/viewer.queries';
import { formatInteger } from '../../i18n/format';
import { text } from '../../i18n/vi';
import { textAccess } from '../../i18n/vi-access';
import { metricLabels } from '../../plan/metric-labels';
import { LoadingState } from '../../ui/LoadingState';
import type { ProvinceChoice } from '../accounts/accounts.queries';
import { Announcement } from '../accounts/Announcement';
import { FailurePanel } from '../accounts/FailurePanel';
import { stateArgument } from './approval-params';
import type { ReportSubmission } from './approvals.queries';
import { ApprovalFilters } from './ApprovalFilters';
import { SubmissionCard, type DecisionOutcome } from './SubmissionCard';
import { formatReportDates, submissionName } from './submission-view';
import { useApprovalParams } from './useApprovalParams';
import { useReportSubmissions } from './useReportSubmissions';

type ApprovalsViewProps = {
  plan: Pick<Plan, 'id'>;
  metrics: readonly Metric[];
  provinces: readonly ProvinceChoice[];
  viewer: Pick<Viewer, 'province'>;
};

/** Newest first; more than this is more than anyone reviews in one sitting. */
const PAGE_SIZE = 100;
const t = textAccess.approvals;

export function ApprovalsView({ plan, metrics, provinces, viewer }: ApprovalsViewProps) {
  const provinceCodes = useMemo(() => provinces.map((p) => p.code), [provinces]);
  const { params, invalid, update } = useApprovalParams(provinceCodes);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const labels = useMemo(() => metricLabels(metrics), [metrics]);
  const submissions = useReportSubmissions({
    planId: plan.id,
    state: stateArgument(params.state),
    province: viewer.province ? null : params.province,
    first: PAGE_SIZE,
  });
  const { reload } = submissions;

  const onDecided = useCallback((submission: ReportSubmission, outcome: DecisionOutcome) => {
    const name = submissionName(submission);
    const dates = formatReportDates(submission.figures);
    // The list is asked for again: the decision marked it stale.
    setAnnouncement(outcome === 'approved' ? t.announced.approved(name, dates) : t.announced.rejected(name, dates));
    // The decided card may leave the list: the focus goes to the list's heading rather than to nowhere.
    headingRef.current?.focus();
  }, []);

  const list = submissions.data?.reportSubmissions.edges.map((edge) => edge.node);
  let content;
  if (submissions.error !== undefined) {
    content = <FailurePanel title={t.loadTitle} error={submissions.error} onRetry={reload} />;
  } else if (!list) {
    content = <LoadingState />;
  } else {
    content = (
      <section aria-labelledby="approvals-list-title" className={submissions.loading ? 'is-stale' : undefined}>
        <h2 id="approvals-list-title" ref={headingRef} tabIndex={-1} className="section-title">
          {t.listTitle[params.state](formatInteger(list.length))}
        </h2>
        {list.length >= PAGE_SIZE ? <p className="panel__note">{t.limited(formatInteger(list.length))}</p> : null}
        {list.length === 0 ? (
          <p className="panel panel__empty" data-testid="submissions-empty">
            {t.empty[params.state]}
          </p>
        ) : (
          <ul className="submission-list">
            {list.map((submission) => (
              <li key={submission.id}>
                <SubmissionCard submission={submission} labels={labels} onDecided={onDecided} />
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }

  return (
    <>
      {invalid.length > 0 ? <p className="notice">{text.errors.invalidParams(invalid.join(', '))}</p> : null}
      <ApprovalFilters
        params={params}
        provinces={provinces}
        ownProvince={viewer.province}
        onChange={(change) => {
          setAnnouncement('');
          update(change);
        }}
      />
      <Announcement message={announcement} />
      {content}
    </>
  );
}
