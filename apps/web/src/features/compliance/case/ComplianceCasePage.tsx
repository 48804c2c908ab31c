import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { IsoDate } from '../../../api/scalars';
import { formatDate } from '../../../i18n/format';
import { text } from '../../../i18n/vi';
import { textCompliance } from '../../../i18n/vi-compliance';
import { AppLink } from '../../../navigation/AppLink';
import { hrefWith } from '../../../navigation/links';
import { hrefFor, replaceSearch, useLocation } from '../../../navigation/location-store';
import { mayActOn } from '../../../session/permissions';
import { useViewer } from '../../../session/ViewerContext';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { LoadingState } from '../../../ui/LoadingState';
import { PageHeader } from '../../../ui/PageHeader';
import { PageMain } from '../../../ui/PageMain';
import { todayInVietnam } from '../compliance-dates';
import type { ComplianceCase } from '../compliance.queries';
import { useComplianceCase } from '../useComplianceData';
import { CaseArrears, CaseFacts } from './CaseFacts';
import { CaseNext, CaseTimeline } from './CaseTimeline';
import { asOfAfterRecording, resolveCaseAsOf } from './case-params';
import { lastRecordedDate } from './record-forms';
import { RecordOutcomeForm } from './RecordOutcomeForm';
import { RecordStepForm } from './RecordStepForm';
import '../compliance.css';

const t = textCompliance.casePage;

/** A compliance case (/tuan-thu/ho-so/1117): the employer, its arrears, the timeline, and the forms to go on. */
export function ComplianceCasePage({ id }: { id: string }) {
  const { search } = useLocation();
  const { asOf, invalid } = useMemo(() => resolveCaseAsOf(search), [search]);
  const found = useComplianceCase(id, asOf);
  const data = found.data?.complianceCase;
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (data) document.title = text.app.documentTitle(t.documentTitle(data.id, data.employerName));
  }, [data]);

  const onSaved = (message: string, on: IsoDate) => {
    setSaved(message);
    const next = asOfAfterRecording(asOf, on);
    if (next !== asOf) replaceSearch(hrefWith('', window.location.search, { asOf: next }));
  };

  let content: ReactNode;
  if (found.error !== undefined) {
    content = <ErrorPanel title={t.errorTitle} error={found.error} onRetry={found.reload} />;
  } else if (!data) {
    content = <LoadingState />;
  } else {
    content = <CaseView data={data} asOf={asOf} saved={saved} onSaved={onSaved} loading={found.loading} />;
  }

  return (
    <PageMain className="page compliance-case-page" testId="compliance-case-page" data={{ 'data-case-id': id }}>
      <p className="case-back">
        <AppLink href={hrefFor('compliance')} testId="case-back">
          ← {t.back}
        </AppLink>
      </p>
      <PageHeader title={t.title(id)}>
        {data ? (
          <p className="case-header__employer">
            <span translate="no" data-testid="case-employer">
              {data.employerName}
            </span>
            {data.synthetic ? (
              <span className="badge badge--synthetic" data-testid="case-synthetic">
                {textCompliance.syntheticTag}
              </span>
            ) : null}
          </p>
        ) : null}
      </PageHeader>
      <div className="page__main">
        {invalid ? <p className="notice">{text.errors.invalidParams('asOf')}</p> : null}
        {content}
      </div>
    </PageMain>
  );
}

type CaseViewProps = {
  data: ComplianceCase;
  asOf: IsoDate | null;
  saved: string | null;
  onSaved: (message: string, on: IsoDate) => void;
  loading: boolean;
};

function CaseView({ data, asOf, saved, onSaved, loading }: CaseViewProps) {
  const viewer = useViewer();
  const today = useMemo(() => todayInVietnam(), []);
  const mayRecord = mayActOn(viewer, 'compliance.record', data.province.code);
  const range = { earliest: lastRecordedDate(data), today };
  const open = data.outcome === null;
  // A new key once the case changed: the forms start again from its new next step.
  const formKey = `${data.steps.length}|${data.outcome?.kind ?? ''}`;

  return (
    <div className={loading ? 'case-view is-stale' : 'case-view'} aria-busy={loading} data-testid="case-view">
      {asOf !== null ? (
        <p className="notice case-as-of" data-testid="case-as-of">
          {t.asOfNote(formatDate(asOf))}{' '}
          <AppLink href={hrefWith(window.location.pathname, window.location.search, { asOf: null })}>
            {t.showToday}
          </AppLink>
        </p>
      ) : null}
      <CaseFacts data={data} />
      {saved !== null ? (
        <p className="case-saved" role="status" data-testid="case-saved">
          {saved}
        </p>
      ) : null}
      <div className="case-layout">
        <div className="case-layout__main">
          <CaseTimeline data={data} />
        </div>
        <div className="case-layout__side">
          <CaseNext data={data} />
          <CaseArrears data={data} />
        </div>
      </div>
      {!mayRecord ? (
        <p className="panel__note" data-testid="case-not-allowed">
          {t.notAllowed}
        </p>
      ) : open ? (
        <div className="case-forms" key={formKey}>
          <RecordStepForm
            data={data}
            range={range}
            onSaved={(step, on) =>
              onSaved(textCompliance.recordStep.saved(textCompliance.steps[step], formatDate(on)), on)
            }
          />
          <RecordOutcomeForm
            data={data}
            range={range}
            onSaved={(outcome, on) =>
              onSaved(textCompliance.recordOutcome.saved(textCompliance.outcomes[outcome], formatDate(on)), on)
            }
          />
        </div>
      ) : null}
    </div>
  );
}
