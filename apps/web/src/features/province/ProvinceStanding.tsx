import { referenceName } from '../../i18n/server-text';
import type { Metric, Plan, Province } from '../../api/fields';
import type { StatusBand, UnitSet } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { formatDate, formatInteger, formatPercent } from '../../i18n/format';
import { textProvinceStanding } from '../../i18n/vi-province-standing';
import { AppLink } from '../../navigation/AppLink';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingState } from '../../ui/LoadingState';
import { BAND_COLOURS, bandText } from '../../ui/status-band';
import { compositeStanding, latePaymentStanding, type CompositeStanding } from './province-standing';
import { useProvinceComposite, useProvinceLatePayment } from './useProvinceData';

const t = textProvinceStanding;

type ProvinceStandingProps = {
  plan: Plan;
  /** The set the province is a unit of: it is scored and ranked among that set's units. */
  unitSet: UnitSet;
  metrics: readonly Metric[];
  province: Province;
  asOf: IsoDate;
};

/** The province's composite (emulation) score with its parts, and its late-payment ratio, each with rank and band. */
export function ProvinceStanding({ plan, unitSet, metrics, province, asOf }: ProvinceStandingProps) {
  return (
    <section className="panel standing" aria-labelledby="province-standing-title" data-testid="province-standing">
      <h2 className="panel__title" id="province-standing-title">
        {t.title}
      </h2>
      <div className="standing__grid">
        <CompositeBlock planId={plan.id} unitSet={unitSet} metrics={metrics} code={province.code} asOf={asOf} />
        <LatePaymentBlock unitSet={unitSet} code={province.code} asOf={asOf} />
      </div>
    </section>
  );
}

function Band({ band, testId }: { band: StatusBand | null; testId: string }) {
  if (!band) return <span data-testid={testId}>—</span>;
  return (
    <span
      className="standing__band"
      style={{ borderColor: BAND_COLOURS[band], color: BAND_COLOURS[band] }}
      data-testid={testId}
      data-band={band}
    >
      {bandText(band)}
    </span>
  );
}

const rankText = (rank: number | null, total: number) =>
  rank === null ? t.composite.unranked : t.composite.rankOf(formatInteger(rank), formatInteger(total));

function CompositeBlock({
  planId,
  unitSet,
  metrics,
  code,
  asOf,
}: {
  planId: string;
  unitSet: UnitSet;
  metrics: readonly Metric[];
  code: string;
  asOf: IsoDate;
}) {
  const query = useProvinceComposite({ planId, asOf, unitSet });
  let body;
  if (query.error !== undefined) {
    body = <ErrorPanel title={t.errors.composite} error={query.error} onRetry={query.reload} />;
  } else if (!query.data) {
    body = <LoadingState />;
  } else {
    const standing = compositeStanding(query.data, code, metrics);
    body = standing ? (
      <CompositeFigures standing={standing} />
    ) : (
      <p className="notice">{t.composite.notListed(code)}</p>
    );
  }
  return (
    <div
      className="standing__block standing__block--composite"
      aria-busy={query.loading}
      data-testid="province-standing-composite"
    >
      <h3 className="standing__title">{t.composite.title}</h3>
      {body}
    </div>
  );
}

function CompositeFigures({ standing }: { standing: CompositeStanding }) {
  const c = t.composite;
  return (
    <>
      <p className="standing__date">{c.asOf(formatDate(standing.asOf))}</p>
      <dl className="standing__facts">
        <div>
          <dt>{c.score}</dt>
          <dd className="standing__value" data-testid="province-composite-score">
            {formatPercent(standing.score)}
          </dd>
        </div>
        <div>
          <dt>{c.rank}</dt>
          <dd data-testid="province-composite-rank">{rankText(standing.rank, standing.total)}</dd>
        </div>
        <div>
          <dt>{c.band}</dt>
          <dd>
            <Band band={standing.band} testId="province-composite-band" />
          </dd>
        </div>
        <div>
          <dt>{c.missing}</dt>
          <dd data-testid="province-composite-missing">
            {standing.missing.length > 0 ? standing.missing.join(', ') : c.noMissing}
          </dd>
        </div>
      </dl>
      <table className="data-table standing__parts" data-testid="province-composite-parts">
        <caption className="visually-hidden">{c.partsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.parts.metric}</th>
            <th scope="col" className="num">
              {c.parts.share}
            </th>
            <th scope="col" className="num">
              {c.parts.value}
            </th>
            <th scope="col" className="num">
              {c.parts.score}
            </th>
          </tr>
        </thead>
        <tbody>
          {standing.parts.map((part) => (
            <tr key={part.metric}>
              <th scope="row">{part.label}</th>
              <td className="num">{part.leftOut ? c.parts.leftOut : formatPercent(part.share)}</td>
              <td className="num">
                {part.missing ? c.parts.notReported : formatPercent(part.value, part.metric === 'late_payment' ? 2 : 1)}
              </td>
              <td className="num">{formatPercent(part.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function LatePaymentBlock({ unitSet, code, asOf }: { unitSet: UnitSet; code: string; asOf: IsoDate }) {
  const query = useProvinceLatePayment(unitSet, asOf);
  const l = t.latePayment;
  let body;
  if (query.error !== undefined) {
    body = <ErrorPanel title={t.errors.latePayment} error={query.error} onRetry={query.reload} />;
  } else if (!query.data) {
    body = <LoadingState />;
  } else {
    const standing = latePaymentStanding(query.data, code);
    body = standing ? (
      <>
        <p className="standing__date" data-testid="province-late-payment-date">
          {standing.dateNote}
        </p>
        <dl className="standing__facts">
          <div>
            <dt>{l.ratio}</dt>
            <dd className="standing__value" data-testid="province-late-payment-ratio">
              {formatPercent(standing.ratio, 2)}
            </dd>
          </div>
          <div>
            <dt>{l.rank}</dt>
            <dd data-testid="province-late-payment-rank">{rankText(standing.rank, standing.total)}</dd>
          </div>
          <div>
            <dt>{l.band}</dt>
            <dd>
              <Band band={standing.band} testId="province-late-payment-band" />{' '}
              {l.against(referenceName(standing.reference), formatPercent(standing.reference.ratio, 2))}
            </dd>
          </div>
        </dl>
        {/* The employers in arrears are listed by the 63 provinces of the ledger. */}
        {unitSet === 'VN63' ? (
          <p>
            <AppLink href={standing.href} testId="province-late-payment-link">
              {l.link}
            </AppLink>
          </p>
        ) : null}
      </>
    ) : (
      <p className="notice">{l.notListed(code)}</p>
    );
  }
  return (
    <div className="standing__block" aria-busy={query.loading} data-testid="province-standing-late-payment">
      <h3 className="standing__title">{l.title}</h3>
      {body}
    </div>
  );
}
