// How the overview writes coverage against its goals and which units it shows before the list is opened. Pure, so
// each is tested without a browser. The figures themselves (ratios, gaps, ranks, met or not) are the API's.
import type { CoverageKind } from '../../../api/generated/graphql';
import { MISSING, formatDecimal } from '../../../i18n/format';
import type { CoverageNationalFigures, CoverageUnit } from './coverage.queries';

/** Units shown at each end of the ranked list before it is opened: the five best and the five last. */
export const SHOWN_AT_EACH_END = 5;

/** Tenths of a percentage point of coverage − goal (gap = goal − coverage), so that −0,04 points reads 0,0. */
const tenthsAboveGoal = (gap: number) => Math.round(-gap * 1000);

/** Coverage − goal in percentage points with its sign: "+1,2" beyond the goal, "−7,8" short of it, "0,0"; "—" without. */
export function formatGoalDifference(gap: number | null | undefined): string {
  if (gap === null || gap === undefined || !Number.isFinite(gap)) return MISSING;
  const tenths = tenthsAboveGoal(gap);
  const size = formatDecimal(Math.abs(tenths) / 10, 1);
  if (tenths === 0) return size;
  return tenths > 0 ? `+${size}` : `−${size}`;
}

/** The size of the gap in percentage points, without a sign ("7,8"), for a sentence that says which way it goes. */
export function formatGapPoints(gap: number): string {
  return formatDecimal(Math.abs(tenthsAboveGoal(gap)) / 10, 1);
}

export type GoalStanding = 'MET' | 'NOT_MET' | 'NONE';

/** Met or not as the API says (the goal as worded: "trên 95%" needs more than 95 %); NONE without a ratio or goal. */
export function goalStanding(meets: boolean | null | undefined): GoalStanding {
  if (meets === null || meets === undefined) return 'NONE';
  return meets ? 'MET' : 'NOT_MET';
}

export type RankedEnds<T> = {
  top: readonly T[];
  bottom: readonly T[];
  /** Units between them, and the unranked ones after the last ranked. */
  hidden: number;
};

/**
 * The first and the last `each` ranked units of a list in rank order (unranked last, as the API sends it); null
 * when the list is short enough to show whole (hiding one or two units would only add a click).
 */
export function rankedEnds<T>(
  rows: readonly T[],
  isRanked: (row: T) => boolean,
  each = SHOWN_AT_EACH_END,
): RankedEnds<T> | null {
  if (rows.length <= 2 * each + 2) return null;
  const ranked = rows.filter(isRanked);
  const top = ranked.slice(0, each);
  const bottom = ranked.length > each ? ranked.slice(Math.max(each, ranked.length - each)) : [];
  return { top, bottom, hidden: rows.length - top.length - bottom.length };
}

/** One coverage of a unit or the nation, whichever the kind: the API gives each under its own names. */
export type KindFigures = {
  coverage: number | null;
  /** Participants and their denominator (the labour force for SI, the population for HI); national only. */
  participants: number | null;
  base: number | null;
  gap: number | null;
  meets: boolean | null;
};

export function nationalFigures(kind: CoverageKind, national: CoverageNationalFigures): KindFigures {
  return kind === 'SI'
    ? {
        coverage: national.siCoverage ?? null,
        participants: national.siParticipants ?? null,
        base: national.labourForce ?? null,
        gap: national.siGapToGoal ?? null,
        meets: national.siMeetsGoal ?? null,
      }
    : {
        coverage: national.hiCoverage ?? null,
        participants: national.hiParticipants ?? null,
        base: national.population ?? null,
        gap: national.hiGapToGoal ?? null,
        meets: national.hiMeetsGoal ?? null,
      };
}

export type UnitKindFigures = Omit<KindFigures, 'participants' | 'base'> & { rank: number | null };

export function unitFigures(kind: CoverageKind, unit: CoverageUnit): UnitKindFigures {
  return kind === 'SI'
    ? {
        coverage: unit.siCoverage ?? null,
        rank: unit.siRank ?? null,
        gap: unit.siGapToGoal ?? null,
        meets: unit.siMeetsGoal ?? null,
      }
    : {
        coverage: unit.hiCoverage ?? null,
        rank: unit.hiRank ?? null,
        gap: unit.hiGapToGoal ?? null,
        meets: unit.hiMeetsGoal ?? null,
      };
}
