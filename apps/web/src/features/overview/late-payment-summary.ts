// The late-payment figures of the overview: which date of the ledger to show for the as-of date of the plan, the
// national ratio's band (lower is better) and how many provinces are above the highest reference.
import { lastDayOfMonth, monthOf, roundForRanking, type StatusBand } from '@scorecard/domain';
import type { LatePaymentReference } from '../../api/fields';
import type { IsoDate } from '../../api/scalars';
import type { OverviewLatePayment } from './overview.queries';

/** The date of the ledger closest to asOf: asOf itself inside it, else its last day, or the first month's end. */
export function ledgerDateFor(asOf: IsoDate, ledgerFrom: IsoDate, ledgerTo: IsoDate): IsoDate {
  if (asOf > ledgerTo) return ledgerTo;
  if (asOf < ledgerFrom) return lastDayOfMonth(monthOf(ledgerFrom));
  return asOf;
}

export type LatePaymentHeadline = {
  asOf: IsoDate;
  ratio: number | null;
  /** The published reference the band compares with: the latest on or before the date, else the earliest. */
  reference: LatePaymentReference;
  /** As the server bands it: Đạt at or below the reference, Cần chú ý up to the plan's multiple of it, Chậm above. */
  band: StatusBand | null;
  /** The published references, oldest first (2,91 % end 2022, 3,37 % after nine months of 2023). */
  references: LatePaymentReference[];
  /** The highest reference and how many provinces are above it. */
  highest: LatePaymentReference | null;
  aboveHighest: number;
  /** Provinces with a ratio. */
  withRatio: number;
};

export function latePaymentHeadline(data: OverviewLatePayment): LatePaymentHeadline {
  const references = [...data.references].sort((a, b) => a.asOf.localeCompare(b.asOf));
  const highest = references.reduce<LatePaymentReference | null>(
    (top, reference) => (top === null || reference.ratio > top.ratio ? reference : top),
    null,
  );
  const ratios = data.provinces.flatMap((row) => (row.ratio === null ? [] : [row.ratio]));
  const ratio = data.national.ratio;
  return {
    asOf: data.asOf,
    ratio,
    reference: data.bandReference,
    band: data.national.band,
    references,
    highest,
    // Compared after rounding to six decimals, as the bands and ranks are.
    aboveHighest:
      highest === null ? 0 : ratios.filter((r) => roundForRanking(r) > roundForRanking(highest.ratio)).length,
    withRatio: ratios.length,
  };
}
