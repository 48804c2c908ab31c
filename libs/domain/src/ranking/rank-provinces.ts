import { competitionRanks, type RankDirection } from './competition-rank';
import type { AttainmentFigures } from '../attainment/province-attainment';

// Which attainment orders the ranking. TO_DATE (default) compares each province with its own pro-rated
// target, so a plan that phases quotas differently across months stays fair; PERIOD compares progress
// toward the whole-period quota.
export type RankBasis = 'TO_DATE' | 'PERIOD';

export function rankValue(figures: AttainmentFigures, basis: RankBasis): number | null {
  if (figures.status !== 'REPORTED') return null;
  return basis === 'TO_DATE' ? figures.attainmentToDate : figures.attainmentOfPeriod;
}

/** Ranks provinces on one metric; provinces without a target or without a report get no rank. */
export function rankAttainments(
  rows: readonly AttainmentFigures[],
  basis: RankBasis,
  direction: RankDirection = 'HIGHER_FIRST',
): (number | null)[] {
  return competitionRanks(
    rows.map((row) => rankValue(row, basis)),
    direction,
  );
}
