import { useMemo } from 'react';
import type { IsoDate } from '../../api/scalars';
import { formatDate, formatInteger } from '../../i18n/format';
import { textCompliance } from '../../i18n/vi-compliance';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { CaseTable } from './CaseTable';
import { queueDueBy } from './compliance-dates';
import { useWorkQueue } from './useComplianceData';
import { sortWorkQueue } from './work-queue';

const t = textCompliance.queue;

/** "Việc đến hạn tuần này": the open cases due within the week after the date, overdue first, then by deadline. */
export function WorkQueue({ asOf, province }: { asOf: IsoDate; province: string | null }) {
  const dueBy = queueDueBy(asOf);
  const queue = useWorkQueue(asOf, province, dueBy);
  const rows = useMemo(() => (queue.data ? sortWorkQueue(queue.data.rows) : []), [queue.data]);

  let body;
  if (queue.error !== undefined) {
    body = <ErrorPanel title={t.errorTitle} error={queue.error} onRetry={queue.reload} />;
  } else if (!queue.data) {
    body = <LoadingState />;
  } else if (rows.length === 0) {
    body = (
      <p className="panel__empty" data-testid="queue-empty">
        {t.empty}
      </p>
    );
  } else {
    body = (
      <>
        <CaseTable
          rows={rows}
          asOf={asOf}
          showProvince={province === null}
          labelledBy="queue-title"
          testId="queue-table"
        />
        {queue.data.totalCount > rows.length ? (
          <p className="notice">{t.truncated(formatInteger(rows.length), formatInteger(queue.data.totalCount))}</p>
        ) : null}
      </>
    );
  }

  return (
    <section
      className={queue.loading && queue.data ? 'panel is-stale' : 'panel'}
      aria-labelledby="queue-title"
      aria-busy={queue.loading}
    >
      <h2 id="queue-title" className="panel__title">
        {t.title}{' '}
        {queue.data ? (
          <span className="panel__subtitle" data-testid="queue-count">
            ({t.count(formatInteger(queue.data.totalCount))})
          </span>
        ) : null}
      </h2>
      <p className="panel__note">{t.intro(formatDate(asOf), formatDate(dueBy))}</p>
      {body}
    </section>
  );
}
