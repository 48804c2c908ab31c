import type { ProvinceAttainment } from '../../api/fields';

export type RankingRowGroups = {
  /** Ranked provinces in rank order (ties keep the API's order). */
  ranked: ProvinceAttainment[];
  notReported: ProvinceAttainment[];
  noTarget: ProvinceAttainment[];
  /** Reported but without a rank: the API should not send these; shown rather than dropped. */
  unrankedOther: ProvinceAttainment[];
};

export function groupRankingRows(rows: readonly ProvinceAttainment[]): RankingRowGroups {
  const groups: RankingRowGroups = { ranked: [], notReported: [], noTarget: [], unrankedOther: [] };
  for (const row of rows) {
    if (row.status === 'NOT_REPORTED') groups.notReported.push(row);
    else if (row.status === 'NO_TARGET') groups.noTarget.push(row);
    else if (row.rank === null) groups.unrankedOther.push(row);
    else groups.ranked.push(row);
  }
  groups.ranked.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return groups;
}

/** Ranked rows first in rank order, then the unranked ones, as the table lists them. */
export function orderForTable(rows: readonly ProvinceAttainment[]): ProvinceAttainment[] {
  const { ranked, unrankedOther, notReported, noTarget } = groupRankingRows(rows);
  return [...ranked, ...unrankedOther, ...notReported, ...noTarget];
}

export function countOnTrack(rows: readonly ProvinceAttainment[]): number {
  return rows.filter((row) => row.onTrack === true).length;
}

/** The share of the period quota a province should have reached by the date. */
export function expectedShareToDate(row: ProvinceAttainment): number | null {
  if (row.targetToDate === null || row.target === null || row.target <= 0) return null;
  return row.targetToDate / row.target;
}
