import { useEffect, useRef, type ReactNode } from 'react';
import type { ArrearsBucketFigure } from '../../api/fields';
import type { ArrearsBucket } from '../../api/generated/graphql';
import type { LatePayment } from './late-payment.queries';
import { formatDate, formatInteger } from '../../i18n/format';
import { ExportButtons } from '../../export/ExportButtons';
import { text } from '../../i18n/vi';
import { textExport } from '../../i18n/vi-export';
import { textUnitSets } from '../../i18n/vi-unit-sets';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { formatAmountWithUnit, formatVnd } from './amounts';
import { ArrearsEmployerTable } from './ArrearsEmployerTable';
import { BUCKET_ORDER, bucketLabel, isArrearsBucket } from './buckets';
import { toEmployersExport } from './late-payment-export';
import {
  isMergedUnit,
  isSummed,
  ledgerProvincesOf,
  rowOfLedgerProvince,
  type LedgerProvince,
} from './ledger-provinces';
import { PredecessorChoice } from './PredecessorChoice';
import { useEmployersInArrears } from './useEmployersInArrears';

type ArrearsPanelProps = {
  data: LatePayment;
  /** A province of the ledger (the 63), on either unit set. */
  province: string | null;
  bucket: ArrearsBucket | null;
  onBucket: (bucket: ArrearsBucket | null) => void;
  /** Another province of the same unit of the 34; null when there is nothing else to choose. */
  onProvince: ((code: string) => void) | null;
  /** Null when there is nothing else to choose (a provincial user's own province). */
  onClose: (() => void) | null;
  /** Changes when the user chooses a province: the panel scrolls into view. */
  focusToken: number;
};

const t = text.latePayment.arrears;
const u = textUnitSets.latePayment;

/**
 * The chosen province's employers in arrears, largest debt first; a hint to choose one otherwise. The list is the
 * ledger's, per province of the 63: on the 34 a merged unit offers its provinces one at a time, never a list of
 * its own.
 */
export function ArrearsPanel({ data, province, bucket, onBucket, onProvince, onClose, focusToken }: ArrearsPanelProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusToken > 0) ref.current?.scrollIntoView({ block: 'start' });
  }, [focusToken]);

  const summed = isSummed(data);
  const unit = rowOfLedgerProvince(data, province);
  const chosen = unit ? ledgerProvincesOf(unit, data).find((p) => p.code === province) : undefined;
  let body: ReactNode;
  if (province === null) {
    body = <p className="panel__note">{summed ? u.chooseProvince : t.chooseProvince}</p>;
  } else if (!unit || !chosen) {
    body = <p className="notice">{t.unknownProvince(province)}</p>;
  } else {
    body = (
      <>
        {isMergedUnit(unit, data) ? (
          <PredecessorChoice
            unitName={unit.province.nameVi}
            provinces={ledgerProvincesOf(unit, data)}
            value={chosen.code}
            onChange={onProvince}
          />
        ) : summed ? (
          <p className="panel__note">{textUnitSets.predecessors.notMerged(unit.province.nameVi)}</p>
        ) : null}
        <ProvinceArrears
          key={`${chosen.code}|${data.asOf}`}
          data={data}
          province={chosen}
          unitName={summed ? unit.province.nameVi : null}
          asOf={data.asOf}
          bucket={bucket}
          labels={data.national.buckets}
          onBucket={onBucket}
        />
      </>
    );
  }
  // On the 34 a code and a name may be a unit's as well as a province's before the merger: the title says which.
  const title = chosen ? (summed ? u.ledgerProvince(chosen.nameVi, chosen.code) : chosen.nameVi) : null;

  return (
    <section
      ref={ref}
      className="panel arrears-panel"
      aria-labelledby="arrears-title"
      data-testid="arrears-panel"
      data-province-code={chosen?.code}
      data-unit-code={summed ? unit?.province.code : undefined}
    >
      <div className="arrears-panel__head">
        <h2 id="arrears-title" className="panel__title">
          {title !== null ? t.title(title) : t.heading}{' '}
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
  /** A province of the ledger. */
  province: LedgerProvince;
  /** On the 34, the unit it was merged into. */
  unitName: string | null;
  asOf: string;
  bucket: ArrearsBucket | null;
  labels: readonly ArrearsBucketFigure[];
  onBucket: (bucket: ArrearsBucket | null) => void;
};

function ProvinceArrears({ data, province, unitName, asOf, bucket, labels, onBucket }: ProvinceArrearsProps) {
  const employers = useEmployersInArrears({ province: province.code, asOf, bucket });
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
          describe={() => toEmployersExport({ data, province, unitName, asOf, bucket, rows, totalCount })}
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
