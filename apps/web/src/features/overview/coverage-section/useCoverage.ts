import type { CoverageKind, UnitSet } from '../../../api/generated/graphql';
import { useOperationQuery } from '../../../api/useOperationQuery';
import { COVERAGE_YEARS_QUERY, OVERVIEW_COVERAGE_QUERY } from './coverage.queries';

/** The coverage tables stored: which years each unit set can show. */
export function useCoverageYears() {
  return useOperationQuery(COVERAGE_YEARS_QUERY, {});
}

/** One year on the unit set, its units in rank order of rankBy (the 34 of a year stored on the 63: summed). */
export function useCoverage(year: number, unitSet: UnitSet, rankBy: CoverageKind) {
  return useOperationQuery(OVERVIEW_COVERAGE_QUERY, { year, unitSet, rankBy });
}
