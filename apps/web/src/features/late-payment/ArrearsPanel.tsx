import { useEffect, useRef, type ReactNode } from 'react';
import type { ArrearsBucketFigure } from '../../api/fields';
import type { ArrearsBucket } from '../../api/generated/graphql';
import type { LatePayment, ProvinceLatePayment } from './late-payment.queries';
import { formatDate, formatInteger } from '../../i18n/format';
import { ExportButtons } from '../../export/ExportButtons';
import { text } from '../../i18n/vi';
import { textExport } from '../../i18n/vi-export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { formatAmountWithUnit, formatVnd } from './amounts';
import { ArrearsEmployerTable } from './ArrearsEmployerTable';
import { BUCKET_ORDER, bucketLabel, isArrearsBucket } from './buckets';
import { toEmployersExport } from './late-payment-export';
import { useEmployersInArrears } from './useEmployersInArrears';

type ArrearsPanelProps = {
  data: LatePayment;
  province: string | null;
  bucket: ArrearsBucket | null;
  onBucket: (bucket: ArrearsBucket | null) => void;
  /** Null when there is nothing else to choose (a provincial user's own province). */
  onClose: (() => void) | null;
  /** Changes when the user chooses a province: the panel scrolls into view. */
  focusToken: number;
};

const t = text.latePayment.arrears;

/** The chosen province's employers in arrears, largest debt first; a hint to choose one otherwise. */
export function ArrearsPanel({ data, province, bucket, onBucket, onClose, focusToken }: ArrearsPanelProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusToken > 0) ref.current?.scrollIntoView({ block: 'start' });
  }, [focusToken]);

  const row = province === null ? undefined : data.provinces.find((p) => p.province.code === province);
  let body: ReactNode;
  if (province === null) {
    body = <p className="panel__note">{t.chooseProvince}</p>;
  } else if (!row) {
    body = <p className="notice">{t.unknownProvince(province)}</p>;
  } else {
    body = (
      <ProvinceArrears
        key={`${row.province.code}|${data.asOf}`}
        data={data}
        row={row}
        asOf={data.asOf}
        bucket={bucket}
        labels={data.national.buckets}
        onBucket={onBucket}
      />
    );
  }

  return (
    <section
      ref={ref}
      className="panel arrears-panel"
      aria-labelledby="arrears-title"
      data-testid="arrears-panel"
      data-province-code={row?.province.code}
    >
      <div className="arrears-panel__head">
        <h2 id="arrears-title" className="panel__title">
          {row ? t.title(row.province.nameVi) : t.heading}{' '}
          <span className="panel__subtitle">({t.asOf(formatDate(data.asOf))})</span>
        </h2>
        {province !== null && onClose !== null ? (
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t.close}
          </button>
        ) : null}
      </div>
      {body}
    </section>
  );
}

type ProvinceArrearsProps = {
  data: LatePayment;
  row: ProvinceLatePayment;
  asOf: string;
  bucket: ArrearsBucket | null;
  labels: readonly ArrearsBucketFigure[];
  onBucket: (bucket: ArrearsBucket | null) => void;
};

function ProvinceArrears({ data, row, asOf, bucket, labels, onBucket }: ProvinceArrearsProps) {
  const employers = useEmployersInArrears({ province: row.province.code, asOf, bucket });
  const { totals } = employers;

  let list: ReactNode;
  if (employers.status === 'failed') {
    list = <ErrorPanel title={t.errorTitle} error={employers.error} onRetry={employers.reload} />;
  } else if (employers.status === 'loading') {
    list = <LoadingState />;
  } else if (employers.rows.length === 0) {
    list = (
      <p className="panel__empty" data-testid="arrears-empty">
        {bucket === null ? t.empty : t.emptyBucket}
      </p>
    );
  } else {
    const { rows } = employers;
    const totalCount = totals?.totalCount ?? rows.length;
    list = (
      <>
        <ExportButtons
          subject={textExport.employers.subject}
          testId="arrears-export"
          describe={() => toEmployersExport({ data, province: row.province, asOf, bucket, rows, totalCount })}
        />
        <ArrearsEmployerTable rows={employers.rows} labels={labels} />
        <p className="arrears-panel__shown">
          {t.shown(formatInteger(employers.rows.length), formatInteger(totals?.totalCount))}
        </p>
        {employers.status === 'more-failed' ? (
          <ErrorPanel title={t.moreErrorTitle} error={employers.error} onRetry={employers.loadMore} />
        ) : employers.hasMore ? (
          <button
            type="button"
            className="button button--secondary"
            data-testid="arrears-more"
            disabled={employers.status === 'loading-more'}
            onClick={employers.loadMore}
          >
            {employers.status === 'loading-more' ? t.loadingMore : t.more(formatInteger(employers.remaining))}
          </button>
        ) : null}
      </>
    );
  }

  return (
    <>
      <div className="arrears-panel__controls">
        <label className="controls__field">
          <span className="controls__label">{t.filter}</span>
          <select
            data-testid="arrears-bucket-filter"
            value={bucket ?? ''}
            onChange={(event) => onBucket(isArrearsBucket(event.target.value) ? event.target.value : null)}
          >
            <option value="">{t.allBuckets}</option>
            {BUCKET_ORDER.map((key) => (
              <option key={key} value={key}>
                {bucketLabel(labels, key)}
              </option>
            ))}
          </select>
        </label>
        {totals ? (
          <dl className="counts arrears-panel__totals" data-testid="arrears-total" data-total-count={totals.totalCount}>
            <div className="counts__item">
              <dt>{t.total}</dt>
              <dd>{t.totalCount(formatInteger(totals.totalCount))}</dd>
            </div>
            <div className="counts__item">
              <dt>{t.totalOverdue}</dt>
              <dd title={formatVnd(totals.totalOverdue)}>{formatAmountWithUnit(totals.totalOverdue)}</dd>
            </div>
          </dl>
        ) : null}
      </div>
      <p className="arrears-panel__note">{t.bucketNote}</p>
      {list}
    </>
  );
}
