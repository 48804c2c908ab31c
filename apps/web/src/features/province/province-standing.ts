// The province page's panel "Điểm thi đua và chậm đóng": the province's own figures picked out of the composite
// ranking and the late-payment answer of every province, with the names and dates the panel shows.
import { metricShortName } from '../../i18n/server-text';
import type { LatePaymentReference, Metric } from '../../api/fields';
import type { StatusBand } from '../../api/generated/graphql';
import type { IsoDate } from '../../api/scalars';
import { formatDate } from '../../i18n/format';
import { textProvinceStanding } from '../../i18n/vi-province-standing';
import { latePaymentHref } from '../../navigation/links';
import type { ProvinceCompositeData, ProvinceLatePaymentAnswer } from './province.queries';

/** The composite part of late payment is keyed so, not by a metric of the catalogue. */
const LATE_PAYMENT_PART = 'late_payment';

export type CompositePartFigure = {
  metric: string;
  label: string;
  share: number;
  value: number | null;
  score: number | null;
  missing: boolean;
  leftOut: boolean;
};

export type CompositeStanding = {
  asOf: IsoDate;
  score: number | null;
  rank: number | null;
  total: number;
  band: StatusBand | null;
  /** Short names of the metrics scored 0 because not reported. */
  missing: string[];
  parts: CompositePartFigure[];
};

export type LatePaymentStanding = {
  asOf: IsoDate;
  /** Which date of the ledger is shown, and why when it is not the page's date. */
  dateNote: string;
  ratio: number | null;
  rank: number | null;
  total: number;
  band: StatusBand | null;
  reference: LatePaymentReference;
  href: string;
};

/** The late-payment answer and the page's date it was asked for (it differs when the ledger does not cover it). */
export type LatePaymentAnswer = { data: ProvinceLatePaymentAnswer; asked: IsoDate };

function metricLabel(key: string, metrics: readonly Metric[]): string {
  if (key === LATE_PAYMENT_PART) return textProvinceStanding.composite.latePaymentPart;
  const metric = metrics.find((m) => m.key === key);
  return metric ? metricShortName(metric) : key;
}

/** The province's composite score and its parts; null when the ranking does not list the province. */
export function compositeStanding(
  data: ProvinceCompositeData,
  code: string,
  metrics: readonly Metric[],
): CompositeStanding | null {
  const ranking = data.compositeRanking;
  const row = ranking.provinces.find((p) => p.province.code === code);
  if (!row) return null;
  return {
    asOf: ranking.asOf,
    score: row.score,
    rank: row.rank,
    total: ranking.provinces.length,
    band: row.band,
    missing: row.missing.map((key) => metricLabel(key, metrics)),
    parts: row.parts.map((part) => ({
      metric: part.metric,
      label: metricLabel(part.metric, metrics),
      share: part.share,
      value: part.value,
      score: part.score,
      missing: part.missing,
      leftOut: part.leftOut,
    })),
  };
}

/** The province's late-payment ratio, rank and band; null when the answer does not list the province. */
export function latePaymentStanding(answer: LatePaymentAnswer, code: string): LatePaymentStanding | null {
  const { data, asked } = answer;
  const row = data.provinces.find((p) => p.province.code === code);
  if (!row) return null;
  const t = textProvinceStanding.latePayment;
  return {
    asOf: data.asOf,
    dateNote:
      data.asOf === asked ? t.date(formatDate(data.asOf)) : t.outsideLedger(formatDate(asked), formatDate(data.asOf)),
    ratio: row.ratio,
    rank: row.rank,
    total: data.provinces.length,
    band: row.band,
    reference: data.bandReference,
    href: latePaymentHref(data.asOf, code),
  };
}
