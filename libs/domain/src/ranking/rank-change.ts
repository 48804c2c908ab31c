/** Places gained since the previous report date (positive: moved up); null when either rank is missing. */
export function rankChange(previousRank: number | null, rank: number | null): number | null {
  return previousRank === null || rank === null ? null : previousRank - rank;
}
