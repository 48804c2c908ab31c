import type { AttainmentFigures } from '../attainment/province-attainment';
import type { RankBasis } from '../ranking/rank-provinces';

// One meaning of "ahead" (docs/domain.md, "Basis" and "Status bands"): the basis a view is on gives each province
// one figure and one reference, and the band, the bar, the reference mark and the rank all follow from that pair.

export type StatusBand = 'ON_TRACK' | 'AT_RISK' | 'BEHIND';

export const STATUS_BAND_LABELS_VI: Readonly<Record<StatusBand, string>> = {
  ON_TRACK: 'Đạt',
  AT_RISK: 'Cần chú ý',
  BEHIND: 'Chậm',
};

export const STATUS_BAND_LABELS_EN: Readonly<Record<StatusBand, string>> = {
  ON_TRACK: 'On track',
  AT_RISK: 'At risk',
  BEHIND: 'Behind',
};

/** r = figure / reference: Đạt when r ≥ onTrack, Cần chú ý when atRisk ≤ r < onTrack, Chậm below. */
export type BandThresholds = {
  onTrack: number;
  atRisk: number;
  /** Late payment, lower is better: Đạt at or below the reference, Cần chú ý up to this multiple of it. */
  latePaymentAtRisk: number;
};

export const DEFAULT_BAND_THRESHOLDS: BandThresholds = { onTrack: 1, atRisk: 0.9, latePaymentAtRisk: 1.1 };

/** Compared after rounding to six decimal places, as ranks are: 0.9 × 1 is exactly at risk, not behind. */
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

export function bandOfRatio(ratio: number, thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS): StatusBand {
  const r = round6(ratio);
  if (r >= thresholds.onTrack) return 'ON_TRACK';
  if (r >= thresholds.atRisk) return 'AT_RISK';
  return 'BEHIND';
}

/** The band of a late-payment ratio against a reference ratio (lower is better). */
export function latePaymentBand(
  ratio: number,
  reference: number,
  thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS,
): StatusBand {
  const r = round6(ratio);
  if (r <= round6(reference)) return 'ON_TRACK';
  if (r <= round6(reference * thresholds.latePaymentAtRisk)) return 'AT_RISK';
  return 'BEHIND';
}

export type BasisView = {
  basis: RankBasis;
  /** What the bar shows: attainment to date (TO_DATE) or attainment of the period (PERIOD); null when unranked. */
  figure: number | null;
  /** Where the reference mark sits: 100 % of the target to date, or the time elapsed. */
  reference: number;
  /** figure / reference; null when there is no figure. */
  ratio: number | null;
  band: StatusBand | null;
};

/** A province's figure, reference and band on one basis: the one pair every part of a view is drawn from. */
export function basisView(
  figures: AttainmentFigures,
  basis: RankBasis,
  thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS,
): BasisView {
  const reference = basis === 'TO_DATE' ? 1 : figures.timeElapsed;
  const figure =
    figures.status !== 'REPORTED' ? null : basis === 'TO_DATE' ? figures.attainmentToDate : figures.attainmentOfPeriod;
  const ratio = figure === null || reference <= 0 ? null : figure / reference;
  return { basis, figure, reference, ratio, band: ratio === null ? null : bandOfRatio(ratio, thresholds) };
}
